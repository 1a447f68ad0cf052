package dev.pantherkernel.magics.client;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.testing.ReliabilityLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.util.Arrays;
import java.util.Locale;

/**
 * The token travels only where it is safe: plain http only to loopback, never after a redirect, and over TLS only
 * after the certificate and the host name were checked, with no way to switch the checks off silently (not a JVM-wide
 * trust-everything SSLContext, not the JDK's property that turns host name checks off). Against local servers
 * (http and https with a self-signed certificate made by keytool) that count what reaches them.
 */
class TransportSecurityTest {

    private static final String TOKEN = "tls-test-token-5f1e2d3c4b5a69788796a5b4";
    private static final String VERSION = "query { generalSettings { pantherVersion } }";
    private static final String HOSTNAME_PROPERTY = "jdk.internal.httpclient.disableHostnameVerification";
    private static final ReliabilityLog LOG = new ReliabilityLog("transport-security");
    private static final AtomicInteger REACHED = new AtomicInteger();
    private static final AtomicInteger CHECKS = new AtomicInteger();

    @TempDir
    static Path keys;
    private static Path keystore;
    private static HttpsServer https;
    private static HttpServer redirecting;

    @BeforeAll
    static void start() throws Exception {
        keystore = keys.resolve("localhost.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "localhost", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost", "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0).as("keytool: %s", output).isTrue();

        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(store, "changeit".toCharArray());
        SSLContext serverContext = SSLContext.getInstance("TLS");
        serverContext.init(keyManagers.getKeyManagers(), null, null);
        https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        https.setHttpsConfigurator(new HttpsConfigurator(serverContext));
        https.createContext("/", exchange -> {
            REACHED.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            byte[] body = "{\"data\":{\"generalSettings\":{\"pantherVersion\":\"tls\"}}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        https.start();

        redirecting = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        redirecting.createContext("/", exchange -> {
            REACHED.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Location", "http://203.0.113.9/public/graphql");
            exchange.sendResponseHeaders(307, -1);
            exchange.close();
        });
        redirecting.start();
    }

    @AfterAll
    static void stop() {
        https.stop(0);
        redirecting.stop(0);
        LOG.total("checks", CHECKS.get());
        LOG.write();
    }

    @BeforeEach
    void count() {
        REACHED.set(0);
    }

    private static PantherClient client(String url) {
        return new PantherClient(Endpoint.parse(url), ApiToken.of(TOKEN, "test"), ClientOptions.newClientOptions().maxAttempts(2)
                .firstBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(2)).requestTimeout(Duration.ofSeconds(10)).build());
    }

    private static String localhost() {
        return "https://localhost:" + https.getAddress().getPort() + "/public/graphql";
    }

    private static void refused(Runnable connect, String because) {
        assertThatThrownBy(connect::run).isInstanceOf(PantherException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN.substring(0, 8)))
                .hasMessageContaining(because);
        assertThat(REACHED.get()).as("requests that reached the server").isZero();
        LOG.row(Map.of("check", because, "requestsReachingServer", REACHED.get()));
        CHECKS.incrementAndGet();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://acme.runpanther.net", "HTTP://ACME.RUNPANTHER.NET/public/graphql", "http://10.0.0.1:8080/",
            "http://192.168.1.10/public/graphql", "http://[2001:db8::1]/", "http://203.0.113.9", "http://0.0.0.0:80/",
            "http://localhost.example.com/", "http://127.0.0.1.example.com/", "http://127.0.0.1@example.com/"})
    void plainHttpToAnyAddressButLoopbackIsRefusedBeforeAnythingIsSent(String url) {
        refused(() -> client(url), "refusing http://");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:1/public/graphql", "http://127.0.0.1:1/", "http://127.8.9.10:1/", "http://[::1]:1/"})
    void plainHttpToLoopbackIsAllowed(String url) {
        assertThat(client(url).endpoint().isLoopback()).isTrue();
        CHECKS.incrementAndGet();
    }

    @Test
    void aRedirectIsNotFollowedSoTheTokenGoesNowhereElse() {
        String url = "http://127.0.0.1:" + redirecting.getAddress().getPort() + "/public/graphql";

        assertThatThrownBy(() -> client(url).execute(GraphQLRequest.query("generalSettings", VERSION, Map.of())))
                .isInstanceOf(ApiException.class).hasMessageContaining("HTTP 307");
        assertThat(REACHED.get()).as("requests to the redirecting server").isEqualTo(1);
        LOG.row(Map.of("check", "307 redirect not followed", "requestsReachingServer", REACHED.get()));
        CHECKS.incrementAndGet();
    }

    @Test
    void aSelfSignedCertificateIsRefused() {
        refused(() -> client(localhost()).execute(GraphQLRequest.query("generalSettings", VERSION, Map.of())),
                "certificate is not trusted");
    }

    @Test
    void aTrustEverythingDefaultContextInTheJvmDoesNotSwitchCertificateChecksOff() throws Exception {
        SSLContext before = SSLContext.getDefault();
        SSLContext trustAll = SSLContext.getInstance("TLS");
        trustAll.init(null, new TrustManager[] {new TrustingEverything()}, null);
        SSLContext.setDefault(trustAll);
        try {
            refused(() -> client(localhost()).execute(GraphQLRequest.query("generalSettings", VERSION, Map.of())),
                    "certificate is not trusted");
        } finally {
            SSLContext.setDefault(before);
        }
    }

    @Test
    void turningHostNameChecksOffInTheJvmIsRefusedOutLoud() {
        System.setProperty(HOSTNAME_PROPERTY, "true");
        try {
            refused(() -> client(localhost()), HOSTNAME_PROPERTY);
        } finally {
            System.clearProperty(HOSTNAME_PROPERTY);
        }
    }

    @Test
    void aTrustStoreNamedTheStandardWayIsUsedAndTheHostNameIsStillChecked() {
        Map<String, String> trust = Map.of("javax.net.ssl.trustStore", keystore.toString(),
                "javax.net.ssl.trustStorePassword", "changeit", "javax.net.ssl.trustStoreType", "PKCS12");
        trust.forEach(System::setProperty);
        try {
            String version = client(localhost()).execute(GraphQLRequest.query("generalSettings", VERSION, Map.of()))
                    .path("generalSettings").path("pantherVersion").asText();
            assertThat(version).isEqualTo("tls");
            assertThat(REACHED.get()).isEqualTo(1);
            REACHED.set(0);
            refused(() -> client("https://127.0.0.1:" + https.getAddress().getPort() + "/public/graphql")
                    .execute(GraphQLRequest.query("generalSettings", VERSION, Map.of())), "another host name");
        } finally {
            trust.keySet().forEach(System::clearProperty);
        }
    }

    @Test
    void noClientOptionCanTurnCertificateChecksOff() {
        List<String> options = Arrays.stream(ClientOptions.class.getRecordComponents())
                .map(c -> c.getName().toLowerCase(Locale.ROOT)).toList();

        assertThat(options).noneMatch(name -> name.matches(".*(trust|verif|insecure|ssl|tls|cert).*"));
        CHECKS.incrementAndGet();
    }

    /** What "disable SSL verification" snippets install. */
    private static final class TrustingEverything implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
