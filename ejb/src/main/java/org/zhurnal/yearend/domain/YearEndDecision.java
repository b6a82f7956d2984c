package org.zhurnal.yearend.domain;

/**
 * What happens to a student at the end of the year other than moving up a grade, by the director's order:
 * kept in the same grade (оставлен на повторное обучение) or leaving the school (e.g. after grade 9).
 */
public enum YearEndDecision {
    RETAINED, LEAVES
}
