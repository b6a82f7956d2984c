package org.zhurnal.identity.application;

import java.util.Set;
import org.zhurnal.shared.security.Role;

/**
 * Roles a person card has by its relations rather than by the identity provider: a legal representative
 * of a child is a parent, a card with a student record is a student. Asked once per session.
 */
public interface RelationRoles {

    Set<Role> of(Long personId);
}
