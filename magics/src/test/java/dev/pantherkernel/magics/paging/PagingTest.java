package dev.pantherkernel.magics.paging;

import dev.pantherkernel.emulator.PantherEmulator;
import dev.pantherkernel.emulator.faults.FaultRule;
import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.table.PartialResultException;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.Sessions;
import dev.pantherkernel.magics.testing.SharedEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one paging engine, over real HTTP: every page, no gap, no duplicate, rows kept when a page fails. */
class PagingTest {

    private static final String WINDOW = "createdAtAfter: \"2000-01-01T00:00:00Z\", createdAtBefore: \"2100-01-01T00:00:00Z\"";
    private final PantherEmulator emulator = SharedEmulator.get();
    private final RecordingHost host = new RecordingHost();
    private final PantherMagics panther = new PantherMagics(Sessions.demoToken(host));

    @AfterEach
    void clearFaults() {
        emulator.faults().clear();
    }

    private Result smallPages(int pageSize) {
        return (Result) panther.cell(List.of("graphql"),
                "{ alerts(input: {" + WINDOW + ", pageSize: " + pageSize + "}) { edges { node { id createdAt } } } }");
    }

    @Test
    void followsEveryPageWithoutGapsOrDuplicates() {
        Result small = smallPages(4);
        Result large = smallPages(50);

        List<String> ids = small.table().stringColumn("id").asList();
        assertThat(small.pages()).isGreaterThanOrEqualTo(10);
        assertThat(new HashSet<>(ids)).hasSize(ids.size());
        assertThat(Set.copyOf(ids)).isEqualTo(Set.copyOf(large.table().stringColumn("id").asList()));
        assertThat(small.pages()).isEqualTo((ids.size() + 3) / 4);
    }

    @Test
    void rowsKeepTheServersOrder() {
        Result result = smallPages(13);

        var created = result.table().instantColumn("createdAt");
        for (int i = 1; i < created.size(); i++) {
            assertThat(created.get(i)).isBeforeOrEqualTo(created.get(i - 1));
        }
    }

    @Test
    void progressShowsPagesAndRowsAndIsClearedAtTheEnd() {
        smallPages(25);

        assertThat(host.progress).isNotEmpty().allMatch(p -> p.matches("graphql: \\d+ pages, [\\d,]+ rows so far…"));
        assertThat(host.progressClosed).isEqualTo(1);
    }

    @Test
    void aFailureOnAMiddlePageKeepsTheRowsFetchedBefore() {
        emulator.faults().add(FaultRule.newFaultRule("alerts").status(500).skip(2).build());

        assertThatThrownBy(() -> smallPages(10))
                .isInstanceOfSatisfying(PartialResultException.class, e -> {
                    assertThat(e.result().partial()).isTrue();
                    assertThat(e.result().table().rowCount()).isEqualTo(20);
                    assertThat(e.getMessage()).contains("HTTP 500").contains("page 3").contains("20 rows fetched before are kept");
                });
    }

    @Test
    void aTransientFailureInTheMiddleEndsWithExactlyTheRightRows() {
        Result clean = smallPages(10);
        emulator.faults().add(FaultRule.newFaultRule("alerts").status(503).skip(3).times(2).build());

        Result retried = smallPages(10);

        assertThat(retried.table().stringColumn("id").asList()).isEqualTo(clean.table().stringColumn("id").asList());
        assertThat(retried.partial()).isFalse();
    }

    @Test
    void noPagingFetchesOnlyTheFirstPage() {
        Result first = (Result) panther.cell(List.of("graphql", "--no-paging"),
                "{ alerts(input: {" + WINDOW + ", pageSize: 5}) { edges { node { id } } pageInfo { hasNextPage } } }");

        assertThat(first.table().rowCount()).isEqualTo(5);
        assertThat(first.pages()).isEqualTo(1);
    }

    @Test
    void aNestedConnectionIsPagedByPath() {
        String id = ((Result) panther.line(List.of("alerts", "--since", "30d", "--limit", "1"))).table().stringColumn("id").get(0);

        Result events = (Result) panther.cell(List.of("graphql", "--path", "alert.events"),
                "{ alert(id: \"" + id + "\") { title events(input: {pageSize: 1}) { edges { node } } } }");

        assertThat(events.table().rowCount()).isEqualTo(events.pages());
        assertThat(events.table().columnNames()).contains("p_event_time");
    }
}
