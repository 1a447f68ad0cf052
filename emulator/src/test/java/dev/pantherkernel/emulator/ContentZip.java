package dev.pantherkernel.emulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A zip of detection content in panther-analysis layout, built file by file, as an upload's base64 text. */
public final class ContentZip {
    private final Map<String, String> files = new LinkedHashMap<>();

    public ContentZip file(String path, String text) {
        files.put(path, text);
        return this;
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public String base64() {
        return Base64.getEncoder().encodeToString(bytes());
    }

    /** A Python rule of the given id and severity ({@code High}) over Okta logs, with its source. */
    public static ContentZip rule(String id, String severity, boolean enabled) {
        String file = id.toLowerCase().replace('.', '_');
        return new ContentZip()
                .file("rules/acme_rules/" + file + ".yml", """
                        AnalysisType: rule
                        RuleID: %s
                        DisplayName: %s display
                        Filename: %s.py
                        Enabled: %s
                        LogTypes: [Okta.SystemLog]
                        Severity: %s
                        Tags: [Acme, Okta]
                        Description: Uploaded in a test
                        Runbook: Look at it.
                        Reference: https://example.com/runbook
                        DedupPeriodMinutes: 30
                        Threshold: 2
                        CreatedBy: ci-pipeline
                        Tests:
                          - Name: matches
                            ExpectedResult: true
                            Log: {eventType: user.session.start, outcome: {result: FAILURE}}
                        """.formatted(id, id, file, enabled, severity))
                .file("rules/acme_rules/" + file + ".py", """
                        def rule(event):
                            return event.get("eventType") == "user.session.start"
                        """);
    }
}
