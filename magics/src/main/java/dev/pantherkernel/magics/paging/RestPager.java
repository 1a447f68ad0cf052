package dev.pantherkernel.magics.paging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.magics.client.PantherClient;
import dev.pantherkernel.magics.client.RestRequest;
import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.memory.HeapLowException;
import dev.pantherkernel.magics.memory.HeapWatch;
import dev.pantherkernel.magics.table.RowSink;

import java.util.Objects;

/**
 * Pages a list of Panther's REST API: each answer holds its rows in {@code results} and the next page's cursor in
 * {@code next} (absent or null on the last page), sent back as the {@code cursor} parameter. An answer without
 * {@code results} is one row (a single detection, say). Same contract as {@link Pager}: the rows fetched stay in the
 * sink when a later page fails, the user interrupts or the heap runs low.
 */
@Internal
public final class RestPager {

    static final String ROWS = "results";
    static final String NEXT = "next";
    static final String CURSOR = "cursor";

    private final PantherClient client;
    private final HeapWatch heap;

    public RestPager(PantherClient client, HeapWatch heap) {
        this.client = client;
        this.heap = heap;
    }

    /** Every page of {@code first} into {@code sink}, or until {@code limit} rows (0: no limit). */
    public Fetched fetch(RestRequest first, long limit, PageListener listener, RowSink sink) {
        RestRequest request = first;
        String cursor = null;
        int pages = 0;
        HeapWatch.Since since = heap.since();
        while (true) {
            RestRequest sent = request;
            PageAnswer asked = PageAnswer.ask(() -> client.rest(sent), first.operation(), pages, sink);
            if (asked.ended() != null) {
                return asked.ended();
            }
            JsonNode answer = asked.answer();
            pages++;
            JsonNode rows = answer.get(ROWS);
            if (rows == null || !rows.isArray()) {
                if (!answer.isMissingNode()) {
                    sink.accept(answer);
                }
                listener.pageFetched(pages, sink.rowCount());
                return new Fetched(pages, sink.rowCount(), false, false, null);
            }
            boolean cutShort = false;
            for (JsonNode row : rows) {
                if (limit > 0 && sink.rowCount() >= limit) {
                    cutShort = true;
                    break;
                }
                sink.accept(row);
            }
            listener.pageFetched(pages, sink.rowCount());
            String next = answer.path(NEXT).isTextual() ? answer.path(NEXT).asText() : null;
            boolean hasNext = next != null && !next.isEmpty();
            if (cutShort || (limit > 0 && sink.rowCount() >= limit)) {
                return new Fetched(pages, sink.rowCount(), cutShort || hasNext, false, null);
            }
            if (!hasNext) {
                return new Fetched(pages, sink.rowCount(), false, false, null);
            }
            if (Objects.equals(next, cursor)) {
                return new Fetched(pages, sink.rowCount(), false, false, new PantherException(
                        first.operation() + ": the server gave the same cursor twice; stopped after " + pages + " pages"));
            }
            var low = since.ranLow();
            if (low.isPresent()) {
                return new Fetched(pages, sink.rowCount(), false, false, new HeapLowException(low.get()));
            }
            cursor = next;
            request = first.query(CURSOR, cursor);
        }
    }
}
