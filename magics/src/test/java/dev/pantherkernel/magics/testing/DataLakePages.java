package dev.pantherkernel.magics.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pantherkernel.magics.datalake.job.DataLakeSteps;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A data lake query's results pages as Panther sent them, fetched one by one with the benchmarks' steps. */
public final class DataLakePages {

    /** 2,500 generated rows, three pages (999, 999, 502), in the emulator's data lake. */
    public static final String SQL = "SELECT SEQ4() AS id, 'row ' || (SEQ4() % 7) AS label, SEQ4() / 4.0 AS quarter "
            + "FROM TABLE(GENERATOR(ROWCOUNT => 2500)) ORDER BY id";

    private static final ObjectMapper JSON = new ObjectMapper();

    private DataLakePages() {
    }

    /** The engine's steps over a session of the shared emulator, connected as a user would. */
    public static DataLakeSteps steps() {
        return new DataLakeSteps(Sessions.demoToken(new RecordingHost()).connection().client());
    }

    /** Every results page of the succeeded query {@code id}, the bytes of each reply. */
    public static List<byte[]> every(DataLakeSteps steps, String id) {
        List<byte[]> pages = new ArrayList<>();
        String cursor = null;
        do {
            byte[] body = steps.page(id, cursor);
            pages.add(body);
            JsonNode info = readTree(body).path("data").path("dataLakeQuery").path("results").path("pageInfo");
            cursor = info.path("hasNextPage").asBoolean() ? info.path("endCursor").asText() : null;
        } while (cursor != null);
        return pages;
    }

    public static JsonNode readTree(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
