package dev.pantherkernel.kernel.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The %panther magics as a notebook user meets them. */
class MagicsIT {

    @RegisterExtension
    static final SharedKernel shared = SharedKernel.plain();

    @Test
    void pantherHelpIsTheCellsValue() throws IOException {
        Execution run = shared.session().execute("%panther help");

        assertThat(run.status()).isEqualTo("ok");
        assertThat(run.text()).contains("Usage: %panther").contains("help");
    }

    @Test
    void theKernelAndPantherVersionNameTheBuildsVersion() throws IOException {
        String built = System.getProperty("panther.version");

        assertThat(shared.session().kernelInfo().path("implementation_version").asText()).isEqualTo(built);
        shared.session().execute("%panther version");
        Execution run = shared.session().execute("Panther.last().table().stringColumn(\"kernelVersion\").get(0)");
        assertThat(run.text()).isEqualTo(built);
    }

    @Test
    void aCellMagicWithoutABodyAsksForOne() throws IOException {
        Execution run = shared.session().execute("%%panther help\n");

        assertThat(run.status()).isEqualTo("error");
        assertThat(run.errorValue()).contains("needs a body");
    }

    @Test
    void aCellMagicWithABodyReachesTheCommand() throws IOException {
        Execution run = shared.session().execute("%%panther help\nSELECT 1");

        assertThat(run.status()).isEqualTo("error");
        assertThat(run.errorValue()).contains("takes no cell body");
    }

    @Test
    void aMagicsValueCanBeAssignedInJava() throws IOException {
        shared.session().execute("var usage = %panther help");

        Execution run = shared.session().execute("usage.toString().contains(\"Usage\")");

        assertThat(run.text()).isEqualTo("true");
    }

    @Test
    void aMistypedCommandIsOneClearLineWithAHint() throws IOException {
        Execution run = shared.session().execute("%panther hlep");

        assertThat(run.status()).isEqualTo("error");
        assertThat(run.errorValue()).contains("unknown command 'hlep'").contains("did you mean help?");
        assertThat(run.traceback().strip()).doesNotContain("\n");
    }

    @Test
    void anUnknownMagicSaysWhichExist() throws IOException {
        Execution run = shared.session().execute("%pnather help");

        assertThat(run.status()).isEqualTo("error");
        assertThat(run.errorValue()).contains("no magic %pnather").contains("%panther");
    }

    @Test
    void magicArgumentsKeepNonAsciiCharacters() throws IOException {
        Execution run = shared.session().execute("%panther help héllo→");

        assertThat(run.errorValue()).contains("'héllo→'");
    }

    @Test
    void twoMagicLinesInOneCellRunInOrderAndTheLastIsTheValue() throws IOException {
        Execution run = shared.session().execute("%panther help\n%panther help help");

        assertThat(run.status()).isEqualTo("ok");
        assertThat(run.text()).contains("Usage: %panther help");
    }

    @Test
    void tabCompletesMagicNames() throws IOException {
        assertThat(shared.session().complete("%pan", 4).path("matches").toString()).contains("panther");
    }
}
