package dev.pantherkernel.magics.client;

import dev.pantherkernel.magics.core.PantherException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedactorTest {

    private static final String SECRET = "pk_live_0123456789abcdefXYZ";
    private final Redactor redactor = new Redactor(ApiToken.of(SECRET, "test"));

    @Test
    void theWholeTokenIsMasked() {
        assertThat(redactor.redact("key " + SECRET + " rejected")).isEqualTo("key [redacted] rejected");
    }

    @Test
    void anyEightCharacterPieceOfTheTokenIsMasked() {
        String echoed = "server saw 56789abc in the header";

        assertThat(redactor.redact(echoed)).doesNotContain("56789abc").contains("[redacted]");
    }

    @Test
    void textWithoutTheTokenIsUnchanged() {
        assertThat(redactor.redact("access denied to alerts")).isEqualTo("access denied to alerts");
    }

    @Test
    void anExceptionCarryingTheTokenIsReplacedByACleanOne() {
        RuntimeException dirty = new PantherException("failed with " + SECRET, new IllegalStateException(SECRET));

        RuntimeException clean = redactor.clean(dirty);

        assertThat(clean.getMessage()).doesNotContain(SECRET);
        assertThat(clean.getCause()).isNull();
    }

    @Test
    void theTokenNeverPrintsItself() {
        assertThat(ApiToken.of(SECRET, "test").toString()).doesNotContain(SECRET);
    }
}
