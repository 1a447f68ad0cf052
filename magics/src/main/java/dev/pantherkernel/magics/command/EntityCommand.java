package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.core.RecentWindow;
import dev.pantherkernel.magics.core.TimeText;
import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.datalake.indicator.IndicatorKind;
import dev.pantherkernel.magics.datalake.job.JobOptions;
import dev.pantherkernel.magics.entity.EntityLookup;
import dev.pantherkernel.magics.entity.EntityReport;
import dev.pantherkernel.magics.entity.EntityRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code %panther entity [KIND] VALUE}: everything about one IP address, user, email, key, ... in one step. */
@Command(name = "entity", header = "Everything about an IP, user, email, key, ...: log types, related entities, links, alerts, enrichment, timeline.",
        description = {
        "Everything the data lake knows of one entity, over the last 7 days unless --since or",
        "--from/--to say otherwise: a summary line (first and last seen, events, log types); a table",
        "per log type (events, first and last seen, top actions); related entities (the IPs, users,",
        "emails, ARNs, keys, countries and user agents seen with it, each with the command that",
        "profiles it in turn); suggested links to the same person's likely identities in other logs,",
        "with the reason (never as facts); the alerts whose events name it (panther_rule_matches),",
        "with severity and status; enrichment from panther_lookups where present (country, ASN, Tor",
        "exit, threat intelligence); and a timeline of its events by log type.",
        "One data lake query per table family (log tables, rule matches, lookup tables), sent side by",
        "side, and one GraphQL request for the alerts; the footer lists them, --show-sql shows the SQL.",
        "The kind is guessed from the value as search reads it (an IP, an email, an ARN, ...; a dotted",
        "name as a domain and a user name; otherwise a user name) unless a KIND word before the value",
        "or --kind names it: %%panther entity ip 203.0.113.9.",
        "--as NAME binds the whole report: NAME.logTypes(), NAME.related(), NAME.links(),",
        "NAME.alerts(), NAME.enrichment() and NAME.events() are Tables."})
final class EntityCommand implements Callable<EntityReport> {

    private final CommandContext context;

    @Parameters(arity = "1..2", paramLabel = "[KIND] VALUE", description = "The value, after an optional kind: ip, email, "
            + "user, domain, arn, account, instance, key, actor, tag, mac, serial, md5, sha1, sha256 or a p_any_* name.")
    List<String> words = new ArrayList<>();

    @Option(names = "--kind", paramLabel = "K", description = "What the value is (the words of search --kind); default: guessed from the value.")
    String kind;

    @Mixin
    TimeWindowOptions window = new TimeWindowOptions();

    @Option(names = "--show-sql", description = "Show the SQL of each query under the report.")
    boolean showSql;

    @Option(names = "--as", paramLabel = "NAME", converter = JavaNameConverter.class,
            description = "Also bind the report to the Java variable NAME (its sections are Tables).")
    String as;

    @Mixin
    TimeoutOptions timeout = new TimeoutOptions();

    EntityCommand(CommandContext context) {
        this.context = context;
    }

    String as() {
        return as;
    }

    @Override
    public EntityReport call() {
        EntityRequest request = request();
        return EntityLookup.of(context.connection(), request).host(context.host()).showSql(showSql)
                .options(JobOptions.defaults().withTimeout(timeout.timeout())).fetch();
    }

    EntityRequest request() {
        String value = words.get(words.size() - 1);
        if (value.isBlank()) {
            throw new UsageException("entity: the value is empty; give an IP address, user, email, ... (`%panther help entity`)");
        }
        List<String> families = families(value);
        RecentWindow searched = window.window(context.clock(), "the profile");
        if (!searched.from().isBefore(searched.to())) {
            throw new UsageException("the profile's window is empty: " + TimeText.format(searched.from()) + " is not before "
                    + TimeText.format(searched.to()));
        }
        return new EntityRequest(value, families, searched.from(), searched.to());
    }

    /** The p_any_ families: the KIND word or --kind (not both), else the guess from the value. */
    private List<String> families(String value) {
        String written = words.size() == 2 ? words.get(0) : null;
        if (written != null && kind != null) {
            throw new UsageException("entity: the kind is given twice ('" + written + "' and --kind " + kind + "); give one");
        }
        return IndicatorKind.entityFamilies(written != null ? "KIND" : "--kind", written != null ? written : kind, value);
    }
}
