package org.zhurnal.integration.registry;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The registry's files from its SFTP server, when {@code zhurnal.registry.sftp-host} is configured: {@code *.xml}
 * and {@code *.csv} in the remote directory are taken, imported like files from the local inbox, and moved on the
 * server to {@code .done} ({@code .failed} when they could be neither imported nor dead-lettered). The password
 * or private key come from the environment ({@code ZHURNAL_REGISTRY_SFTP_PASSWORD},
 * {@code ZHURNAL_REGISTRY_SFTP_PRIVATE_KEY_FILE}); with a known-hosts file the server's key is checked.
 */
@Dependent
public class RegistrySftpRoute extends RouteBuilder {

    public static final String ROUTE_ID = "registry-sftp";
    private static final Logger LOG = Logger.getLogger(RegistrySftpRoute.class.getName());

    @Inject
    @ConfigProperty(name = "zhurnal.registry.sftp-host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "zhurnal.registry.sftp-port", defaultValue = "22")
    int port;

    @Inject
    @ConfigProperty(name = "zhurnal.registry.sftp-user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "zhurnal.registry.sftp-password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "zhurnal.registry.sftp-private-key-file")
    Optional<String> privateKeyFile;

    @Inject
    @ConfigProperty(name = "zhurnal.registry.sftp-known-hosts-file")
    Optional<String> knownHostsFile;

    @Inject
    @ConfigProperty(name = "zhurnal.registry.sftp-directory", defaultValue = "inbox")
    String directory;

    @Inject
    @ConfigProperty(name = "zhurnal.registry.sftp-poll-ms", defaultValue = "5000")
    long pollMs;

    @Override
    public void configure() {
        if (present(host).isEmpty()) {
            return;
        }
        if (present(knownHostsFile).isEmpty()) {
            LOG.warning("registry SFTP: no ZHURNAL_REGISTRY_SFTP_KNOWN_HOSTS_FILE, the server's host key is not checked");
        }
        RegistryHandOff handOff = new RegistryHandOff(getContext());
        from(endpointUri()).routeId(ROUTE_ID)
                .process(exchange -> handOff.importText(exchange.getMessage().getBody(String.class),
                        RegistryImportRoute.format(exchange), "SFTP", exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class)));
    }

    /** The Camel SFTP endpoint; secrets as RAW() values (Camel masks them in its logs). */
    String endpointUri() {
        StringBuilder uri = new StringBuilder("sftp://").append(present(host).orElseThrow()).append(':').append(port)
                .append('/').append(directory.replaceAll("^/+", ""))
                .append("?username=").append(present(user).orElseThrow(() -> new IllegalStateException(
                        "zhurnal.registry.sftp-user (ZHURNAL_REGISTRY_SFTP_USER) is required with an SFTP host")));
        // RAW(...) keeps the secret as it is; RAW{...} when it holds a ')'
        present(password).ifPresent(secret -> uri.append("&password=")
                .append(secret.contains(")") ? "RAW{" + secret + "}" : "RAW(" + secret + ")"));
        present(privateKeyFile).ifPresent(file -> uri.append("&privateKeyFile=").append(file));
        present(knownHostsFile).ifPresentOrElse(
                file -> uri.append("&knownHostsFile=").append(file).append("&strictHostKeyChecking=yes"),
                () -> uri.append("&strictHostKeyChecking=no&useUserKnownHostsFile=false"));
        return uri.append("&include=.*\\.(xml|csv|XML|CSV)&charset=UTF-8&binary=true&stepwise=false")
                .append("&delay=").append(pollMs)
                .append("&move=.done/${date:now:yyyyMMdd-HHmmssSSS}-${file:name}")
                .append("&moveFailed=.failed/${date:now:yyyyMMdd-HHmmssSSS}-${file:name}")
                .append("&idempotent=true&idempotentKey=${file:name}-${file:size}-${file:modified}")
                .append("&throwExceptionOnConnectFailed=false&maximumReconnectAttempts=0")
                .toString();
    }

    private static Optional<String> present(Optional<String> value) {
        return value == null ? Optional.empty() : value.filter(text -> !text.isBlank());
    }
}
