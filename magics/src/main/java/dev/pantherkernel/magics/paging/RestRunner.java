package dev.pantherkernel.magics.paging;

import dev.pantherkernel.magics.client.RestRequest;
import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.table.ColumnSelection;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.table.RowSink;

import java.time.Duration;
import java.util.List;

/**
 * Runs a call of Panther's REST API into a table: every page of a list ({@link RestPager}), the rows into the sink
 * the caller chose (the columns a command shows), and the footer and warnings of {@link FetchReport}.
 */
@Internal
public final class RestRunner {

    private final Connection connection;
    private final PageListener listener;

    public RestRunner(Connection connection, PageListener listener) {
        this.connection = connection;
        this.listener = listener;
    }

    /**
     * @param label   what the footer calls the rows ({@code detections})
     * @param limit   at most this many rows (0: all)
     * @param columns only these columns, in this order (empty: all)
     */
    public Result run(RestRequest request, RowSink sink, String label, long limit, List<String> columns) {
        long started = System.nanoTime();
        Fetched fetched = new RestPager(connection.client(), connection.heap()).fetch(request, limit, listener, sink);
        Result.Builder result = Result.newResult(ColumnSelection.keep(sink.table(), columns))
                .operation(label)
                .endpoint(connection.endpoint().uri().getHost())
                .elapsed(Duration.ofNanos(System.nanoTime() - started));
        FetchReport.pageByPage(limit, request.operation()).apply(fetched, result);
        return result.build();
    }
}
