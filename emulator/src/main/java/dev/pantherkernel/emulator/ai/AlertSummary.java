package dev.pantherkernel.emulator.ai;

import dev.pantherkernel.emulator.alerts.Alert;
import dev.pantherkernel.emulator.alerts.Comment;
import dev.pantherkernel.emulator.alerts.Origins;
import dev.pantherkernel.emulator.core.DateTimes;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The demo's answer to "summarise this alert": Markdown made only from the alert's own facts (title, severity,
 * detection, status, event count and times, log types and sources), the entities its events hold and its first
 * events, the detection's runbook and the comments. Deterministic: the same alert gives the same text.
 */
final class AlertSummary {
    private AlertSummary() {}

    /** What the caller chose to leave out or add ({@code AISummarizeAlertInput}). */
    record Options(OutputLength length, String prompt, boolean skipAlert, boolean skipComments, boolean skipEvents) {}

    /** {@code origin}: what raised the alert, as the API shows it now (its detection, or Panther's own error). */
    static String write(Alert alert, Object origin, String assignee, List<Comment> comments, AlertEvidence.Evidence evidence,
            Options options) {
        StringBuilder out = new StringBuilder(DemoLabel.TEXT);
        if (!options.skipAlert()) {
            out.append("**").append(alert.title()).append("**\n\n");
            out.append("A ").append(alert.severity()).append(' ').append(alert.type().name().replace('_', ' ').toLowerCase())
                    .append(" alert ").append(describe(origin)).append(", status ").append(alert.status())
                    .append(assignee == null ? ", unassigned" : ", assigned to " + assignee).append(". ");
        }
        if (alert.eventCount() > 0) {
            out.append("It holds ").append(alert.eventCount()).append(alert.eventCount() == 1 ? " event" : " events")
                    .append(" of ").append(String.join(", ", alert.logTypes())).append(" from ")
                    .append(String.join(", ", alert.logSources()));
            if (alert.firstEventOccurredAt() != null) {
                out.append(", the first at ").append(DateTimes.format(alert.firstEventOccurredAt())).append(" and the last at ")
                        .append(DateTimes.format(alert.lastReceivedEventAt()));
            }
            out.append(". ");
        } else {
            out.append("It holds no events: it reports a problem of Panther itself. ");
        }
        out.append("It was raised at ").append(DateTimes.format(alert.createdAt())).append(".\n");
        if (!options.skipEvents()) {
            entities(out, evidence.entities());
            timeline(out, evidence.timeline(), alert.eventCount());
        }
        if (options.length() != OutputLength.xsmall && !alert.runbook().isBlank()) {
            out.append("\n**Next step (the detection's runbook)**\n").append(alert.runbook()).append('\n');
        }
        if (!options.skipComments() && !comments.isEmpty()) {
            Comment last = comments.get(comments.size() - 1);
            out.append("\n**Comments**: ").append(comments.size()).append(", the latest: \"").append(last.body()).append("\"\n");
        }
        if (options.prompt() != null && !options.prompt().isBlank()) {
            out.append("\n_Asked: \"").append(options.prompt().strip())
                    .append("\". The demo does not follow instructions; a real Panther's model would._\n");
        }
        return out.toString();
    }

    private static String describe(Object origin) {
        if (origin instanceof Origins.Detection d) {
            return "from the " + d.type().name().replace('_', ' ').toLowerCase() + " \"" + d.name() + "\" (" + d.id() + ")";
        }
        if (origin instanceof Origins.DeletedDetection d) {
            return "from the detection " + d.id() + ", since deleted";
        }
        if (origin instanceof Origins.SystemError e) {
            return "about " + e.relatedComponent().replace('_', ' ').toLowerCase() + " (" + e.type() + ")";
        }
        return "";
    }

    static void entities(StringBuilder out, Map<String, List<AlertEvidence.Entity>> entities) {
        if (entities.isEmpty()) {
            return;
        }
        out.append("\n**Entities in its events**\n");
        entities.forEach((column, values) -> out.append("- ").append(DemoLabel.kind(column)).append(": ")
                .append(values.stream().map(v -> v.value() + " (" + v.events() + ")").collect(Collectors.joining(", ")))
                .append('\n'));
    }

    private static void timeline(StringBuilder out, List<AlertEvidence.Line> lines, int total) {
        if (lines.isEmpty()) {
            return;
        }
        out.append("\n**").append(lines.size() < total ? "First " + lines.size() + " of " + total + " events" : "Its events")
                .append("**\n");
        lines.forEach(l -> out.append("- ").append(DateTimes.format(l.at())).append(": ").append(l.what()).append('\n'));
    }
}
