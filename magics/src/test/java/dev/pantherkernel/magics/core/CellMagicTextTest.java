package dev.pantherkernel.magics.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CellMagicTextTest {

    @Test
    void theMagicLineIsTheFirstLineThatIsNotBlankAndTheBodyFollowsIt() {
        String cell = "\n  \n%%panther sql --as t\nSELECT 1\nFROM x";
        CellMagicText text = CellMagicText.of(cell).orElseThrow();

        assertThat(text.magicLine()).isEqualTo("%%panther sql --as t");
        assertThat(text.body(cell)).isEqualTo("SELECT 1\nFROM x");
        assertThat(text.bodyLine()).as("the cell line the body starts on").isEqualTo(4);
        assertThat(text.inBody(cell.indexOf("SELECT"))).isTrue();
        assertThat(text.inBody(cell.indexOf("--as"))).isFalse();
    }

    @Test
    void aCellWhoseFirstLineThatIsNotBlankIsJavaOrALineMagicIsNoCellMagic() {
        assertThat(CellMagicText.of("int x = 1;\n%%panther sql\nSELECT 1")).isEmpty();
        assertThat(CellMagicText.of("\n%panther alerts")).isEmpty();
        assertThat(CellMagicText.of("\n \n")).isEmpty();
        assertThat(CellMagicText.of("")).isEmpty();
    }

    @Test
    void aMagicLineWithoutALineBreakHasNoBody() {
        CellMagicText text = CellMagicText.of("%%panther sql").orElseThrow();

        assertThat(text.hasBody()).isFalse();
        assertThat(text.inBody("%%panther sql".length())).isFalse();
        assertThat(text.body("%%panther sql")).isEmpty();
    }
}
