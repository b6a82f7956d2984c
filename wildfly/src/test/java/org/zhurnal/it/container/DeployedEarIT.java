package org.zhurnal.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhurnal.integration.heartbeat.HeartbeatRoute;
import org.zhurnal.it.support.RealEar;
import org.zhurnal.operations.application.RouteHeartbeats;
import org.zhurnal.shared.persistence.DatabaseMigrator;

/** The real EAR on the provisioned server with real PostgreSQL: the schema is migrated from inside the EAR. */
@ExtendWith(ArquillianExtension.class)
class DeployedEarIT {

    @Deployment
    static EnterpriseArchive ear() {
        return RealEar.withTests(DeployedEarIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/ZhurnalDS")
    DataSource dataSource;

    @Inject
    DatabaseMigrator migrator;

    @Inject
    RouteHeartbeats heartbeats;

    @Test
    void migrationsRanInsideTheEar() throws SQLException {
        List<String> versions = query("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank");
        // Versions are reserved per feature, so numbers may be skipped; each runs once, in version order.
        assertThat(versions.stream().map(Integer::valueOf).toList()).as("every migration once, in version order")
                .startsWith(1, 2, 3, 4, 5, 6).isSorted().doesNotHaveDuplicates();
        assertThat(migrator.schemaVersion()).isEqualTo(versions.get(versions.size() - 1));
        assertThat(query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                + "AND table_name IN ('region', 'school', 'route_heartbeat') ORDER BY table_name"))
                .containsExactly("region", "route_heartbeat", "school");
    }

    @Test
    void demoDataStaysOutUnlessEnabled() throws SQLException {
        // The region row itself may exist: services create it from configuration at first use.
        assertThat(query("SELECT count(*) FROM school WHERE inn IN ('2460000010', '2460000028', '2465000039')"))
                .containsExactly("0");
        assertThat(query("SELECT count(*) FROM flyway_schema_history WHERE script LIKE 'R__demo%'"))
                .containsExactly("0");
    }

    @Test
    void heartbeatRouteWritesThroughTheApplicationService() {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(heartbeats.lastBeat(HeartbeatRoute.ROUTE_ID)).isPresent());
        assertThat(heartbeats.isFresh(HeartbeatRoute.ROUTE_ID, Duration.ofMinutes(1))).isTrue();
    }

    private List<String> query(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
