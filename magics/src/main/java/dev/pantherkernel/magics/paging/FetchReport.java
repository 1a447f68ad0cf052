package dev.pantherkernel.magics.paging;

import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.memory.HeapLowException;
import dev.pantherkernel.magics.table.PartialResultException;
import dev.pantherkernel.magics.table.Result;

import java.util.Locale;
import java.util.function.Function;

/**
 * The one step from how a fetch ended ({@link Fetched}) to what the user is told, for both pagers: GraphQL
 * connections ({@link Pager}, through {@link OperationRunner}) and data lake results ({@code datalake.ResultsPager},
 * through {@code JobReport}). There are two pagers because the wire differs (cursors in a GraphQL selection; results
 * pages of a query id read as a stream), but one contract: the rows fetched are always kept; a result cut at
 * {@code --limit} is truncated and says so; an interrupt or a failure part way makes it partial and says how many
 * rows are there; a failure is then thrown as a {@link PartialResultException} carrying that result. The heap
 * running low ({@link HeapLowException}) is one such failure: the rows so far are kept, and the message says what to
 * do instead. Each pager brings only its words.
 *
 * @param cutShort    the warning when {@code --limit} stopped the fetch
 * @param interrupted the warning when the user interrupted it
 * @param failed      the message when an error stopped it, naming the rows kept
 * @param heapLow     the message when the heap ran low ({@link #heapLow(Fetched, String)} with the pager's advice)
 */
@Internal
public record FetchReport(Function<Fetched, String> cutShort, Function<Fetched, String> interrupted,
                          Function<Fetched, String> failed, Function<Fetched, String> heapLow) {

    /** How much came, why it stopped, and what to do ({@link HeapLowException#report}), for a fetch the heap stopped. */
    public static String heapLow(Fetched fetched, String advice) {
        String pages = String.format(Locale.ROOT, "%d %s (%,d rows)", fetched.pages(), fetched.pages() == 1 ? "page" : "pages",
                fetched.rows());
        return ((HeapLowException) fetched.failure()).report(pages, advice);
    }

    /**
     * The words of a pager that asks for pages one by one (GraphQL connections, REST lists).
     *
     * @param limit the {@code --limit} asked for
     * @param what  names the call in the failure message ({@code GET /rules}), or null
     */
    public static FetchReport pageByPage(long limit, String what) {
        return new FetchReport(
                fetched -> String.format(Locale.ROOT, "stopped at --limit %,d rows; Panther has more", limit),
                fetched -> String.format(Locale.ROOT, "interrupted after %d pages: these are the %,d rows fetched so far",
                        fetched.pages(), fetched.rows()),
                fetched -> fetched.failure().getMessage() + String.format(Locale.ROOT,
                        " (while fetching page %d%s; the %,d rows fetched before are kept)", fetched.pages() + 1,
                        what == null ? "" : " of " + what, fetched.rows()),
                fetched -> heapLow(fetched, "ask for fewer rows (a narrower time window, `--limit N`), "
                        + HeapLowException.MORE_HEAP));
    }

    /**
     * Puts the fetch's pages, flags and warnings on {@code result}.
     *
     * @throws PartialResultException when an error stopped the fetch, with the rows fetched before it
     */
    public Result.Builder apply(Fetched fetched, Result.Builder result) {
        result.pages(fetched.pages())
                .truncated(fetched.truncated())
                // rows cut at --limit are what was asked for, even if an interrupt came at the same page
                .partial(!fetched.complete() && !fetched.truncated());
        if (fetched.truncated()) {
            result.warning(cutShort.apply(fetched));
        }
        if (fetched.interrupted()) {
            result.warning(interrupted.apply(fetched));
        }
        if (fetched.failure() != null) {
            String message = fetched.failure() instanceof HeapLowException ? heapLow.apply(fetched) : failed.apply(fetched);
            throw new PartialResultException(message, result.warning(message).build(), fetched.failure());
        }
        return result;
    }
}
