package dev.pantherkernel.emulator.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pantherkernel.emulator.ContentZip;
import dev.pantherkernel.emulator.alerts.Severity;
import dev.pantherkernel.emulator.content.Detection;
import dev.pantherkernel.emulator.content.DetectionKind;
import dev.pantherkernel.emulator.content.SavedQuery;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Reading uploaded content: Panther's YAML keys become the stores' values, and what cannot be taken says why. */
class ContentReaderTest {

    private static UploadedContent read(Map<String, String> files) {
        ContentZip zip = new ContentZip();
        new TreeMap<>(files).forEach(zip::file);
        return ContentReader.read(ZipFiles.read(zip.bytes()), "uploader");
    }

    @Test
    void aSimpleRuleKeepsItsYamlPartsAsYamlText() {
        Detection rule = read(Map.of("rules/simple.yml", """
                AnalysisType: rule
                RuleID: Acme.Simple
                Enabled: false
                LogTypes: [AWS.VPCFlow]
                Severity: critical
                Detection:
                  - Key: dstPort
                    Condition: Equals
                    Value: 23
                InlineFilters:
                  - All: []
                Tests:
                  - Name: telnet
                    ExpectedResult: true
                    Log: {dstPort: 23}
                """)).detections().get(0);
        assertThat(rule.kind()).isEqualTo(DetectionKind.SIMPLE_RULE);
        assertThat(rule.enabled()).isFalse();
        assertThat(rule.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(rule.detection()).isEqualTo("- Key: dstPort\n  Condition: Equals\n  Value: 23\n");
        assertThat(rule.inlineFilters()).isEqualTo("- All: []\n");
        assertThat(rule.tests().get(0).resource()).isEqualTo("{\"dstPort\":23}");
        assertThat(rule.createdBy()).isEqualTo("uploader");
    }

    @Test
    void aScheduledQueryDisabledIsAScheduleThatDoesNotRun() {
        SavedQuery query = read(Map.of("queries/q.yml", """
                AnalysisType: scheduled_query
                QueryName: Nightly
                Enabled: false
                SnowflakeQuery: SELECT 1
                Schedule: {CronExpression: "0 0 * * *", TimeoutMinutes: 10}
                """)).queries().get(0);
        assertThat(query.sql()).isEqualTo("SELECT 1");
        assertThat(query.schedule().cron()).isEqualTo("0 0 * * *");
        assertThat(query.schedule().timeoutMinutes()).isEqualTo(10);
        assertThat(query.schedule().disabled()).isTrue();
    }

    @Test
    void aSourceOutsideTheZipCannotBeNamed() {
        assertThatThrownBy(() -> read(Map.of("rules/a.yml", "AnalysisType: global\nGlobalID: g\nFilename: ../../../etc/passwd\n")))
                .isInstanceOf(UploadProblem.class).hasMessage("rules/a.yml: Filename ../../../etc/passwd is not in the zip beside it");
    }

    @Test
    void anEntryThatClimbsOutOfTheZipIsRefused() {
        assertThatThrownBy(() -> read(Map.of("../evil.yml", "AnalysisType: pack\nPackID: x\n")))
                .isInstanceOf(UploadProblem.class).hasMessage("the zip entry ../evil.yml points outside the zip");
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        assertThatThrownBy(() -> read(Map.of("g.yml", "AnalysisType: global\nGlobalID: a\nGlobalID: b\nFilename: g.py\n")))
                .isInstanceOf(UploadProblem.class).hasMessageStartingWith("g.yml: not valid YAML: Duplicate field 'GlobalID'");
    }

    @Test
    void aZipLargerThanOneUploadTakesIsRefusedBeforeItIsRead() {
        assertThatThrownBy(() -> ZipFiles.read(new byte[ZipFiles.MAX_ZIP_BYTES + 1]))
                .isInstanceOf(UploadProblem.class).hasMessageContaining("one upload takes at most");
    }

    @Test
    void twoOfTheSameIdInOneUploadAreRefused() {
        assertThatThrownBy(() -> read(Map.of(
                "a.yml", "AnalysisType: global\nGlobalID: same\nFilename: a.py\n", "a.py", "A = 1\n",
                "b.yml", "AnalysisType: global\nGlobalID: same\nFilename: a.py\n")))
                .isInstanceOf(UploadProblem.class).hasMessage("b.yml: the upload holds two globals named same");
    }

    @Test
    void aRateBelowTheTimeoutIsRefused() {
        assertThatThrownBy(() -> read(Map.of("q.yml", """
                AnalysisType: scheduled_query
                QueryName: Q
                Enabled: true
                Query: SELECT 1
                Schedule: {RateMinutes: 5, TimeoutMinutes: 10}
                """))).isInstanceOf(UploadProblem.class)
                .hasMessage("q.yml Schedule: TimeoutMinutes (10) must not be more than RateMinutes (5)");
    }
}
