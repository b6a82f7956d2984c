package org.zhurnal.devstack;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.zhurnal.simulators.esia.PersonDirectory;

/**
 * What a stack may carry beyond the demo fixture: a persons file for the ESIA simulator (added to its
 * fixture) and a Keycloak users file imported with the realm — the benchmark's signed-in users — and
 * more environment for the application server (the benchmark's clock).
 */
public record StackExtras(Path esiaPersonsFile, Path keycloakUsersFile, Map<String, String> serverEnvironment) {

    public static final StackExtras NONE = new StackExtras(null, null, Map.of());

    PersonDirectory esiaPersons() {
        PersonDirectory fixture = PersonDirectory.loadDefault();
        return esiaPersonsFile == null ? fixture : fixture.plus(PersonDirectory.fromFile(esiaPersonsFile));
    }

    Optional<Path> keycloakUsers() {
        return Optional.ofNullable(keycloakUsersFile);
    }
}
