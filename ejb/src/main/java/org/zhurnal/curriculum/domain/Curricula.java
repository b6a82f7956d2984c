package org.zhurnal.curriculum.domain;

/** The curricula of academic years. */
public interface Curricula {

    /** Stores the plan in place of whatever the year had: the old lines go, the new ones come, together. */
    void replace(CurriculumPlan plan);
}
