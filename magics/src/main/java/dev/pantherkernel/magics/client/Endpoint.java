package dev.pantherkernel.magics.client;

import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.core.PantherException;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Where Panther's GraphQL API answers. A console address such as {@code https://acme.runpanther.net}, or any page of
 * the console ({@code https://acme.runpanther.net/alerts/123}, copied from the browser), becomes
 * {@code https://api.acme.runpanther.net/public/graphql}; an API address (its path ends in {@code /graphql}) is used
 * as given. Plain {@code http://} is refused except on loopback, so a token never crosses a network in clear text.
 */
@Internal
public record Endpoint(URI uri) {

    static final String API_PATH = "/public/graphql";

    public static Endpoint parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new PantherException("no Panther URL given: pass --url https://<your-panther>.runpanther.net "
                    + "or set PANTHER_API_URL");
        }
        if (!trimmed.contains("://")) {
            trimmed = "https://" + trimmed;
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new PantherException("'" + text + "' is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new PantherException("'" + text + "' has no host name; write it like https://acme.runpanther.net");
        }
        if (scheme.equals("http") && !isLoopback(host)) {
            throw new PantherException("refusing http://" + host + ": the API token would travel unencrypted; "
                    + "use https:// (plain http is allowed only for localhost)");
        }
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new PantherException("'" + text + "' is not an http(s) URL");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        boolean api = path.replaceAll("/+$", "").endsWith("/graphql");
        if (!api) {
            String apiHost = scheme.equals("https") && !host.startsWith("api.") && !isLoopback(host)
                    ? "api." + host : host;
            uri = URI.create(scheme + "://" + apiHost + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + API_PATH);
        }
        return new Endpoint(uri);
    }

    /**
     * Where Panther's REST API answers: the API host's root, or, for an API address with a path before
     * {@code /public/graphql}, that path ({@code https://api.acme.runpanther.net} for the usual address).
     */
    public URI restBase() {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        String base = path.endsWith(API_PATH) ? path.substring(0, path.length() - API_PATH.length()) : "";
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + base);
    }

    public boolean isLoopback() {
        return isLoopback(uri.getHost());
    }

    private static boolean isLoopback(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!h.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false; // a name other than localhost: do not resolve it, DNS could say anything
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
