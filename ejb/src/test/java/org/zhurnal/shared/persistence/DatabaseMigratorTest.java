package org.zhurnal.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseMigratorTest {

    @Test
    void demoDataIsOnlyMigratedWhenEnabled() {
        assertThat(DatabaseMigrator.locations(false)).containsExactly("classpath:db/migration");
        assertThat(DatabaseMigrator.locations(true)).containsExactly("classpath:db/migration", "classpath:db/demo");
    }
}
