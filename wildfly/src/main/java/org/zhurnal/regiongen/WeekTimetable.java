package org.zhurnal.regiongen;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;

/**
 * Places a school's weekly lessons into five days × seven bell slots without a class or a teacher twice
 * in one slot. Greedy: each class's lessons in random order, each into the earliest free slot of the day
 * where that subject has the fewest lessons; when the intended teacher is busy in every slot the class
 * has free, the lesson goes to another teacher of the subject (or a new one, from {@code hire}).
 */
final class WeekTimetable {

    static final int DAYS = 5;
    static final int SLOTS = 7;

    /** One weekly lesson of a class: a subject line, the group (0 = whole class) and its teacher. */
    record Unit(int classIndex, int line, int group, int teacher) {
    }

    record Placement(Unit unit, int weekday, int slot) {
    }

    interface Teachers {
        /** Another teacher of the unit's subject who is free at the slot, hired if needed. */
        int substituteFor(Unit unit, IntPredicate isFree);
    }

    private final boolean[][][] classBusy;
    private final List<boolean[][]> teacherBusy = new ArrayList<>();
    private final int[][][] subjectPerDay;

    WeekTimetable(int classes, int lines) {
        classBusy = new boolean[classes][DAYS][SLOTS];
        subjectPerDay = new int[classes][lines][DAYS];
    }

    /**
     * Places the units of one class (a group lesson is two units, one per group, in the same slot).
     * {@code maxSlot} limits the day's length for the class (four lessons in grade 1).
     */
    List<Placement> placeClass(List<Unit[]> lessons, int maxSlot, SplittableRandom random, Teachers teachers) {
        List<Unit[]> order = new ArrayList<>(lessons);
        for (int i = order.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Unit[] t = order.get(i);
            order.set(i, order.get(j));
            order.set(j, t);
        }
        List<Placement> placed = new ArrayList<>();
        for (Unit[] lesson : order) {
            int[] cell = bestCell(lesson, maxSlot, true);
            if (cell == null) {
                cell = bestCell(lesson, maxSlot, false);
            }
            if (cell == null) {
                continue; // the class's week is full: the curriculum asks more than the slots allow
            }
            int day = cell[0];
            int slot = cell[1];
            Unit first = lesson[0];
            classBusy[first.classIndex()][day][slot] = true;
            subjectPerDay[first.classIndex()][first.line()][day]++;
            for (Unit unit : lesson) {
                Unit actual = unit;
                if (!teacherFree(unit.teacher(), day, slot)) {
                    int other = teachers.substituteFor(unit, teacher -> teacherFree(teacher, day, slot));
                    actual = new Unit(unit.classIndex(), unit.line(), unit.group(), other);
                }
                busy(actual.teacher())[day][slot] = true;
                placed.add(new Placement(actual, day + 1, slot + 1));
            }
        }
        return placed;
    }

    private int[] bestCell(Unit[] lesson, int maxSlot, boolean teachersMustBeFree) {
        int classIndex = lesson[0].classIndex();
        int line = lesson[0].line();
        int[] best = null;
        int bestScore = Integer.MAX_VALUE;
        for (int day = 0; day < DAYS; day++) {
            for (int slot = 0; slot < maxSlot; slot++) {
                if (classBusy[classIndex][day][slot]) {
                    continue;
                }
                if (teachersMustBeFree && !allFree(lesson, day, slot)) {
                    continue;
                }
                int lessonsThatDay = 0;
                for (int s = 0; s < SLOTS; s++) {
                    lessonsThatDay += classBusy[classIndex][day][s] ? 1 : 0;
                }
                int score = subjectPerDay[classIndex][line][day] * 1000 + slot * 10 + lessonsThatDay;
                if (score < bestScore) {
                    bestScore = score;
                    best = new int[] {day, slot};
                }
                break; // the earliest free slot of the day keeps the day without gaps
            }
        }
        return best;
    }

    private boolean allFree(Unit[] lesson, int day, int slot) {
        for (Unit unit : lesson) {
            if (!teacherFree(unit.teacher(), day, slot)) {
                return false;
            }
        }
        return true;
    }

    boolean teacherFree(int teacher, int day, int slot) {
        return !busy(teacher)[day][slot];
    }

    private boolean[][] busy(int teacher) {
        while (teacherBusy.size() <= teacher) {
            teacherBusy.add(new boolean[DAYS][SLOTS]);
        }
        return teacherBusy.get(teacher);
    }
}
