package dev.pantherkernel.magics.paging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.client.GraphQLRequest;
import dev.pantherkernel.magics.client.PantherClient;
import dev.pantherkernel.magics.graphql.CursorBinding;
import dev.pantherkernel.magics.graphql.RowTarget;
import dev.pantherkernel.magics.memory.HeapLowException;
import dev.pantherkernel.magics.memory.HeapWatch;
import dev.pantherkernel.magics.table.RowSink;

import java.util.Objects;

/**
 * One paging engine for every Relay-style connection: asks for a page, hands its nodes to the sink, and follows
 * {@code pageInfo.endCursor} while {@code hasNextPage} is true, or until the limit. Lists and single objects are
 * one request. An error after the first page ends fetching but keeps the rows; an interrupt does the same, and so
 * does the heap running low ({@link HeapWatch}) while more pages would come.
 */
@Internal
public final class Pager {

    private final PantherClient client;
    private final HeapWatch heap;

    public Pager(PantherClient client, HeapWatch heap) {
        this.client = client;
        this.heap = heap;
    }

    /** Follows {@code page} into {@code sink}: every page, or until its limit. */
    public Fetched fetch(PageRequest page, RowSink sink) {
        GraphQLRequest first = page.first();
        RowTarget target = page.target();
        CursorBinding paging = page.cursor();
        String pageInfoKey = page.pageInfoKey();
        long limit = page.limit();
        PageListener listener = page.listener();
        GraphQLRequest request = first;
        String cursor = null;
        int pages = 0;
        HeapWatch.Since since = heap.since();
        while (true) {
            GraphQLRequest sent = request;
            PageAnswer asked = PageAnswer.ask(() -> client.execute(sent), first.operation(), pages, sink);
            if (asked.ended() != null) {
                return asked.ended();
            }
            JsonNode data = asked.answer();
            pages++;
            JsonNode at = navigate(data, target);
            boolean cutShort = take(at, target, sink, limit);
            boolean full = limit > 0 && sink.rowCount() >= limit;
            listener.pageFetched(pages, sink.rowCount());
            if (target.shape() != RowTarget.Shape.CONNECTION) {
                return new Fetched(pages, sink.rowCount(), cutShort, false, null);
            }
            JsonNode pageInfo = at == null ? null : at.get(pageInfoKey == null ? "pageInfo" : pageInfoKey);
            boolean hasNext = pageInfo != null && pageInfo.path("hasNextPage").asBoolean(false);
            if (full) {
                return new Fetched(pages, sink.rowCount(), cutShort || hasNext, false, null);
            }
            if (!hasNext || paging == null) {
                return new Fetched(pages, sink.rowCount(), paging == null && hasNext, false, null);
            }
            String next = pageInfo.path("endCursor").asText(null);
            if (next == null || Objects.equals(next, cursor)) {
                return new Fetched(pages, sink.rowCount(), false, false, new PantherException(
                        "the server said there is another page of " + target.dottedPath()
                                + " but gave no new cursor; stopped after " + pages + " pages"));
            }
            var low = since.ranLow();
            if (low.isPresent()) {
                return new Fetched(pages, sink.rowCount(), false, false, new HeapLowException(low.get()));
            }
            cursor = next;
            request = paging.next(first, cursor);
        }
    }

    private static JsonNode navigate(JsonNode data, RowTarget target) {
        JsonNode at = data;
        for (String key : target.path()) {
            at = at == null ? null : at.get(key);
        }
        return at;
    }

    /** Feeds the rows at {@code at} to the sink; true when the limit left some of them out. */
    private static boolean take(JsonNode at, RowTarget target, RowSink sink, long limit) {
        if (at == null || at.isNull()) {
            return false;
        }
        switch (target.shape()) {
            case CONNECTION -> {
                for (JsonNode edge : at.path(target.edgesKey())) {
                    if (limit > 0 && sink.rowCount() >= limit) {
                        return true;
                    }
                    sink.accept(edge.get(target.nodeKey()));
                }
            }
            case LIST, ANY -> {
                if (!at.isArray()) {
                    sink.accept(at);
                    return false;
                }
                for (JsonNode item : at) {
                    if (limit > 0 && sink.rowCount() >= limit) {
                        return true;
                    }
                    sink.accept(item);
                }
            }
            case OBJECT -> sink.accept(at);
        }
        return false;
    }
}
