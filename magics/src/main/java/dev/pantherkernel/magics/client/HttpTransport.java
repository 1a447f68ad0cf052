package dev.pantherkernel.magics.client;

import dev.pantherkernel.magics.client.Transport.Reply;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pantherkernel.magics.core.KernelVersion;
import dev.pantherkernel.magics.core.PantherException;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.zip.GZIPInputStream;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import java.util.Locale;

/**
 * Sends a request with java.net.http and hands back the status, headers and body stream: GraphQL as a POST to the
 * GraphQL endpoint, REST with its method to its path at the API host's root.
 */
final class HttpTransport implements Transport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NO_HOST_NAME_CHECKS = "jdk.internal.httpclient.disableHostnameVerification";
    static final String USER_AGENT = "panther-kernel/" + KernelVersion.get();

    private final HttpClient http;
    private final URI uri;
    private final URI restBase;
    private final Duration requestTimeout;
    private final ScheduledExecutorService watchdog = IdleTimeoutStream.watchdog();

    HttpTransport(Endpoint endpoint, ClientOptions options) {
        URI uri = endpoint.uri();
        this.uri = uri;
        this.restBase = endpoint.restBase();
        this.requestTimeout = options.requestTimeout();
        // TLS certificate and host name checks are always on: there is deliberately no way to turn them off
        if (uri.getScheme().equals("https") && hostNameChecksOff()) {
            throw new PantherException("TLS host name checks are switched off in this JVM (-D" + NO_HOST_NAME_CHECKS
                    + "); refusing to send the API token to " + uri.getHost() + ": remove that option");
        }
        this.http = HttpClient.newBuilder()
                .sslContext(uri.getScheme().equals("http") ? trustingNothing() : verifying())
                .connectTimeout(options.connectTimeout())
                .version(uri.getScheme().equals("http") ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The JDK's property that makes java.net.http skip host name checks: set (even empty) and not "false". */
    private static boolean hostNameChecksOff() {
        String value = System.getProperty(NO_HOST_NAME_CHECKS);
        return value != null && (value.isEmpty() || Boolean.parseBoolean(value));
    }

    /**
     * Certificates checked against the JDK's trust store, or the one {@code javax.net.ssl.trustStore} names; never the
     * JVM's default SSLContext, which any code in the notebook could have replaced with one that trusts everything.
     */
    private static SSLContext verifying() {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init((KeyStore) null);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new PantherException("cannot set up TLS certificate checks: " + e.getMessage(), e);
        }
    }

    /**
     * For {@code http://}, which only loopback may use: no TLS ever happens, so the JDK's trust store is not read (a
     * cold JVM's first connection to the built-in demo spent about 75 ms on it), and should anything try TLS over this
     * client, no certificate is trusted.
     */
    private static SSLContext trustingNothing() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(new KeyManager[0], new TrustManager[0], null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new PantherException("cannot set up the HTTP client: " + e.getMessage(), e);
        }
    }

    @Override
    public Reply send(ApiRequest request, Map<String, String> headers) throws RetryableFault, InterruptedException {
        HttpRequest.Builder builder = request instanceof RestRequest rest
                ? HttpRequest.newBuilder(URI.create(restBase + rest.pathAndQuery()))
                        .method(rest.method().name(), rest.body() == null ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(json(rest.body())))
                : HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofByteArray(body((GraphQLRequest) request)));
        builder.timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Accept-Encoding", "gzip")
                .header("User-Agent", USER_AGENT);
        headers.forEach(builder::header);
        try {
            HttpResponse<InputStream> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
            InputStream body = new IdleTimeoutStream(response.body(), requestTimeout, watchdog);
            if (response.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent()) {
                body = new GZIPInputStream(body);
            }
            return new Reply(response.statusCode(), response.headers().map(), body);
        } catch (IOException e) {
            UnresolvedHost.check(e, uri, request.operation());
            // a connection never made carried nothing: even a mutation may be sent again
            boolean neverSent = e instanceof ConnectException || e instanceof HttpConnectTimeoutException;
            throw new RetryableFault(describe(e, requestTimeout), null, neverSent, e);
        }
    }

    /** A few words for an I/O failure, as a user would say it. */
    static String describe(IOException e, Duration timeout) {
        if (e instanceof HttpConnectTimeoutException) {
            return "cannot connect (no connection within the connect timeout)";
        }
        if (e instanceof HttpTimeoutException) {
            long millis = timeout.toMillis();
            String within = millis % 1000 == 0 ? millis / 1000 + " s"
                    : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
            return "no answer within " + within + " (read timeout)";
        }
        if (e instanceof ConnectException) {
            return "cannot connect (" + (e.getMessage() == null ? "connection refused" : e.getMessage()) + ")";
        }
        if (e instanceof SSLHandshakeException) {
            String detail = String.valueOf(e.getMessage());
            if (detail.contains("PKIX") || detail.contains("certification path")) {
                return "TLS: the server's certificate is not trusted (no valid certification path to it)";
            }
            if (detail.contains("subject alternative") || detail.contains("No name matching")) {
                return "TLS: the server's certificate is for another host name than the one connected to";
            }
            return "TLS handshake failed: " + detail;
        }
        if (e instanceof EOFException) {
            return "the connection closed before the answer was complete";
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("reset")) {
            return "connection reset";
        }
        if (lower.contains("received no bytes")) {
            // what java.net.http says when the server closes the connection before a single byte of the answer
            return "connection reset (closed without an answer)";
        }
        return "network error: " + message;
    }

    private static byte[] body(GraphQLRequest request) {
        ObjectNode body = JSON.createObjectNode();
        body.put("query", request.query());
        if (!request.variables().isEmpty()) {
            body.set("variables", JSON.valueToTree(request.variables()));
        }
        if (request.operationName() != null) {
            body.put("operationName", request.operationName());
        }
        return json(body);
    }

    private static byte[] json(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write the request as JSON: " + e.getMessage(), e);
        }
    }
}
