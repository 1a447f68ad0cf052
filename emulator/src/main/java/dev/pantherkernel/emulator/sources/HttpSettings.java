package dev.pantherkernel.emulator.sources;

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
}
