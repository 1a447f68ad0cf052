package dev.pantherkernel.magics.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.datalake.result.ResultSink.ResultColumn;
import dev.pantherkernel.magics.datalake.result.ResultSink;
import dev.pantherkernel.magics.duckdb.DuckColumns;
import dev.pantherkernel.magics.duckdb.TableAppender;
import tech.tablesaw.api.Table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Comparator;

/**
 * A file being written a page at a time. Each page goes into a DuckDB database on disk as it arrives (so neither
 * the heap nor DuckDB's memory holds the result); at the end DuckDB writes the file in its format, with the
 * provenance inside (Parquet) or beside it (a {@code .json} sidecar), to a temporary name that is then moved into
 * place, so the target never exists half-written. Rows that stop short are written under a {@code .partial} name.
 */
final class StagedFile implements ResultSink, AutoCloseable {

    private static final String TABLE = "result";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path target;
    private final ExportFormat format;
    private final Path staging;
    private final Connection db;
    private final List<DuckColumns.Spec> columns = new ArrayList<>();
    private TableAppender appender;

    private StagedFile(Path target, ExportFormat format, Path staging, Connection db) {
        this.target = target;
        this.format = format;
        this.staging = staging;
        this.db = db;
    }

    static StagedFile create(Path target) {
        ExportFormat format = ExportFormat.of(target);
        Path absolute = target.toAbsolutePath();
        if (absolute.getParent() != null && !Files.isDirectory(absolute.getParent())) {
            throw new PantherException("--to " + target + ": the directory " + absolute.getParent() + " does not exist");
        }
        try {
            Path dir = Files.createTempDirectory("panther-export");
            Path staging = dir.resolve("staging.duckdb");
            Connection db = DriverManager.getConnection("jdbc:duckdb:" + staging);
            try (Statement s = db.createStatement()) {
                // DuckDB's memory is not the JVM's heap, but it is the machine's: keep it modest, spill to disk
                s.execute("SET memory_limit = '512MB'");
                s.execute("SET threads = 2");
                s.execute("SET TimeZone = 'UTC'");
                s.execute("SET temp_directory = " + DuckColumns.literal(dir.resolve("spill").toString()));
            }
            return new StagedFile(absolute, format, staging, db);
        } catch (IOException | SQLException e) {
            throw new PantherException("could not prepare " + target + ": " + e.getMessage(), e);
        }
    }

    ExportFormat format() {
        return format;
    }

    long rows() {
        return appender == null ? 0 : appender.rows();
    }

    @Override
    public void begin(List<ResultColumn> result) {
        result.forEach(c -> columns.add(new DuckColumns.Spec(c.name(), DuckColumns.typeOf(c.kind()))));
        open();
    }

    /** Columns typed from a table of the session. */
    void begin(Table table) {
        table.columns().forEach(c -> columns.add(new DuckColumns.Spec(c.name(), DuckColumns.typeOf(c))));
        open();
    }

    private void open() {
        try (Statement s = db.createStatement()) {
            s.execute(DuckColumns.createTable(TABLE, columns));
            appender = new TableAppender(db, TABLE);
        } catch (SQLException e) {
            throw new PantherException("could not prepare " + target.getFileName() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void page(Table rows) {
        try {
            appender.append(rows);
        } catch (SQLException | ArithmeticException e) {
            throw new PantherException("writing " + target.getFileName() + " failed after " + rows() + " rows: "
                    + e.getMessage(), e);
        }
    }

    /** Writes the file with every row; returns its path. */
    Path finish(Provenance provenance) {
        return write(target, provenance);
    }

    /** Writes the rows so far under the {@code .partial} name, saying why; returns its path. */
    Path finishPartial(Provenance provenance) {
        return write(format.partial(target), provenance);
    }

    private Path write(Path file, Provenance provenance) {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".writing");
        Path sidecar = file.resolveSibling(file.getFileName() + ".json");
        try {
            if (appender != null) {
                appender.close();
            } else {
                open();
                appender.close();
            }
            Map<String, String> facts = provenance.asText();
            String options = format.copyOptions() + (format.needsSidecar() ? "" : ", KV_METADATA {"
                    + facts.entrySet().stream().map(e -> e.getKey() + ": " + DuckColumns.literal(e.getValue()))
                    .collect(Collectors.joining(", ")) + "}");
            try (Statement s = db.createStatement()) {
                s.execute("COPY " + DuckColumns.quote(TABLE) + " TO " + DuckColumns.literal(temporary.toString())
                        + " (" + options + ")");
            }
            if (format.needsSidecar()) {
                Map<String, Object> side = new LinkedHashMap<>(facts);
                side.put("file", file.getFileName().toString());
                side.put("columns", columns.stream().map(c -> Map.of("name", c.name(), "type", c.type())).toList());
                JSON.writeValue(sidecar.toFile(), side);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (SQLException | IOException e) {
            throw new PantherException("writing " + file.getFileName() + " failed: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // a leftover hidden temporary file is harmless; the error that brought us here matters more
            }
        }
    }

    /** Drops the staging database (the written file, if any, stays). */
    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException ignored) {
            // closing a database we are about to delete
        }
        try (var files = Files.walk(staging.getParent())) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // the temporary directory is left for the OS to clean
        }
    }
}
