package dev.pantherkernel.magics.local;

import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.datalake.sql.SqlFacts;
import dev.pantherkernel.magics.duckdb.DuckColumns;
import dev.pantherkernel.magics.duckdb.TableAppender;
import dev.pantherkernel.magics.memory.HeapLowException;
import dev.pantherkernel.magics.memory.HeapWatch;
import dev.pantherkernel.magics.table.PartialResultException;
import dev.pantherkernel.magics.table.Result;
import tech.tablesaw.api.Table;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.Locale;

/**
 * SQL over what came back, in an embedded DuckDB: each table the statement names that is a Java variable holding a
 * Table (or a Result) is copied in under that name, and files are read where the SQL names them
 * ({@code FROM 'hunt.parquet'}). The database lives for one statement; the answer is a typed table. An answer
 * bigger than the kernel's heap stops when the heap runs low ({@link HeapWatch}) or has no room for the next chunk
 * ({@link AnswerRoom}): the rows read so far are a partial result (DuckDB's own memory is outside the heap).
 */
@Internal
public final class LocalSql {

    private final Function<String, Optional<Object>> variables;
    private final HeapWatch heap;

    public LocalSql(Function<String, Optional<Object>> variables, HeapWatch heap) {
        this.variables = variables;
        this.heap = heap;
    }

    /** @param limit the most rows to keep; 0 for all (the result says when it stopped there) */
    public Result run(String sql, String label, long limit) {
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement s = db.createStatement()) {
                s.execute("SET TimeZone = 'UTC'");
                s.execute("SET threads = 2");
            }
            List<String> loaded = new ArrayList<>();
            for (String name : SqlFacts.of(sql).plainTableNames()) {
                Optional<Table> table = variables.apply(name).map(LocalSql::tableOf);
                if (table.isPresent()) {
                    load(db, name, table.get());
                    loaded.add(name + " (" + String.format(Locale.ROOT, "%,d", table.get().rowCount()) + " rows)");
                }
            }
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                AnswerRoom room = AnswerRoom.onThisThread(heap);
                Table answer = ResultSetTable.read(rs, label, limit, room);
                // a stopped read is taken as partial without asking for the next row: that may build the next chunk,
                // the allocation the stop was for (an answer of a multiple of 1,024 rows may be called partial)
                Optional<HeapLowException> stopped = room.stopped();
                boolean more = stopped.isEmpty() && limit > 0 && answer.rowCount() == limit && rs.next();
                Result.Builder result = Result.newResult(answer).operation("local").truncated(more).partial(stopped.isPresent())
                        .elapsed(Duration.ofNanos(System.nanoTime() - started));
                if (more) {
                    result.warning(String.format(Locale.ROOT, "stopped at --limit %,d rows; the query has more", limit));
                }
                if (!loaded.isEmpty()) {
                    result.detail("from " + String.join(", ", loaded));
                }
                if (stopped.isPresent()) {
                    HeapLowException reason = stopped.get();
                    String message = reason.report(String.format(Locale.ROOT, "%,d rows",
                            answer.rowCount()), "write the answer to a file in DuckDB (`COPY (SELECT ...) TO 'out.parquet'`), "
                            + "add `--limit N` or a narrower WHERE, " + HeapLowException.MORE_HEAP);
                    throw new PartialResultException(message, result.warning(message).build(), reason);
                }
                return result.build();
            }
        } catch (SQLException e) {
            throw new PantherException("local SQL failed: " + firstLine(e.getMessage()), e);
        }
    }

    private static Table tableOf(Object value) {
        return value instanceof Result r ? r.table() : value instanceof Table t ? t : null;
    }

    private static void load(Connection db, String name, Table table) throws SQLException {
        List<DuckColumns.Spec> columns = new ArrayList<>();
        table.columns().forEach(c -> columns.add(new DuckColumns.Spec(c.name(), DuckColumns.typeOf(c))));
        try (Statement s = db.createStatement()) {
            s.execute(DuckColumns.createTable(name, columns));
        }
        try (TableAppender appender = new TableAppender(db, name)) {
            appender.append(table);
        }
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int newline = text.indexOf('\n');
        // DuckDB's messages put the error on the first line and the caret picture after: keep both compact
        return newline < 0 ? text : text.substring(0, newline) + " " + text.substring(newline + 1).replaceAll("\\s+", " ");
    }
}
