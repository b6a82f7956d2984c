package org.zhurnal.simulators.esia;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A stand-in for the state portal's identity service (ESIA) for development and tests.
 *
 * <p>It speaks ESIA's own protocol: {@code /aas/oauth2/v2/ac} and {@code /aas/oauth2/v3/te} with GOST-signed
 * {@code client_secret} checked against the registered client certificate, GOST-signed tokens, the person REST
 * API ({@code /rs/prns/{oid}}, {@code /ctts}, {@code /kids}) and {@code /idp/ext/Logout}. Demo persons come
 * from {@value PersonDirectory#FIXTURE}; {@value ProtocolLog#PATH} counts verified and refused requests for tests.
 */
public final class EsiaSimulator implements AutoCloseable {

    static final Duration CODE_LIFETIME = Duration.ofSeconds(60);

    private static final Logger LOG = Logger.getLogger(EsiaSimulator.class.getName());

    @FunctionalInterface
    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final String baseUrl;
    private final Map<String, Handler> routes;
    private final ResourceEndpoints resources;
    private final GostTokenIssuer gostIssuer;

    private EsiaSimulator(EsiaSimulatorConfig config, PersonDirectory persons, Clock clock) throws IOException {
        server = HttpServer.create(new InetSocketAddress(config.bindHost(), config.port()), 64);
        baseUrl = config.publicBaseUrl() != null
                ? config.publicBaseUrl()
                : "http://localhost:" + server.getAddress().getPort();
        AuthorizationCodes codes = new AuthorizationCodes(clock, CODE_LIFETIME);
        LogoutEndpoint logout = new LogoutEndpoint(config);
        gostIssuer = new GostTokenIssuer(baseUrl + "/", clock);
        ProtocolLog log = new ProtocolLog();
        SignedRequest signedRequest = new SignedRequest(config.clientCertificate(), clock);
        SignedAuthorizeEndpoint signedAuthorize = new SignedAuthorizeEndpoint(config, persons, codes, signedRequest,
                log, clock);
        SignedTokenEndpoint signedToken = new SignedTokenEndpoint(config, persons, codes, signedRequest, gostIssuer,
                log);
        resources = new ResourceEndpoints(persons, gostIssuer);
        routes = Map.of(
                SignedAuthorizeEndpoint.PATH, signedAuthorize::handle,
                SignedTokenEndpoint.PATH, signedToken::handle,
                ProtocolLog.PATH, log::handle,
                ProtocolLog.TOKEN_KEY_PATH, this::tokenKey,
                ProtocolLog.TOKEN_FLAW_PATH, this::tokenFlaw,
                LogoutEndpoint.PATH, logout::handle);
        AtomicInteger threads = new AtomicInteger();
        executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "esia-simulator-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::route);
        server.start();
    }

    /** Starts a simulator with the bundled demo persons. */
    public static EsiaSimulator start(EsiaSimulatorConfig config) {
        return start(config, PersonDirectory.loadDefault(), Clock.systemUTC());
    }

    /** Starts the simulator with another directory of persons (the fixture plus benchmark users, say). */
    public static EsiaSimulator start(EsiaSimulatorConfig config, PersonDirectory persons) {
        return start(config, persons, Clock.systemUTC());
    }

    static EsiaSimulator start(EsiaSimulatorConfig config, PersonDirectory persons, Clock clock) {
        try {
            EsiaSimulator simulator = new EsiaSimulator(config, persons, clock);
            LOG.info(() -> "ESIA simulator listening at " + simulator.baseUrl + " (" + config + ")");
            return simulator;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the ESIA simulator", e);
        }
    }

    /** The issuer and base of every endpoint, without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    /** PEM of the certificate whose key signs the simulator's GOST tokens: relying parties trust it as ESIA's. */
    public String esiaCertificatePem() {
        return gostIssuer.certificatePem();
    }

    /** Test hook: {@code POST /simulator/token-key} with {@code key=foreign} forges tokens, {@code key=own} stops. */
    private void tokenKey(HttpExchange exchange) throws IOException {
        Http.requireMethod(exchange, "POST");
        String key = Http.form(exchange).get("key");
        if (!"foreign".equals(key) && !"own".equals(key)) {
            throw EsiaError.badRequest("invalid_request", "key must be foreign or own");
        }
        gostIssuer.signWithForeignKey("foreign".equals(key));
        Http.json(exchange, 200, Map.of("key", key));
    }

    /**
     * Test hook: {@code POST /simulator/token-flaw} with {@code flaw=expired} (tokens that expired an hour ago),
     * {@code flaw=wrong-audience} (issued to another system), {@code flaw=wrong-id-audience} (only the ID token
     * addressed to another system) or {@code flaw=none} (genuine again).
     */
    private void tokenFlaw(HttpExchange exchange) throws IOException {
        Http.requireMethod(exchange, "POST");
        String flaw = Http.form(exchange).get("flaw");
        GostTokenIssuer.Flaw chosen = switch (flaw == null ? "" : flaw) {
            case "expired" -> GostTokenIssuer.Flaw.EXPIRED;
            case "wrong-audience" -> GostTokenIssuer.Flaw.WRONG_AUDIENCE;
            case "wrong-id-audience" -> GostTokenIssuer.Flaw.WRONG_ID_AUDIENCE;
            case "none" -> GostTokenIssuer.Flaw.NONE;
            default -> throw EsiaError.badRequest("invalid_request", "flaw must be expired, wrong-audience, wrong-id-audience or none");
        };
        gostIssuer.withFlaw(chosen);
        Http.json(exchange, 200, Map.of("flaw", flaw));
    }

    /** The TCP port actually bound (useful when configured with port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        LOG.info("ESIA simulator stopped");
    }

    private void route(HttpExchange exchange) {
        try {
            String path = exchange.getRequestURI().getPath();
            Handler handler = routes.get(path);
            if (handler == null && path.startsWith(ResourceEndpoints.PERSONS_PREFIX)) {
                handler = resources::persons;
            }
            if (handler == null) {
                throw new EsiaError(404, "not_found", "no such resource");
            }
            handler.handle(exchange);
        } catch (EsiaError e) {
            respondWithError(exchange, e);
        } catch (IOException e) {
            LOG.log(Level.FINE, "I/O error while answering a request", e);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Unexpected failure", e);
            respondWithError(exchange, new EsiaError(500, "server_error", "internal error"));
        } finally {
            exchange.close();
        }
    }

    private static void respondWithError(HttpExchange exchange, EsiaError error) {
        try {
            Http.error(exchange, error);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Cannot send an error response", e);
        }
    }

    /** Runs the simulator from environment variables until the process is stopped. */
    public static void main(String[] args) {
        EsiaSimulator simulator = start(EsiaSimulatorConfig.fromEnvironment(System.getenv()));
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "esia-simulator-shutdown"));
        System.out.println("ESIA simulator: " + simulator.baseUrl());
    }
}
