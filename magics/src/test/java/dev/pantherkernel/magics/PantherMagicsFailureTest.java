package dev.pantherkernel.magics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.table.PartialResultException;
import dev.pantherkernel.magics.table.Result;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** What a host learns from {@link PantherMagics} about an error, without knowing the library's exception types. */
class PantherMagicsFailureTest {

    @Test
    void aLibraryErrorIsReportedWithItsNameMessageAndDetailLines() {
        PantherMagics.Failure failure = PantherMagics.failure(
                new PantherException("line 2: unknown field 'sevrity'", List.of("  sevrity", "  ^^^^^^^"))).orElseThrow();

        assertThat(failure.kind()).isEqualTo("PantherException");
        assertThat(failure.message()).isEqualTo("line 2: unknown field 'sevrity'");
        assertThat(failure.details()).containsExactly("  sevrity", "  ^^^^^^^");
        assertThat(failure.kept()).isEmpty();
    }

    @Test
    void aUsageErrorKeepsItsOwnName() {
        assertThat(PantherMagics.failure(new UsageException("unknown option '--sinse'")).orElseThrow().kind())
                .isEqualTo("UsageException");
    }

    @Test
    void aFetchStoppedPartWayHandsBackTheRowsItKept() {
        Result kept = Result.newResult(Table.create("alerts")).partial(true).build();

        PantherMagics.Failure failure = PantherMagics.failure(
                new PartialResultException("page 3 failed: 502", kept, null)).orElseThrow();

        assertThat(failure.kept()).containsSame(kept);
    }

    @Test
    void anyOtherThrowableIsNotTheLibrarysToDescribe() {
        assertThat(PantherMagics.failure(new IllegalStateException("a bug"))).isEmpty();
        assertThat(PantherMagics.failure(new OutOfMemoryError())).isEmpty();
    }

    @Test
    void aHostsOwnErrorShowsAsTheLibrarysDo() {
        RuntimeException error = PantherMagics.userError("no magic %pantehr" + PantherMagics.didYouMean("pantehr",
                List.of("panther", "time")), null);

        assertThat(PantherMagics.failure(error).orElseThrow().message())
                .isEqualTo("no magic %pantehr; did you mean panther?");
    }
}
