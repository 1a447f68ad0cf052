package dev.pantherkernel.kernel.history;

import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;
import org.dflib.jjava.jupyter.kernel.history.HistoryManager.ResultFlag;
import org.dflib.jjava.jupyter.messages.request.HistoryRequest;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SessionHistoryTest {

    private final SessionHistory history = new SessionHistory();

    SessionHistoryTest() {
        history.record(1, "int a = 1;", "");
        history.record(2, "a + 1", "2");
        history.record(3, "%panther help", "Usage");
        history.record(4, "a + 1", "2");
    }

    @Test
    void tailReturnsTheLastCellsInOrder() {
        assertThat(history.lookupTail(2, Set.of())).extracting(HistoryEntry::getCellNumber).containsExactly(3, 4);
    }

    @Test
    void aJupyterHistoryRequestIsAnsweredByItsKindWithOutputOnlyWhenAsked() {
        assertThat(history.answer(new HistoryRequest.Tail(true, false, 1))).singleElement()
                .satisfies(entry -> assertThat(entry.getOutput()).isEqualTo("2"));
        assertThat(history.answer(new HistoryRequest.Range(false, false, 0, 2, 4)))
                .extracting(HistoryEntry::getCellNumber).containsExactly(2, 3);
        assertThat(history.answer(new HistoryRequest.Search(false, false, 10, "a + *", true)))
                .extracting(HistoryEntry::getCellNumber).containsExactly(4);
    }

    @Test
    void outputIsIncludedOnlyWhenAskedFor() {
        assertThat(history.lookupTail(1, Set.of()).get(0).getOutput()).isNull();
        assertThat(history.lookupTail(1, EnumSet.of(ResultFlag.INCLUDE_OUTPUT)).get(0).getOutput()).isEqualTo("2");
    }

    @Test
    void rangeSelectsCellNumbersOfThisSessionUpToButNotIncludingTheEnd() {
        assertThat(history.lookupRange(0, 2, 4, Set.of())).extracting(HistoryEntry::getCellNumber).containsExactly(2, 3);
    }

    @Test
    void rangeTakesTheAbsoluteSessionNumberThatTailReports() {
        int session = history.lookupTail(1, Set.of()).get(0).getSession();
        assertThat(history.lookupRange(session, 1, 2, Set.of()))
                .extracting(HistoryEntry::getSession, HistoryEntry::getCellNumber)
                .containsExactly(tuple(session, 1));
    }

    @Test
    void sessionZeroIsThisSessionAndEarlierSessionsAreNotKept() {
        assertThat(history.lookupRange(0, 1, 2, Set.of())).extracting(HistoryEntry::getSession).containsExactly(1);
        assertThat(history.lookupRange(-1, 1, 10, Set.of())).isEmpty();
        assertThat(history.lookupRange(2, 1, 10, Set.of())).isEmpty();
    }

    @Test
    void negativeCellsCountBackFromTheNextCellAndAnEndOfZeroMeansTheLastCell() {
        assertThat(history.lookupRange(0, -2, 0, Set.of())).extracting(HistoryEntry::getCellNumber).containsExactly(3, 4);
        assertThat(history.lookupRange(1, 1, -1, Set.of())).extracting(HistoryEntry::getCellNumber).containsExactly(1, 2, 3);
        assertThat(history.lookupRange(1, 3, 99, Set.of())).extracting(HistoryEntry::getCellNumber).containsExactly(3, 4);
    }

    @Test
    void rangeOfAnEmptyHistoryIsEmpty() {
        assertThat(new SessionHistory().lookupRange(0, -1, 0, Set.of())).isEmpty();
    }

    @Test
    void searchMatchesGlobsAndCanKeepOnlyTheLatestOfEachInput() {
        assertThat(history.search("a*", 10, Set.of())).extracting(HistoryEntry::getCellNumber).containsExactly(2, 4);
        assertThat(history.search("a*", 10, EnumSet.of(ResultFlag.UNIQUE)))
                .extracting(HistoryEntry::getCellNumber).containsExactly(4);
        assertThat(history.search("%panther ?elp", 10, Set.of())).hasSize(1);
        assertThat(history.search("[ab] + 1", 10, Set.of())).hasSize(2);
    }

    @Test
    void keepsTheOutputsOfTheLatestCellsOnlyAndEveryInput() {
        SessionHistory longSession = new SessionHistory();
        int cells = SessionHistory.KEPT_OUTPUTS + 50;
        for (int cell = 1; cell <= cells; cell++) {
            longSession.record(cell, "cell " + cell, "output " + cell);
        }

        List<HistoryEntry> all = longSession.lookupTail(cells, EnumSet.of(ResultFlag.INCLUDE_OUTPUT));
        assertThat(all).hasSize(cells).extracting(HistoryEntry::getInput).contains("cell 1", "cell " + cells);
        assertThat(all.get(49).getOutput()).isEmpty();
        assertThat(all.get(50).getOutput()).isEqualTo("output 51");
        assertThat(all.get(cells - 1).getOutput()).isEqualTo("output " + cells);
    }
}
