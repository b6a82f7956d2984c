/** Persistence infrastructure shared by all features: schema migrations and database access helpers. */
package org.zhurnal.shared.persistence;
