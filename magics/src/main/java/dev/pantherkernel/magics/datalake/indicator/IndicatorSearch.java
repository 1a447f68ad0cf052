package dev.pantherkernel.magics.datalake.indicator;

import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.core.RecentWindow;
import dev.pantherkernel.magics.core.TimeText;
import dev.pantherkernel.magics.datalake.catalog.DataLakeCatalog;
import dev.pantherkernel.magics.datalake.job.DataLakeJob;
import dev.pantherkernel.magics.datalake.job.JobOptions;
import dev.pantherkernel.magics.datalake.job.SqlFailure;
import dev.pantherkernel.magics.datalake.result.DataLakeQueryException;
import dev.pantherkernel.magics.datalake.sql.DerivedSql;
import dev.pantherkernel.magics.datalake.sql.SqlOrigin;
import dev.pantherkernel.magics.graphql.TextPlace;
import dev.pantherkernel.magics.session.NotebookHost;
import dev.pantherkernel.magics.table.ColumnSelection;
import dev.pantherkernel.magics.table.PartialResultException;
import dev.pantherkernel.magics.table.Result;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A search for indicators (IP addresses, user names, emails, hashes, ...) in the {@code p_any_*} columns of every
 * log table, run on the same engine as SQL ({@code executeIndicatorSearchQuery}, then polling and paging). The
 * result is one table; its {@code p_table} column names the table each row came from, its {@code matched} column
 * the searched values the row holds. Immutable, like
 * {@link DataLakeQuery}.
 */
@Internal
public final class IndicatorSearch {

    private final Connection connection;
    private final List<String> indicators;
    private final Instant from;
    private final Instant to;
    private final String kind;
    private final List<String> tables;
    private final List<String> databases;
    private final NotebookHost host;
    private final JobOptions options;

    private IndicatorSearch(Connection connection, List<String> indicators, Instant from, Instant to, String kind,
                            List<String> tables, List<String> databases, NotebookHost host, JobOptions options) {
        this.connection = connection;
        this.indicators = List.copyOf(indicators);
        this.from = from;
        this.to = to;
        this.kind = kind;
        this.tables = List.copyOf(tables);
        this.databases = List.copyOf(databases);
        this.host = host;
        this.options = options;
    }

    /** A search of the last 7 days for any of {@code indicators}, of any kind, in every log table. */
    public static IndicatorSearch of(Connection connection, List<String> indicators) {
        RecentWindow week = RecentWindow.of(null, null, null, connection.clock().instant());
        return new IndicatorSearch(connection, indicators, week.from(), week.to(), "AutoDetectType",
                List.of(), List.of(), NotebookHost.standalone(), JobOptions.defaults());
    }

    /** Events in [from, to). */
    public IndicatorSearch between(Instant start, Instant end) {
        return new IndicatorSearch(connection, indicators, start, end, kind, tables, databases, host, options);
    }

    /** One of {@link IndicatorKind#KINDS}: {@code p_any_ip_addresses} searches only IP addresses, say. */
    public IndicatorSearch kind(String value) {
        return new IndicatorSearch(connection, indicators, from, to, value, tables, databases, host, options);
    }

    /** Only these tables (bare names, {@code aws_cloudtrail}); all log tables when empty. */
    public IndicatorSearch tables(List<String> value) {
        return new IndicatorSearch(connection, indicators, from, to, kind, value, databases, host, options);
    }

    /** Only these databases; Panther's default ({@code panther_logs}) when empty. */
    public IndicatorSearch databases(List<String> value) {
        return new IndicatorSearch(connection, indicators, from, to, kind, tables, value, host, options);
    }

    public IndicatorSearch host(NotebookHost value) {
        return new IndicatorSearch(connection, indicators, from, to, kind, tables, databases, value, options);
    }

    public IndicatorSearch options(JobOptions value) {
        return new IndicatorSearch(connection, indicators, from, to, kind, tables, databases, host, value);
    }

    /**
     * Every event found, with a {@code matched} column first naming the searched values each holds; {@code --columns}
     * may name it. When Panther's query fails, the error quotes the SQL Panther generated for it.
     */
    public Result fetch() {
        try {
            return matched(new DataLakeJob(connection, host, options.withColumns(List.of())).indicatorSearch(input()));
        } catch (PartialResultException partial) {
            throw new PartialResultException(partial.getMessage(), matched(partial.result()), partial.getCause());
        } catch (DataLakeQueryException e) {
            if (e.sql() == null || e.sql().isBlank()) {
                throw e;
            }
            SqlOrigin origin = SqlOrigin.generated("the search's SQL", "generated by Panther for " + options(), null);
            throw SqlFailure.placed(e, new SqlFailure.Sent(DerivedSql.original(e.sql()), origin, TextPlace.TEXT, null));
        }
    }

    private Result matched(Result found) {
        return found.withTable(ColumnSelection.keep(MatchedIndicators.added(found.table(), indicators, kind),
                options.columns()));
    }

    /** The search as the command line gives it: {@code search 203.0.113.9 --kind p_any_ip_addresses --from .. --to ..}. */
    private String options() {
        StringBuilder out = new StringBuilder("search ").append(String.join(" ", indicators));
        if (!kind.equals("AutoDetectType")) {
            out.append(" --kind ").append(kind);
        }
        if (!tables.isEmpty()) {
            out.append(" --tables ").append(String.join(",", tables));
        }
        return out.append(" --from ").append(TimeText.format(from)).append(" --to ").append(TimeText.format(to)).toString();
    }

    Map<String, Object> input() {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("indicators", indicators);
        input.put("startTime", TimeText.format(from));
        input.put("endTime", TimeText.format(to));
        input.put("indicatorName", kind);
        if (!tables.isEmpty()) {
            input.put("tables", tables);
        }
        if (!databases.isEmpty()) {
            DataLakeCatalog catalog = DataLakeCatalog.of(connection);
            input.put("databases", databases.stream().map(catalog::serverName).toList());
        }
        return input;
    }
}
