package org.zhurnal.yearend.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.zhurnal.classes.domain.ClassName;
import org.zhurnal.shared.error.InvalidInputException;

/**
 * Who goes where at the end of the year (перевод в следующий класс). Every class of grade N becomes a class
 * of grade N + 1 with the same letter and class teacher unless the administrator changes them; grade 11
 * graduates; a student kept in the same grade («на второй год») goes to next year's class of the same grade
 * and letter (made for them when no class becomes it); a student leaving after the year leaves. The plan
 * guards that next year's classes have different names.
 */
public final class PromotionPlan {

    /** A class of the closing year with its groups' names. */
    public record OldClass(Long id, ClassName name, Long classTeacherPersonId, List<String> groupNames) {
    }

    /** A student on a class list at the end of the year. */
    public record Student(Long personId, String displayName, Long classId) {
    }

    /** The administrator's change to a class's successor: another letter, another class teacher (null: none). */
    public record Change(String letter, boolean teacherGiven, Long classTeacherPersonId) {
    }

    /** A class of the next year; {@code fromClassId} null for a class made only for students kept in their grade. */
    public record NextClass(Long fromClassId, ClassName name, Long classTeacherPersonId, List<String> groupNames) {
    }

    public enum Outcome { PROMOTED, RETAINED, GRADUATES, LEAVES }

    /** One student's way: from their class to a class of the next year (null when they leave or graduate). */
    public record Move(Student student, ClassName from, Outcome outcome, ClassName to) {
    }

    private final List<NextClass> classes;
    private final List<Move> moves;

    private PromotionPlan(List<NextClass> classes, List<Move> moves) {
        this.classes = List.copyOf(classes);
        this.moves = List.copyOf(moves);
    }

    public static PromotionPlan draw(List<OldClass> oldClasses, List<Student> students,
                                     Map<Long, YearEndDecision> decisions, Map<Long, Change> changes) {
        Map<String, NextClass> next = new LinkedHashMap<>();
        Map<Long, ClassName> successor = new HashMap<>();
        Map<Long, OldClass> byId = new HashMap<>();
        for (OldClass old : oldClasses) {
            byId.put(old.id(), old);
            if (old.name().grade() == ClassName.LAST_GRADE) {
                continue;
            }
            Change change = changes.get(old.id());
            String letter = change == null || change.letter() == null || change.letter().isBlank()
                    ? old.name().letter() : change.letter();
            ClassName name = new ClassName(old.name().grade() + 1, letter);
            Long teacher = change != null && change.teacherGiven() ? change.classTeacherPersonId()
                    : old.classTeacherPersonId();
            if (next.putIfAbsent(name.toString(), new NextClass(old.id(), name, teacher, old.groupNames())) != null) {
                throw new InvalidInputException("classes", "В следующем учебном году получается два класса «" + name
                        + "»: измените букву одного из них");
            }
            successor.put(old.id(), name);
        }
        List<Move> moves = new ArrayList<>();
        for (Student student : students) {
            OldClass old = Objects.requireNonNull(byId.get(student.classId()), "class of " + student.personId());
            YearEndDecision decision = decisions.get(student.personId());
            if (decision == YearEndDecision.LEAVES) {
                moves.add(new Move(student, old.name(), Outcome.LEAVES, null));
            } else if (decision == YearEndDecision.RETAINED) {
                ClassName same = old.name();
                next.putIfAbsent(same.toString(), new NextClass(null, same, null, old.groupNames()));
                moves.add(new Move(student, old.name(), Outcome.RETAINED, same));
            } else if (old.name().grade() == ClassName.LAST_GRADE) {
                moves.add(new Move(student, old.name(), Outcome.GRADUATES, null));
            } else {
                moves.add(new Move(student, old.name(), Outcome.PROMOTED, successor.get(old.id())));
            }
        }
        List<NextClass> ordered = new ArrayList<>(next.values());
        ordered.sort(Comparator.comparing((NextClass c) -> c.name().grade()).thenComparing(c -> c.name().letter()));
        return new PromotionPlan(ordered, moves);
    }

    public List<NextClass> classes() {
        return classes;
    }

    public List<Move> moves() {
        return moves;
    }

    public List<Move> movesTo(ClassName name) {
        return moves.stream().filter(move -> name.equals(move.to())).toList();
    }

    public List<Move> moves(Outcome outcome) {
        return moves.stream().filter(move -> move.outcome() == outcome).toList();
    }
}
