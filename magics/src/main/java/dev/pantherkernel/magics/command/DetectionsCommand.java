package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.values.AlertType;
import dev.pantherkernel.magics.values.Severity;
import dev.pantherkernel.magics.content.Detections.DetectionFilter;
import dev.pantherkernel.magics.content.DetectionKind;
import dev.pantherkernel.magics.content.Detections;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** {@code %panther detections}: Panther's rules, simple rules, scheduled rules and policies, over its REST API. */
@Command(name = "detections", header = "Panther's detections (rules, scheduled rules, policies): state, severity, log types.",
        description = {
        "Every detection, all pages, one row each: id, name, subtype (the alert subtype it raises: RULE,",
        "SCHEDULED_RULE or POLICY), format (python, or yaml for a simple rule), enabled, severity, log types",
        "(rules), resource types (policies), scheduled queries (scheduled rules), tags. Examples:",
        "  %%panther detections --state disabled",
        "  %%panther detections --subtype RULE --log-type AWS.CloudTrail --severity HIGH,CRITICAL"})
final class DetectionsCommand extends TableCommand {

    @Option(names = "--subtype", completionCandidates = DetectionSubtypes.class, paramLabel = "T", split = ",",
            converter = DetectionSubtypeConverter.class,
            description = "Kinds, by the alerts they raise (as alerts --subtype): RULE, SCHEDULED_RULE, POLICY.")
    List<AlertType> subtypes = new ArrayList<>();

    @Option(names = "--state", paramLabel = "S", completionCandidates = States.class, converter = DetectionStateConverter.class,
            description = "enabled or disabled (default: both).")
    DetectionStateConverter.State state;

    @Option(names = "--severity", completionCandidates = PantherEnums.SeverityNames.class, paramLabel = "S", split = ",",
            description = "INFO, LOW, MEDIUM, HIGH, CRITICAL.")
    List<Severity> severities = new ArrayList<>();

    @Option(names = "--log-type", paramLabel = "T", split = ",", description = "Rules on these log types (AWS.CloudTrail, ...).")
    List<String> logTypes = new ArrayList<>();

    @Option(names = "--tag", paramLabel = "T", split = ",", description = "Detections with any of these tags.")
    List<String> tags = new ArrayList<>();

    @Option(names = "--name-contains", paramLabel = "TEXT", description = "Detections whose name contains TEXT.")
    String nameContains;

    DetectionsCommand(CommandContext context) {
        super(context);
    }

    /** The subtypes that name detections, for completion. */
    static final class DetectionSubtypes implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return DetectionKind.SUBTYPES.stream().map(Enum::name).iterator();
        }
    }

    /** The states a detection can be in, for completion. */
    static final class States implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("enabled", "disabled").iterator();
        }
    }

    @Override
    public Result call() {
        DetectionFilter filter = new DetectionFilter(PantherEnums.given(subtypes), state == null ? null : state.enabled(),
                PantherEnums.given(severities), logTypes, tags, nameContains);
        return context.withProgress("detections", listener -> new Detections(context.connection(), listener)
                .list(filter, table.limit(), table.columns()));
    }
}
