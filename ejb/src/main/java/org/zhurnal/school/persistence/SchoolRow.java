package org.zhurnal.school.persistence;

/** A school row of a JPQL projection, its municipality flattened (both null when it has none). */
public record SchoolRow(Long id, String fullName, String shortName, String inn, String ogrn, String address,
                        Long municipalityId, String municipalityName) {
}
