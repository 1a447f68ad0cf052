package dev.pantherkernel.emulator.datalake;

import com.fasterxml.jackson.databind.util.RawValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

// measures the heap: alone, so that another class does not allocate meanwhile
@Isolated
class ResultRowsTest {

    private static String text(RawValue row) {
        return row.rawValue().toString();
    }

    private static ResultRows rows(int count) {
        try (ResultRows.Writer writer = ResultRows.writer()) {
            for (int i = 0; i < count; i++) {
                // rows of every length, some longer than the writer's buffer
                String json = "{\"n\":" + i + ",\"pad\":\"" + "x".repeat(i % 7 == 0 ? 70_000 : i % 13) + "\"}";
                writer.add(json.getBytes(StandardCharsets.UTF_8));
            }
            return writer.finish();
        }
    }

    @Test
    void givesBackEveryRowAsItWasWrittenAPageAtATime() {
        try (ResultRows rows = rows(2500)) {
            assertThat(rows.size()).isEqualTo(2500);
            List<RawValue> page = rows.get(999, 1998);
            assertThat(page).hasSize(999);
            assertThat(text(page.get(0))).startsWith("{\"n\":999,").endsWith("\"}");
            assertThat(text(page.get(998))).startsWith("{\"n\":1997,");
            assertThat(text(rows.get(2498, 2499).get(0))).isEqualTo("{\"n\":2498,\"pad\":\"" + "x".repeat(2498 % 13) + "\"}");
            assertThat(text(rows.get(7, 8).get(0))).hasSize(70_000 + "{\"n\":7,\"pad\":\"\"}".length());
            long bytes = 0;
            for (RawValue row : rows.get(0, 2500)) {
                bytes += JsonText.byteLength(row);
            }
            assertThat(rows.bytes()).isEqualTo(bytes);
        }
    }

    @Test
    void anEmptyResultHasNoRows() {
        try (ResultRows rows = rows(0)) {
            assertThat(rows.size()).isZero();
            assertThat(rows.get(0, 0)).isEmpty();
            assertThat(rows.bytes()).isZero();
        }
    }

    @Test
    void rowsOutsideTheResultAreRefused() {
        try (ResultRows rows = rows(3)) {
            assertThatThrownBy(() -> rows.get(2, 4)).isInstanceOf(IndexOutOfBoundsException.class).hasMessage("rows 2 to 4 of 3");
        }
    }

    @Test
    void theRowsAreNotOnTheHeap() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        try (ResultRows rows = rows(2000)) {
            System.gc();
            long after = runtime.totalMemory() - runtime.freeMemory();
            // about 20 MB of rows (every seventh is 70 KB); what stays on the heap is where each starts
            assertThat(rows.bytes()).isGreaterThan(19_000_000);
            assertThat(after - before).isLessThan(5_000_000);
        }
    }
}
