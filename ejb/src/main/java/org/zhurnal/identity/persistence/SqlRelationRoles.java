package org.zhurnal.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.Set;
import org.zhurnal.identity.application.RelationRoles;
import org.zhurnal.shared.security.Role;

/** Parent and student roles from guardianship and student records, in one query. */
@ApplicationScoped
public class SqlRelationRoles implements RelationRoles {

    @Inject
    EntityManager em;

    @Override
    public Set<Role> of(Long personId) {
        Object[] row = (Object[]) em.createNativeQuery("""
                        SELECT EXISTS (SELECT 1 FROM guardianship g WHERE g.guardian_person_id = ?1
                                       AND (g.valid_to IS NULL OR g.valid_to > CURRENT_DATE)),
                               EXISTS (SELECT 1 FROM student s WHERE s.person_id = ?1)""")
                .setParameter(1, personId)
                .getSingleResult();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (Boolean.TRUE.equals(row[0])) {
            roles.add(Role.PARENT);
        }
        if (Boolean.TRUE.equals(row[1])) {
            roles.add(Role.STUDENT);
        }
        return roles;
    }
}
