package dev.pantherkernel.magics.datalake.result;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.pantherkernel.magics.client.GraphQLErrors;
import dev.pantherkernel.magics.client.ReplyReader;
import dev.pantherkernel.magics.core.PantherException;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads one results page from the reply body as a stream: each row goes from the parser straight into the page's
 * typed column chunks, so no JSON tree of the rows is ever built. The small parts (errors, column info, stats,
 * page info) are read as trees. Nothing outlives a body that breaks off: the page is returned only when complete.
 * Only the next page's cursor is told early (to {@link NextPage}, as soon as {@code pageInfo} is read, before the
 * rows), so that the next page can be requested while this one is still being read.
 */
final class ResultsPageReader implements ReplyReader<ResultsPage> {

    /** Hears of a next page as soon as this page's {@code pageInfo} says there is one, before its rows are read. */
    @FunctionalInterface
    public interface NextPage {
        void startsAt(String cursor);
    }

    /** Numbers with many digits (a division's result) are common in results: the fast parser reads them. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();

    private final String queryId;
    private final ColumnLayout known;
    private final long firstRow;
    private final NextPage nextPage;
    private final TextDictionaries dictionaries;

    /**
     * A page read on its own (its texts into dictionaries of its own).
     *
     * @param known    the columns from an earlier page, or null for the first page
     * @param firstRow the number of rows before this page, for errors that name a row
     */
    public ResultsPageReader(String queryId, ColumnLayout known, long firstRow) {
        this(queryId, known, firstRow, cursor -> { }, new TextDictionaries());
    }

    /**
     * @param nextPage     told of the next page's cursor early: only when tryAgain came before and was false
     * @param dictionaries where the texts go: the result's, shared with its other pages
     */
    public ResultsPageReader(String queryId, ColumnLayout known, long firstRow, NextPage nextPage, TextDictionaries dictionaries) {
        this.queryId = queryId;
        this.known = known;
        this.firstRow = firstRow;
        this.nextPage = nextPage;
        this.dictionaries = dictionaries;
    }

    @Override
    public ResultsPage read(InputStream body) throws IOException {
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new JsonParseException(parser, "the reply is not a JSON object");
            }
            Query query = null;
            JsonNode errors = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("data") && parser.currentToken() == JsonToken.START_OBJECT) {
                    query = data(parser);
                } else if (field.equals("errors")) {
                    errors = parser.readValueAsTree();
                } else {
                    parser.skipChildren();
                }
            }
            GraphQLErrors.throwIfAny("dataLakeQuery", errors);
            if (query == null) {
                throw new IOException("the reply has neither data nor errors");
            }
            return query.page();
        }
    }

    private Query data(JsonParser parser) throws IOException {
        Query query = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if (field.equals("dataLakeQuery") && parser.currentToken() == JsonToken.START_OBJECT) {
                query = query(parser);
            } else {
                parser.skipChildren();
            }
        }
        return query;
    }

    private Query query(JsonParser parser) throws IOException {
        Query query = new Query();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "status" -> query.status = parser.getValueAsString();
                case "message" -> query.message = parser.getValueAsString();
                case "results" -> {
                    if (parser.currentToken() == JsonToken.START_OBJECT) {
                        query.page = results(parser);
                    }
                }
                default -> parser.skipChildren();
            }
        }
        return query;
    }

    private ResultsPage results(JsonParser parser) throws IOException {
        boolean tryAgain = false;
        boolean ready = false;
        ColumnLayout layout = known;
        ResultStats stats = ResultStats.NONE;
        boolean hasNext = false;
        String endCursor = null;
        PageRows rows = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "tryAgain" -> {
                    tryAgain = parser.getValueAsBoolean();
                    ready = !tryAgain;
                }
                case "columnInfo" -> layout = layout(parser.readValueAsTree());
                case "stats" -> stats = ResultStats.of(parser.readValueAsTree());
                case "pageInfo" -> {
                    JsonNode info = parser.readValueAsTree();
                    hasNext = info.path("hasNextPage").asBoolean(false);
                    endCursor = info.path("endCursor").isTextual() ? info.path("endCursor").asText() : null;
                    if (ready && hasNext && endCursor != null) {
                        nextPage.startsAt(endCursor);
                    }
                }
                case "edges" -> rows = edges(parser, layout);
                default -> parser.skipChildren();
            }
        }
        if (layout == null) {
            throw new PantherException("the results of query " + queryId + " came without columnInfo; "
                    + "the kernel cannot tell the columns' types");
        }
        return new ResultsPage(tryAgain, stats, hasNext, endCursor, rows == null || tryAgain ? PageRows.empty(layout) : rows);
    }

    private ColumnLayout layout(JsonNode columnInfo) {
        ColumnLayout layout = ColumnLayout.of(columnInfo);
        if (known != null && !known.sameAs(layout)) {
            throw new PantherException("the columns of query " + queryId + " changed between pages (from " + known
                    + " to " + layout + "); run the query again");
        }
        return layout;
    }

    private PageRows edges(JsonParser parser, ColumnLayout layout) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return null;
        }
        if (layout == null) {
            throw new PantherException("the results of query " + queryId + " list rows before columnInfo; "
                    + "the kernel needs the column types first");
        }
        synchronized (dictionaries) {
            PageRows rows = new PageRows(layout, ResultsOperation.PAGE_SIZE, dictionaries, firstRow);
            for (JsonToken edge = parser.nextToken(); edge != JsonToken.END_ARRAY; edge = parser.nextToken()) {
                if (edge != JsonToken.START_OBJECT) {
                    parser.skipChildren();
                    continue;
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    parser.nextToken();
                    if (field.equals("node")) {
                        rows.readRow(parser, firstRow + rows.size());
                    } else {
                        parser.skipChildren();
                    }
                }
            }
            return rows;
        }
    }

    /** What the reply said of the query, until the errors have been looked at. */
    private final class Query {
        String status;
        String message;
        ResultsPage page;

        ResultsPage page() {
            if (page != null) {
                return page;
            }
            throw new DataLakeQueryException(queryId, "query " + queryId + " has no results to page: it is "
                    + (status == null ? "in an unknown state" : status) + (message == null || message.isBlank() ? ""
                    : " (" + message.strip() + ")") + "; `%panther queries` shows how it ended");
        }
    }
}
