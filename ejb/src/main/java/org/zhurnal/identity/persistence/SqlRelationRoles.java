package org.zhurnal.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.zhurnal.identity.application.RelationRoles;
import org.zhurnal.shared.security.Role;

/**
 * Roles from the card's relations, in one query: guardianship (parent), a student record (student), the current
 * staff positions (teacher, journal administrator, director, deputy director) and a class of a current or coming
 * academic year led by the card (class teacher). So the roles of a staff account bound by the journal administrator
 * are the positions the school gave the card; nothing else has to be set in the identity provider.
 */
@ApplicationScoped
public class SqlRelationRoles implements RelationRoles {

    /** The roles in the order of the query's columns. */
    private static final List<Role> COLUMNS = List.of(Role.PARENT, Role.STUDENT, Role.TEACHER, Role.JOURNAL_ADMIN,
            Role.DIRECTOR, Role.DEPUTY_DIRECTOR, Role.CLASS_TEACHER);

    @Inject
    EntityManager em;

    @Override
    public Set<Role> of(Long personId) {
        Object[] row = (Object[]) em.createNativeQuery("""
                        SELECT EXISTS (SELECT 1 FROM guardianship g WHERE g.guardian_person_id = ?1
                                       AND (g.valid_to IS NULL OR g.valid_to > CURRENT_DATE)),
                               EXISTS (SELECT 1 FROM student s WHERE s.person_id = ?1),
                               EXISTS (SELECT 1 FROM staff_position p WHERE p.person_id = ?1 AND p.position = 'TEACHER'
                                       AND p.valid_from <= CURRENT_DATE AND (p.valid_to IS NULL OR p.valid_to > CURRENT_DATE)),
                               EXISTS (SELECT 1 FROM staff_position p WHERE p.person_id = ?1 AND p.position = 'JOURNAL_ADMIN'
                                       AND p.valid_from <= CURRENT_DATE AND (p.valid_to IS NULL OR p.valid_to > CURRENT_DATE)),
                               EXISTS (SELECT 1 FROM staff_position p WHERE p.person_id = ?1 AND p.position = 'DIRECTOR'
                                       AND p.valid_from <= CURRENT_DATE AND (p.valid_to IS NULL OR p.valid_to > CURRENT_DATE)),
                               EXISTS (SELECT 1 FROM staff_position p WHERE p.person_id = ?1 AND p.position = 'DEPUTY_DIRECTOR'
                                       AND p.valid_from <= CURRENT_DATE AND (p.valid_to IS NULL OR p.valid_to > CURRENT_DATE)),
                               EXISTS (SELECT 1 FROM school_class c JOIN academic_year y ON y.id = c.academic_year_id
                                       WHERE c.class_teacher_person_id = ?1 AND y.ends_on >= CURRENT_DATE)""")
                .setParameter(1, personId)
                .getSingleResult();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (int i = 0; i < COLUMNS.size(); i++) {
            if (Boolean.TRUE.equals(row[i])) {
                roles.add(COLUMNS.get(i));
            }
        }
        return roles;
    }
}
