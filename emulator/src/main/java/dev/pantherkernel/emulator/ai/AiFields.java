package dev.pantherkernel.emulator.ai;

import dev.pantherkernel.emulator.alerts.Alert;
import dev.pantherkernel.emulator.alerts.AlertStore;
import dev.pantherkernel.emulator.alerts.DetectionOrigins;
import dev.pantherkernel.emulator.auth.Permission;
import dev.pantherkernel.emulator.core.ApiException;
import dev.pantherkernel.emulator.schema.Input;
import dev.pantherkernel.emulator.schema.RootFields;
import dev.pantherkernel.emulator.schema.SchemaPart;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Panther AI's summaries, answered by the demo: deterministic text made from the facts (never a model), labelled
 * as such, and handed out through the same stream mechanics (start, then poll {@code aiInferenceStream}).
 */
public final class AiFields implements SchemaPart {
    private final AiStreams streams;
    private final AlertStore alerts;
    private final AlertEvidence evidence;
    private final Function<String, Optional<String>> emailOfUser;
    private final DetectionOrigins origins;

    /** {@code origins} says what an alert's detection is now, as the summary names it. */
    public AiFields(AiStreams streams, AlertStore alerts, AlertEvidence evidence, Function<String, Optional<String>> emailOfUser,
            DetectionOrigins origins) {
        this.streams = streams;
        this.alerts = alerts;
        this.evidence = evidence;
        this.emailOfUser = emailOfUser;
        this.origins = origins;
    }

    @Override
    public void wire(RootFields root) {
        Permission ai = Permission.RunPantherAI;
        root.mutation("aiSummarizeAlert", ai, env -> {
            Input in = Input.of(env);
            Alert alert = alerts.get(in.string("alertId"));
            OutputLength length = length(in, OutputLength.medium);
            AlertSummary.Options options = new AlertSummary.Options(length, in.string("prompt"), Boolean.TRUE.equals(in.bool("skipAlert")),
                    Boolean.TRUE.equals(in.bool("skipAlertComments")), Boolean.TRUE.equals(in.bool("skipAlertEvents")));
            AlertEvidence.Evidence found = options.skipEvents() ? new AlertEvidence.Evidence(Map.of(), List.of())
                    : evidence.of(alert, length.entities(), length.events());
            String assignee = alert.assigneeId() == null ? null : emailOfUser.apply(alert.assigneeId()).orElse(null);
            String text = AlertSummary.write(alert, origins.originOf(alert), assignee, alerts.comments(alert.id()), found, options);
            return Map.of("streamId", streams.start(text, null));
        });
        root.mutation("aiSummarizeLogEvents", ai, env -> {
            Input in = Input.of(env);
            String text;
            try {
                text = EventsSummary.write(in.strings("events"), length(in, OutputLength.large), in.string("prompt"));
            } catch (ApiException bad) {
                // a model's input problems come back through the stream, as Panther's do
                return Map.of("streamId", streams.fail(bad.getMessage()));
            }
            return Map.of("streamId", streams.start(text, cacheKey(in)));
        });
        root.query("cachedAISummaryData", ai, env -> {
            Input in = Input.of(env);
            return Map.of("streamId", streams.cached(cacheKey(in)).orElseThrow(() -> ApiException.notFound(
                    "a summary of these events (start one with aiSummarizeLogEvents)")));
        });
        root.query("aiInferenceStream", ai, env -> streams.read(env.getArgument("streamId")));
    }

    private static OutputLength length(Input in, OutputLength byDefault) {
        return in.has("outputLength") ? in.enumValue("outputLength", OutputLength.class) : byDefault;
    }

    /** The same events with the same prompt are the same question. */
    private static String cacheKey(Input in) {
        return String.join("\u0000", in.strings("events")) + "\u0001" + in.string("prompt");
    }
}
