package dev.pantherkernel.kernel.magic;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineMagicCallTest {

    @Test
    void aCellThatIsOneMagicLineIsThatMagicWithItsArguments() {
        assertThat(LineMagicCall.parse("\n  %panther alerts --since 1d --as a\n\n"))
                .contains(new LineMagicCall("panther", List.of("alerts", "--since", "1d", "--as", "a")));
    }

    @Test
    void quotedArgumentsStayWholeAsInAnyMagicLine() {
        assertThat(LineMagicCall.parse("%panther alerts --title \"root login\"").orElseThrow().args())
                .containsExactly("alerts", "--title", "root login");
    }

    @Test
    void aMagicLineWithJavaAroundItIsJava() {
        assertThat(LineMagicCall.parse("var t = %panther alerts")).isEmpty();
        assertThat(LineMagicCall.parse("%panther alerts --as a\na.rowCount()")).isEmpty();
        assertThat(LineMagicCall.parse("// the week's alerts\n%panther alerts")).isEmpty();
        assertThat(LineMagicCall.parse("%panther alerts --as a\n%panther users --as u")).isEmpty();
        assertThat(LineMagicCall.parse("int x = 5 % 2;")).isEmpty();
    }

    @Test
    void aCellMagicIsNotALineMagic() {
        assertThat(LineMagicCall.parse("%%panther sql\nSELECT 1")).isEmpty();
    }
}
