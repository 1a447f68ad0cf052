package dev.pantherkernel.magics.datalake.job;

import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.datalake.result.PagedResults;
import dev.pantherkernel.magics.datalake.result.ResultTables;
import dev.pantherkernel.magics.datalake.result.ResultStats;
import dev.pantherkernel.magics.paging.Fetched;
import dev.pantherkernel.magics.table.PartialResultException;
import dev.pantherkernel.magics.table.Result;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobReportTest {

    private static final Duration ELAPSED = Duration.ofMillis(1234);

    private static PagedResults paged(Fetched fetched, long rowCount) throws IOException {
        return new PagedResults(ResultTables.twoRows(), fetched, new ResultStats(2_500_000, 840, rowCount));
    }

    @Test
    void theFooterNamesTheQueryRowsPagesBytesAndTimes() throws IOException {
        Result result = JobReport.of("sql", "q1", "panther.example", paged(new Fetched(1, 2, false, false, null), 2),
                ELAPSED, JobOptions.defaults());

        assertThat(result.footer()).containsExactly("sql", "query q1", "2 rows", "2.5 MB scanned", "executed in 0.8 s",
                "1 page", "1.23 s", "panther.example");
        assertThat(result.warnings()).isEmpty();
        assertThat(result.partial()).isFalse();
    }

    @Test
    void aRowCountThatDiffersFromPanthersIsAnErrorThatKeepsTheRows() {
        assertThatThrownBy(() -> JobReport.of("sql", "q1", "h", paged(new Fetched(1, 2, false, false, null), 3), ELAPSED,
                JobOptions.defaults()))
                .isInstanceOfSatisfying(PartialResultException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("query q1: fetched 2 rows but Panther counted 3 (stats.rowCount); "
                            + "the rows fetched are kept, `%panther attach q1` fetches them again");
                    assertThat(e.result().table().rowCount()).isEqualTo(2);
                    assertThat(e.result().partial()).isTrue();
                });
    }

    @Test
    void aFailureAfterSomePagesIsAnErrorThatKeepsTheRows() {
        PantherException cause = new PantherException("dataLakeQuery failed: HTTP 502");

        assertThatThrownBy(() -> JobReport.of("sql", "q1", "h", paged(new Fetched(1, 2, false, false, cause), 5), ELAPSED,
                JobOptions.defaults()))
                .isInstanceOfSatisfying(PartialResultException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("query q1: dataLakeQuery failed: HTTP 502 (while fetching results page 2; "
                            + "the 2 rows fetched before are kept)");
                    assertThat(e.result().warnings()).containsExactly(e.getMessage());
                    assertThat(e.getCause()).isSameAs(cause);
                });
    }

    @Test
    void aLimitThatCutTheResultShortIsAWarningNotAnError() throws IOException {
        Result result = JobReport.of("sql", "q1", "h", paged(new Fetched(1, 2, true, false, null), 900), ELAPSED,
                JobOptions.defaults().withLimit(2));

        assertThat(result.truncated()).isTrue();
        assertThat(result.partial()).isFalse();
        assertThat(result.warnings()).containsExactly("stopped at --limit 2 rows; the query has more "
                + "(`%panther attach q1` fetches them all)");
    }

    @Test
    void onlyTheColumnsAskedForAreKeptInTheirOrder() throws IOException {
        Result result = JobReport.of("sql", "q1", "h", paged(new Fetched(1, 2, false, false, null), 2), ELAPSED,
                JobOptions.defaults().withColumns(List.of("s")));

        assertThat(result.table().columnNames()).containsExactly("s");
    }
}
