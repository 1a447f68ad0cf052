package dev.pantherkernel.emulator.datalake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The case of result column names. Snowflake returns an unquoted identifier upper-cased ({@code eventName} comes
 * back as {@code EVENTNAME}); DuckDB keeps it as written. {@link #UPPER} renames a finished result's columns the
 * Snowflake way: the order, the types and the keys of every row. It upper-cases quoted names too, which Snowflake
 * would keep: the emulator does not tell them apart.
 */
public enum ResultCase {
    /** Column names as the query wrote them (DuckDB's behaviour). */
    AS_WRITTEN,
    /** Column names upper-cased, as Snowflake returns unquoted identifiers. */
    UPPER;

    private static final JsonFactory JSON = new JsonFactory();
    /** Rows renamed at a time: a page's worth, read from the result's file in one piece. */
    private static final int BATCH = 1000;

    QueryResults apply(QueryResults results) {
        if (this == AS_WRITTEN) {
            return results;
        }
        List<String> order = results.order().stream().map(ResultCase::upper).toList();
        Map<String, String> types = new LinkedHashMap<>();
        results.types().forEach((name, type) -> types.putIfAbsent(upper(name), type));
        try (ResultRows.Writer rows = ResultRows.writer(); results) {
            int size = results.rows().size();
            for (int from = 0; from < size; from += BATCH) {
                results.rows().get(from, Math.min(size, from + BATCH)).forEach(row -> rows.add(upperKeys(row)));
            }
            return new QueryResults(order, types, rows.finish(), results.bytes(), results.executionMillis());
        }
    }

    private static String upper(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    /** The row with its top-level keys upper-cased; nested objects keep their keys, as Snowflake's VARIANTs do. */
    private static RawValue upperKeys(RawValue row) {
        ByteArrayBuilder buffer = new ByteArrayBuilder(256);
        try (JsonParser in = JSON.createParser(row.rawValue().toString());
             JsonGenerator out = JSON.createGenerator(buffer)) {
            int depth = 0;
            for (JsonToken token = in.nextToken(); token != null; token = in.nextToken()) {
                if (token == JsonToken.FIELD_NAME && depth == 1) {
                    out.writeFieldName(upper(in.currentName()));
                    continue;
                }
                if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd()) {
                    depth--;
                }
                out.copyCurrentEvent(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RawValue(new JsonText(buffer.toByteArray()));
    }
}
