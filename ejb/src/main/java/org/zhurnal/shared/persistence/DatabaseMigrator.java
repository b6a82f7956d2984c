package org.zhurnal.shared.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the current version before anything else of the application runs.
 * Every singleton that needs the schema declares {@code @DependsOn("DatabaseMigrator")}.
 * The demo region is a separate, flag-enabled location so production never receives it.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

    static final String SCHEMA_LOCATION = "classpath:db/migration";
    static final String DEMO_LOCATION = "classpath:db/demo";
    static final String DEMO_ISSUER = "demo_issuer";
    static final String DEMO_JOURNAL_ADMIN_SUBJECT = "demo_journal_admin_subject";

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "java:jboss/datasources/ZhurnalDS")
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "zhurnal.demo-data", defaultValue = "false")
    boolean demoData;

    /** The realm URL demo accounts are bound under; by default the issuer of the OIDC discovery document. */
    @Inject
    @ConfigProperty(name = "zhurnal.demo-issuer")
    Optional<String> demoIssuer;

    @Inject
    @ConfigProperty(name = "zhurnal.oidc.discovery-uri",
            defaultValue = "http://localhost:28180/realms/zhurnal/.well-known/openid-configuration")
    String discoveryUri;

    /**
     * The demo journal administrator's Keycloak subject bound to his card by the demo data, or {@code none}
     * (the system tests bind him through the suggestion flow themselves).
     */
    @Inject
    @ConfigProperty(name = "zhurnal.demo-journal-admin-subject", defaultValue = "e51a0000-0000-4000-8000-000001000002")
    String demoJournalAdminSubject;

    private String schemaVersion;

    @PostConstruct
    void migrate() {
        // Flyway lives in the EAR's lib/; the scripts live in this EJB module, so scan with its class loader.
        Flyway flyway = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations(demoData).toArray(String[]::new))
                .failOnMissingLocations(true)
                // Only the demo scripts use placeholders (${demo_issuer}); production scripts are taken verbatim.
                .placeholderReplacement(demoData)
                .placeholders(Map.of(DEMO_ISSUER, demoIssuer.filter(text -> !text.isBlank())
                                .orElseGet(() -> issuerOf(discoveryUri)),
                        DEMO_JOURNAL_ADMIN_SUBJECT, demoJournalAdminSubject.strip()))
                .load();
        MigrateResult result = flyway.migrate();
        // The highest applied versioned migration (repeatable demo scripts have no version).
        schemaVersion = Arrays.stream(flyway.info().applied())
                .map(MigrationInfo::getVersion)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .map(MigrationVersion::getVersion)
                .orElse("none");
        LOG.info(() -> "Database schema at version " + schemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now, demo data " + (demoData ? "on" : "off") + ")");
    }

    static List<String> locations(boolean demoData) {
        List<String> locations = new ArrayList<>(List.of(SCHEMA_LOCATION));
        if (demoData) {
            locations.add(DEMO_LOCATION);
        }
        return locations;
    }

    /** The issuer a discovery document's address names: the address without the well-known suffix. */
    static String issuerOf(String discoveryUri) {
        String suffix = "/.well-known/openid-configuration";
        String uri = discoveryUri.strip();
        return uri.endsWith(suffix) ? uri.substring(0, uri.length() - suffix.length()) : uri;
    }

    /** The schema version reached at start-up, for health checks and operators. */
    public String schemaVersion() {
        return schemaVersion;
    }
}
