package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.redact.RedactedKind;
import dev.pantherkernel.magics.redact.Redaction;
import dev.pantherkernel.magics.redact.RedactionSettings;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code %panther redact}: from now on every table, chart, export and message of the session shows consistent
 * pseudonyms instead of emails, IPs, user names and ARNs (and every value of the columns named), so that a notebook can
 * be shared outside the team; a pseudonym put back into a query still finds the original in Panther.
 */
@Command(name = "redact", header = "Show pseudonyms instead of emails, IPs, user names and ARNs, to share a notebook.",
        description = {
        "From now on every table, chart, export and message shows consistent pseudonyms instead of",
        "the values: the same value always reads the same (user-3f9a1c2b7d04@redacted.example,",
        "ip-...redacted, name-...redacted, arn:redacted:...), so joins still match, and a pseudonym",
        "used in a query ({ip}, search, --where) is sent to Panther as the original. The key and the",
        "originals stay in this kernel's memory. Without options it turns redaction on for every kind",
        "(if it was off) and shows what it replaces. Tables made before keep their values.",
        "Examples:",
        "  %%panther redact",
        "  %%panther redact --kinds email,ip --columns hostname",
        "  %%panther redact --off"})
final class RedactCommand implements Callable<Result>, KeepsPseudonyms {

    private final CommandContext context;

    @Option(names = "--kinds", split = ",", paramLabel = "K,K",
            description = "What to replace: ${COMPLETION-CANDIDATES} (default: all of them).")
    List<RedactedKind> kinds = new ArrayList<>();

    @Option(names = "--columns", split = ",", paramLabel = "C,C",
            description = "Also replace every value of these columns or JSON fields (any case; a.b or b).")
    List<String> columns = new ArrayList<>();

    @Option(names = "--off", description = "Show values as they are from now on (pseudonyms shown stay pseudonyms).")
    boolean off;

    RedactCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Result call() {
        Redaction redaction = context.session().redaction();
        if (off) {
            if (!kinds.isEmpty() || !columns.isEmpty()) {
                throw new UsageException("redact --off takes no --kinds or --columns: it turns redaction off");
            }
            redaction.use(RedactionSettings.off());
            return Result.newResult(redaction.settings().table()).operation("redact")
                    .detail("redaction off: values from now on are shown as they are; pseudonyms already shown stay, "
                            + "and in a query still stand for their originals")
                    .build();
        }
        RedactionSettings now = redaction.settings();
        boolean bare = kinds.isEmpty() && columns.isEmpty();
        if (!bare || !now.on()) {
            Set<RedactedKind> chosen = kinds.isEmpty() ? EnumSet.allOf(RedactedKind.class) : EnumSet.copyOf(kinds);
            redaction.use(new RedactionSettings(true, chosen, columns.stream().map(String::strip).filter(c -> !c.isEmpty()).toList()));
        }
        return Result.newResult(redaction.settings().table()).operation("redact")
                .detail("redaction on: " + redaction.settings().describe())
                .detail("tables and charts made before keep their values; `%panther redact --off` stops")
                .redaction("consistent pseudonyms; the original values stay in this kernel")
                .build();
    }
}
