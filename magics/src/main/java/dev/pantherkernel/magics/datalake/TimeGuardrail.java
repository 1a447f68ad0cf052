package dev.pantherkernel.magics.datalake;

import dev.pantherkernel.magics.client.OperationInterruptedException;
import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.datalake.catalog.CatalogTable;
import dev.pantherkernel.magics.datalake.catalog.DataLakeCatalog;
import dev.pantherkernel.magics.datalake.sql.SqlFacts;
import dev.pantherkernel.magics.datalake.sql.TableName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Notices a query that reads a log table with no time filter, which makes the data lake scan the whole table. A log
 * table is one the catalog lists with {@code p_event_time}; a time filter is what {@link SqlFacts#hasTimeFilter()}
 * finds. The query still runs: this only says so, and how to narrow it. When the catalog cannot be read, it stays
 * silent rather than guess.
 */
final class TimeGuardrail {

    private static final Logger LOG = LoggerFactory.getLogger(TimeGuardrail.class);

    private TimeGuardrail() {
    }

    static Optional<String> check(SqlFacts facts, String database, DataLakeCatalog catalog) {
        if (facts.hasTimeFilter() || facts.tables().isEmpty()) {
            return Optional.empty();
        }
        List<String> logTables = new ArrayList<>();
        try {
            for (TableName name : facts.tables()) {
                catalog.table(name, database).filter(CatalogTable::isLogTable)
                        .ifPresent(table -> logTables.add(table.qualifiedName()));
            }
        } catch (OperationInterruptedException e) {
            throw e;
        } catch (PantherException e) {
            LOG.info("no time-filter check: the catalog could not be read: {}", e.getMessage());
            return Optional.empty();
        }
        if (logTables.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("no time filter on " + String.join(", ", logTables) + ": the query scans "
                + (logTables.size() == 1 ? "the whole table" : "these tables whole")
                + "; add WHERE p_occurs_since('1 day') (or another p_occurs_* macro, or a p_event_time condition)");
    }
}
