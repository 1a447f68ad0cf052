package dev.pantherkernel.emulator.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of HTTP sources, which Panther's REST API adds and changes: auth methods and their fields, log types, labels. */
class HttpSourceRulesTest {
    private final SourceStore store = new SourceStore(Clock.systemUTC(), List.of(), Set.of("Okta.SystemLog", "AWS.CloudTrail")::contains);

    private static HttpSettings settings(String method) {
        return new HttpSettings(LogStreamType.JSON, "ignored", method, "x-secret", "s3cr3t", "sha256", "token", "user", "pass");
    }

    @Test
    void eachAuthMethodKeepsOnlyItsOwnFields() {
        HttpSettings shared = store.createHttp("a", List.of("Okta.SystemLog"), settings("SharedSecret"), null).http();
        HttpSettings basic = store.createHttp("b", List.of("Okta.SystemLog"), settings("Basic"), null).http();
        HttpSettings none = store.createHttp("c", List.of("Okta.SystemLog"), settings("None"), null).http();

        assertThat(shared).isEqualTo(new HttpSettings(LogStreamType.JSON, null, "SharedSecret", "x-secret", "s3cr3t", null, null, null, null));
        assertThat(basic).isEqualTo(new HttpSettings(LogStreamType.JSON, null, "Basic", null, null, null, null, "user", "pass"));
        assertThat(none).isEqualTo(new HttpSettings(LogStreamType.JSON, null, "None", null, null, null, null, null, null));
    }

    @Test
    void theEnvelopeFieldBelongsToJsonArrayStreamsOnly() {
        HttpSettings array = new HttpSettings(LogStreamType.JsonArray, null, "None", null, null, null, null, null, null);
        assertThat(store.createHttp("arr", List.of("Okta.SystemLog"), array, null).http().jsonArrayEnvelopeField()).isEmpty();
    }

    @Test
    void aMissingFieldOfTheAuthMethodAnUnknownMethodOrLogTypeIsRefusedByName() {
        HttpSettings hmac = new HttpSettings(LogStreamType.Lines, null, "HMAC", "x-sig", "secret", null, null, null, null);
        assertThatThrownBy(() -> store.createHttp("h", List.of("Okta.SystemLog"), hmac, null))
                .hasMessage("authHmacAlg is required with authMethod HMAC");
        assertThatThrownBy(() -> store.createHttp("h", List.of("Okta.SystemLog"), settings("OAuth"), null))
                .hasMessageContaining("authMethod must be one of SharedSecret, HMAC, Bearer, Basic, None");
        assertThatThrownBy(() -> store.createHttp("h", List.of("Nginx.Access"), settings("None"), null))
                .hasMessageContaining("log type Nginx.Access has no schema");
        assertThatThrownBy(() -> store.createHttp("h", List.of(), settings("None"), null)).hasMessageContaining("logTypes");
    }

    @Test
    void anUpdateChangesAnHttpSourceOnlyAndKeepsItsIdAndCreation() {
        LogSource made = store.createHttp("okta", List.of("Okta.SystemLog"), settings("Bearer"), "someone");
        LogSource changed = store.updateHttp(made.integrationId(), "okta hooks", List.of("Okta.SystemLog", "AWS.CloudTrail"),
                settings("None"));
        assertThat(changed.integrationId()).isEqualTo(made.integrationId());
        assertThat(changed.createdAtTime()).isEqualTo(made.createdAtTime());
        assertThat(changed.createdBy()).isEqualTo("someone");
        assertThat(changed.logTypes()).containsExactly("Okta.SystemLog", "AWS.CloudTrail");
        assertThat(changed.http().authBearerToken()).isNull();
        assertThatThrownBy(() -> store.updateHttp("no-such-id", "x", List.of("Okta.SystemLog"), settings("None")))
                .hasMessageContaining("not found");
        store.createHttp("taken", List.of("Okta.SystemLog"), settings("None"), null);
        assertThatThrownBy(() -> store.updateHttp(made.integrationId(), "TAKEN", List.of("Okta.SystemLog"), settings("None")))
                .hasMessageContaining("already exists");
    }
}
