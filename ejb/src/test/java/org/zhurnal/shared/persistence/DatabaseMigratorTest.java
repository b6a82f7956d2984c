package org.zhurnal.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseMigratorTest {

    @Test
    void demoDataIsOnlyMigratedWhenEnabled() {
        assertThat(DatabaseMigrator.locations(false)).containsExactly("classpath:db/migration");
        assertThat(DatabaseMigrator.locations(true)).containsExactly("classpath:db/migration", "classpath:db/demo");
    }

    @Test
    void theDemoIssuerIsTheDiscoveryDocumentsAddressWithoutTheWellKnownSuffix() {
        assertThat(DatabaseMigrator.issuerOf("http://localhost:28180/realms/zhurnal/.well-known/openid-configuration"))
                .isEqualTo("http://localhost:28180/realms/zhurnal");
        assertThat(DatabaseMigrator.issuerOf(" https://id.example.ru/realms/zhurnal "))
                .isEqualTo("https://id.example.ru/realms/zhurnal");
    }
}
