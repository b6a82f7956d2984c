package org.zhurnal.regiongen;

import java.util.Locale;

/**
 * The sizes of a generated region. {@code small} is one school of 825 pupils (33 classes of 25);
 * {@code medium} about 50,000 pupils in 100 schools; {@code large} about 350,000 in 700 schools.
 * Schools of the larger sizes vary: 1–3 classes per grade of 18–30 pupils.
 */
public enum RegionSize {
    SMALL(1, 10),
    MEDIUM(100, 10),
    LARGE(700, 60);

    private final int schools;
    private final int municipalities;

    RegionSize(int schools, int municipalities) {
        this.schools = schools;
        this.municipalities = municipalities;
    }

    public int schools() {
        return schools;
    }

    public int municipalities() {
        return Math.min(municipalities, schools);
    }

    /** Whether every school is the full reference school (33 classes × 25 pupils). */
    public boolean uniformSchools() {
        return this == SMALL;
    }

    public static RegionSize parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("size must be small, medium or large, not " + name, e);
        }
    }
}
