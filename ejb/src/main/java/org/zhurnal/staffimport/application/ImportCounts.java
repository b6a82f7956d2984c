package org.zhurnal.staffimport.application;

/**
 * What an import did: new person cards ({@code created}), existing cards that got a new position at the
 * school ({@code updated}), and people who already held every listed position there ({@code unchanged}).
 */
public record ImportCounts(int created, int updated, int unchanged) {
}
