package dev.pantherkernel.magics.paging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.magics.client.OperationInterruptedException;
import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.table.RowSink;

import java.util.function.Supplier;

/**
 * What asking for the next page gave a pager ({@link Pager}, {@link RestPager}): its answer, or the end of the run
 * when the request failed or was interrupted after some pages, which keeps the rows fetched. Before the first page
 * the failure is thrown: there is nothing to keep.
 *
 * @param answer the page; null when the run ended
 * @param ended  how the run ended; null when there is an answer
 */
record PageAnswer(JsonNode answer, Fetched ended) {

    static PageAnswer ask(Supplier<JsonNode> send, String operation, int pagesSoFar, RowSink sink) {
        try {
            if (Thread.currentThread().isInterrupted()) {
                throw new OperationInterruptedException(operation);
            }
            return new PageAnswer(send.get(), null);
        } catch (OperationInterruptedException e) {
            if (pagesSoFar == 0) {
                throw e;
            }
            return new PageAnswer(null, new Fetched(pagesSoFar, sink.rowCount(), false, true, null));
        } catch (PantherException e) {
            if (pagesSoFar == 0) {
                throw e;
            }
            return new PageAnswer(null, new Fetched(pagesSoFar, sink.rowCount(), false, false, e));
        }
    }
}
