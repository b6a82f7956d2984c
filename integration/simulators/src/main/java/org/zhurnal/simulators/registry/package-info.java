/**
 * A simulator of the regional student registry (реестр контингента): serves changes of students and classes
 * page by page since a cursor, and can be told to fail (down, slow, garbage, duplicate delivery) for tests.
 * The wire format is described in docs/exchange-registry.md.
 */
package org.zhurnal.simulators.registry;
