package dev.pantherkernel.emulator.sources;

import dev.pantherkernel.emulator.core.ApiException;
import java.util.List;

/**
 * How an HTTP source takes requests and checks who sends them, as Panther's REST API shows it: one of the auth
 * methods {@code SharedSecret} (header and secret), {@code HMAC} (header, secret, algorithm), {@code Bearer},
 * {@code Basic} or {@code None}, with only that method's fields set.
 */
public record HttpSettings(
        LogStreamType logStreamType,
        String jsonArrayEnvelopeField,
        String authMethod,
        String authHeaderKey,
        String authSecretValue,
        String authHmacAlg,
        String authBearerToken,
        String authUsername,
        String authPassword) {

    /** Panther's auth methods for HTTP sources. */
    public static final List<String> AUTH_METHODS = List.of("SharedSecret", "HMAC", "Bearer", "Basic", "None");

    /**
     * The same settings with only what the auth method uses (a client may send every field, as one that PUTs back
     * what it read does); an error that names what is missing or wrong.
     */
    public HttpSettings checked() {
        if (logStreamType == null) {
            throw ApiException.invalidInput("logStreamType is required: one of Auto, JSON, JsonArray, Lines, CloudWatchLogs, XML");
        }
        if (authMethod == null || !AUTH_METHODS.contains(authMethod)) {
            throw ApiException.invalidInput("authMethod must be one of " + String.join(", ", AUTH_METHODS) + ", got " + authMethod);
        }
        String envelope = logStreamType == LogStreamType.JsonArray ? orEmpty(jsonArrayEnvelopeField) : null;
        return switch (authMethod) {
            case "SharedSecret" -> new HttpSettings(logStreamType, envelope, authMethod, required("authHeaderKey", authHeaderKey),
                    required("authSecretValue", authSecretValue), null, null, null, null);
            case "HMAC" -> new HttpSettings(logStreamType, envelope, authMethod, required("authHeaderKey", authHeaderKey),
                    required("authSecretValue", authSecretValue), required("authHmacAlg", authHmacAlg), null, null, null);
            case "Bearer" -> new HttpSettings(logStreamType, envelope, authMethod, null, null, null,
                    required("authBearerToken", authBearerToken), null, null);
            case "Basic" -> new HttpSettings(logStreamType, envelope, authMethod, null, null, null, null,
                    required("authUsername", authUsername), required("authPassword", authPassword));
            default -> new HttpSettings(logStreamType, envelope, authMethod, null, null, null, null, null, null);
        };
    }

    private String required(String name, String value) {
        if (value == null || value.isEmpty()) {
            throw ApiException.invalidInput(name + " is required with authMethod " + authMethod);
        }
        return value;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
