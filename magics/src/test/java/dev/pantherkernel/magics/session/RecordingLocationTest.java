package dev.pantherkernel.magics.session;

import dev.pantherkernel.magics.connect.Environment;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Where `%panther record` writes when told, beside the notebook the front end names, or in the working directory. */
class RecordingLocationTest {

    private static final Path HOME = Path.of("/home/ana");
    private static final Path WORK = Path.of("/srv/work");

    private static RecordingLocation of(String given, Map<String, String> variables) {
        return RecordingLocation.of(given, Environment.of(variables, HOME), WORK);
    }

    @Test
    void aNamedFileIsTakenFromTheWorkingDirectory() {
        assertThat(of("hunt.gz", Map.of()).file()).isEqualTo(Path.of("/srv/work/hunt.gz"));
        assertThat(of("/tmp/hunt.gz", Map.of()).file()).isEqualTo(Path.of("/tmp/hunt.gz"));
    }

    @Test
    void withoutOneTheRecordingGoesBesideTheNotebookJupytersServerNamesNamedAfterIt() {
        RecordingLocation beside = of(null, Map.of(RecordingLocation.NOTEBOOK_VARIABLE, "/home/ana/cases/phish.ipynb"));

        assertThat(beside.file()).isEqualTo(Path.of("/home/ana/cases/phish.recording.jsonl.gz"));
        assertThat(beside.chosen()).contains("beside the notebook phish.ipynb").contains("JPY_SESSION_NAME");
    }

    @Test
    void aNotebookNamedRelativeToTheServerGoesInTheWorkingDirectoryWhereTheKernelRuns() {
        assertThat(of(null, Map.of(RecordingLocation.NOTEBOOK_VARIABLE, "cases/phish.ipynb")).file())
                .isEqualTo(Path.of("/srv/work/phish.recording.jsonl.gz"));
    }

    @Test
    void withNoNotebookNamedItGoesInTheWorkingDirectoryAndSaysWhy() {
        RecordingLocation unnamed = of(null, Map.of(RecordingLocation.NOTEBOOK_VARIABLE, "Console 1-5f2e"));

        assertThat(unnamed.file()).isEqualTo(Path.of("/srv/work/panther.recording.jsonl.gz"));
        assertThat(unnamed.chosen()).startsWith("in the working directory");
        assertThat(of(null, Map.of()).file()).isEqualTo(unnamed.file());
    }
}
