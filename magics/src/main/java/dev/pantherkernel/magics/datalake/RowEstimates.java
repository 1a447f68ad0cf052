package dev.pantherkernel.magics.datalake;

import dev.pantherkernel.magics.datalake.catalog.CatalogTable;
import dev.pantherkernel.magics.datalake.catalog.DataLakeCatalog;
import dev.pantherkernel.magics.datalake.sql.TableName;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.magics.client.AccessDeniedException;
import dev.pantherkernel.magics.client.GraphQLRequest;
import dev.pantherkernel.magics.client.OperationInterruptedException;
import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.core.TimeText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * How many rows a data lake query may give, before it starts: the events its log tables took in its time window, as
 * Panther's metrics count them ({@code eventsProcessedPerLogType}), which Panther keeps anyway. The query's other
 * conditions can only take rows away, so this is at most its row count. One {@code metrics} request answers every log
 * type of a window and is kept for a minute per connection; nothing here ever fails a query: without the permission
 * ({@code SummaryRead}), without the metric, or for tables that are no log type, the estimate is missing and says why
 * in a few words.
 */
final class RowEstimates {

    private static final Logger LOG = LoggerFactory.getLogger(RowEstimates.class);

    /** How long one metrics answer serves queries over the same window. */
    static final Duration KEPT = Duration.ofMinutes(1);

    static final String EVENTS = "query PantherKernelEventsPerLogType($input: MetricsInput!) "
            + "{ metrics(input: $input) { eventsProcessedPerLogType { label value } } }";

    /**
     * The events the tables hold in the window, or why there is no estimate ({@code missing}, a few words).
     *
     * @param events the count; -1 when missing
     */
    record Estimate(long events, String missing) {

        static Estimate missing(String why) {
            return new Estimate(-1, why);
        }

        boolean known() {
            return missing == null;
        }
    }

    /** A metrics answer: events per log type, or why there is none; and when it was fetched. */
    private record Answer(Map<String, Double> perLogType, String missing, Instant fetched) {
    }

    private final Connection connection;
    private final Supplier<Instant> clock;
    private final Map<String, Answer> answers = new HashMap<>();

    RowEstimates(Connection connection, Supplier<Instant> clock) {
        this.connection = connection;
        this.clock = clock;
    }

    /** The estimates of this connection (one per connection: its answers are kept there). */
    static RowEstimates of(Connection connection) {
        return connection.companion(RowEstimates.class, c -> new RowEstimates(c, c.clock()::instant));
    }

    /** The events that {@code tables} (as a query names them, in {@code database} unless qualified) took in [from, to). */
    Estimate events(List<TableName> tables, String database, Instant from, Instant to) {
        Set<String> logTypes = new LinkedHashSet<>();
        try {
            DataLakeCatalog catalog = DataLakeCatalog.of(connection);
            for (TableName name : tables) {
                catalog.table(name, database).map(CatalogTable::logType).filter(t -> !t.isBlank()).ifPresent(logTypes::add);
            }
        } catch (OperationInterruptedException e) {
            throw e;
        } catch (PantherException e) {
            LOG.info("no row estimate: the catalog could not be read: {}", e.getMessage());
            return Estimate.missing("no row estimate (the catalog could not be read)");
        }
        if (logTypes.isEmpty()) {
            return Estimate.missing("no row estimate (no log table)");
        }
        Answer answer = answer(from.truncatedTo(ChronoUnit.MINUTES), ceilingMinute(to));
        if (answer.missing() != null) {
            return Estimate.missing(answer.missing());
        }
        double events = 0;
        for (String logType : logTypes) {
            // a log type the metric does not list took no events in the window
            events += answer.perLogType().getOrDefault(logType.toLowerCase(Locale.ROOT), 0.0);
        }
        return new Estimate(Math.round(events), null);
    }

    private synchronized Answer answer(Instant from, Instant to) {
        String key = from + "/" + to;
        Instant now = clock.get();
        Answer kept = answers.get(key);
        if (kept != null && Duration.between(kept.fetched(), now).compareTo(KEPT) < 0) {
            return kept;
        }
        answers.values().removeIf(a -> Duration.between(a.fetched(), now).compareTo(KEPT) >= 0);
        Answer fresh = fetch(from, to, now);
        answers.put(key, fresh);
        return fresh;
    }

    private Answer fetch(Instant from, Instant to, Instant now) {
        if (!from.isBefore(to)) {
            return new Answer(Map.of(), null, now);
        }
        // intervals of a day (an hour for a day or less): what Panther's own console asks for
        int interval = Duration.between(from, to).compareTo(Duration.ofDays(1)) <= 0 ? 60 : 1440;
        Map<String, Object> input = Map.of("fromDate", TimeText.format(from), "toDate", TimeText.format(to),
                "intervalInMinutes", interval);
        try {
            JsonNode data = connection.client().execute(GraphQLRequest.query("metrics", EVENTS, Map.of("input", input)));
            Map<String, Double> perLogType = new HashMap<>();
            data.path("metrics").path("eventsProcessedPerLogType").forEach(series -> perLogType.merge(
                    series.path("label").asText().toLowerCase(Locale.ROOT), series.path("value").asDouble(), Double::sum));
            return new Answer(perLogType, null, now);
        } catch (OperationInterruptedException e) {
            throw e;
        } catch (AccessDeniedException e) {
            return new Answer(Map.of(), "no row estimate (the token lacks SummaryRead)", now);
        } catch (PantherException e) {
            LOG.info("no row estimate: metrics failed: {}", e.getMessage());
            return new Answer(Map.of(), "no row estimate (metrics unavailable)", now);
        }
    }

    private static Instant ceilingMinute(Instant t) {
        Instant floor = t.truncatedTo(ChronoUnit.MINUTES);
        return floor.equals(t) ? t : floor.plus(1, ChronoUnit.MINUTES);
    }

    /** For tests and the footer: the estimate's words ({@code ~1,700 events in the window}). */
    static String described(long events) {
        return String.format(Locale.ROOT, "~%,d events in the window", events);
    }
}
