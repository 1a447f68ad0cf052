package dev.pantherkernel.kernel.magic;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class KernelMagicTranspilerTest {

    private final LineMagics magics = new LineMagics();

    @Test
    void aMagicLineBecomesACallEndingInOneSemicolonSoItsValueIsKept() {
        String java = magics.toJava("%panther help");

        assertThat(java).startsWith(MagicCalls.class.getName() + ".line(").endsWith(");").doesNotContain("{}");
    }

    @Test
    void argumentsAreEncodedAsUtf8() {
        String java = magics.toJava("%panther help héllo");
        String encoded = Base64.getEncoder().encodeToString("héllo".getBytes(StandardCharsets.UTF_8));

        assertThat(java).contains("\"" + encoded + "\"");
    }

    @Test
    void aMagicAfterAnEqualsSignFeedsTheVariable() {
        assertThat(magics.toJava("var t = %panther help")).startsWith("var t = " + MagicCalls.class.getName() + ".line(");
    }

    @Test
    void aPercentInsideAStringIsLeftAlone() {
        assertThat(magics.toJava("String s = \"=%panther help\";")).isEqualTo("String s = \"=%panther help\";");
    }

    @Test
    void linesKeepTheirNumbers() {
        String cell = "int a = 1;\n%panther help\nint b = 2;";

        assertThat(magics.toJava(cell).lines()).hasSize(3);
    }

    @Test
    void aCellMagicIsRecognisedWithItsArgumentsAndBody() {
        CellMagicCall call = CellMagicCall.parse("%%panther sql --limit 5\nSELECT 1\nFROM t").orElseThrow();

        assertThat(call.name()).isEqualTo("panther");
        assertThat(call.args()).containsExactly("sql", "--limit", "5");
        assertThat(call.body()).isEqualTo("SELECT 1\nFROM t");
    }

    @Test
    void aCellMagicWithoutBodyIsNotACall() {
        assertThat(CellMagicCall.parse("%%panther sql")).isEmpty();
        assertThat(CellMagicCall.looksLikeOne("%%panther sql")).isTrue();
    }
}
