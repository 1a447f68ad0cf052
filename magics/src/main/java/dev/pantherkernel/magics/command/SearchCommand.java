package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.core.RecentWindow;
import dev.pantherkernel.magics.core.TimeText;
import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.datalake.indicator.IndicatorKind;
import dev.pantherkernel.magics.datalake.indicator.IndicatorSearch;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@code %panther search VALUE...}: where indicators (IPs, users, emails, hashes) appear across the log tables. */
@Command(name = "search", header = "Search every log table for indicators (IPs, user names, emails, domains, ...).", description = {
        "Search every log table for indicators (IP addresses, user names, emails, domains,",
        "hashes, ...) in their p_any_* columns, over the last 7 days unless --since or --from/--to",
        "say otherwise. One table of events; its p_table column names the table each came from, and",
        "its matched column which of the values the event holds."})
final class SearchCommand extends TableCommand {

    @Parameters(arity = "1..*", paramLabel = "VALUE", description = "The indicators to look for.")
    List<String> values = new ArrayList<>();

    @Mixin
    TimeWindowOptions window = new TimeWindowOptions();

    @Option(names = "--kind", paramLabel = "K", defaultValue = "AutoDetectType", description = {
            "What the values are: AutoDetectType (default), p_any_ip_addresses,",
            "p_any_usernames, p_any_emails, p_any_domain_names, p_any_sha256_hashes, ...,",
            "or TextSearch (anywhere in the event); the short words ip, email, user, domain, arn,",
            "account, instance, key, actor, tag, mac, serial, md5, sha1, sha256 name the same families."})
    String kind;

    @Option(names = "--tables", paramLabel = "T,T", split = ",", description = "Only these tables (aws_cloudtrail, ...).")
    List<String> tables = new ArrayList<>();

    @Option(names = "--databases", paramLabel = "DB,DB", split = ",", description = "Only these databases (default panther_logs).")
    List<String> databases = new ArrayList<>();

    @Mixin
    TimeoutOptions timeout = new TimeoutOptions();

    SearchCommand(CommandContext context) {
        super(context);
    }


    @Override
    public Result call() {
        RecentWindow searched = window.window(context.clock(), "the search");
        Instant start = searched.from();
        Instant end = searched.to();
        if (!start.isBefore(end)) {
            throw new UsageException("the search window is empty: " + TimeText.format(start) + " is not before "
                    + TimeText.format(end));
        }
        Result found = IndicatorSearch.of(context.connection(), values).between(start, end).kind(checkedKind())
                .tables(tables).databases(databases).host(context.host())
                .options(SqlCommand.jobOptions(timeout, table)).fetch();
        return found.transform(b -> b.detail(searched.footer(found.table().rowCount(), "events")));
    }

    private String checkedKind() {
        return IndicatorKind.parse("--kind", kind, "search");
    }
}
