package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.content.Detections;
import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.paging.PageListener;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code %panther detection ID [--enable|--disable]}: one detection, whatever its kind, or switching it on or off. */
@Command(name = "detection", header = "One detection, or switching it on or off.", description = {
        "One detection by its id, whatever its kind (rule, simple rule, scheduled rule, policy). --enable or",
        "--disable changes it: sent once, never retried, its tests not run again; the result shows it after.",
        "--dry-run shows what would change and changes nothing."})
final class DetectionCommand extends TableCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "The detection's id (AWS.Root.Login, say).")
    String id;

    @ArgGroup(exclusive = true)
    Switch change;

    static final class Switch {
        @Option(names = "--enable", description = "Switch it on.")
        boolean enable;

        @Option(names = "--disable", description = "Switch it off: it raises no alerts until enabled again.")
        boolean disable;
    }

    @Option(names = "--dry-run", description = "With --enable or --disable: show the detection and what would change; change nothing.")
    boolean dryRun;

    DetectionCommand(CommandContext context) {
        super(context);
    }

    @Override
    public Result call() {
        Detections detections = new Detections(context.connection(), PageListener.NONE);
        Detections.Found found = detections.find(id).orElseThrow(() -> new UsageException("no detection '" + id
                + "': ids are case-sensitive; %panther detections --name-contains TEXT finds one by its name"));
        if (change == null) {
            if (dryRun) {
                throw new UsageException("--dry-run goes with a change (--enable or --disable)");
            }
            return detections.show(found, table.columns());
        }
        boolean enable = change.enable;
        if (found.detection().path("enabled").asBoolean(!enable) == enable) {
            return detections.show(found, table.columns()).transform(b -> b
                    .detail("unchanged: " + Detections.describe(found) + " is already " + (enable ? "enabled" : "disabled")));
        }
        if (dryRun) {
            return detections.show(found, table.columns()).transform(b -> b.detail("dry run: would have "
                    + (enable ? "enabled " : "disabled ") + Detections.describe(found) + "; nothing was changed"));
        }
        Detections.Found after = detections.setEnabled(found, enable);
        return detections.show(after, table.columns()).transform(b -> b
                .detail("changed: " + (enable ? "enabled " : "disabled ") + Detections.describe(after)));
    }
}
