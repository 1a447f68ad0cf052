package dev.pantherkernel.emulator.datalake;

import dev.pantherkernel.emulator.auth.ApiToken;
import java.time.Instant;
import java.util.List;

/** What the API shows of a data lake query at one moment ({@code DataLakeQuery} without its results). */
public record DataLakeQuery(
        String id,
        String sql,
        QueryStatus status,
        String message,
        Instant startedAt,
        Instant completedAt,
        ApiToken issuedBy,
        String name) {

    public boolean isScheduled() {
        return false;
    }

    public List<DataLakeQuery> children() {
        return List.of();
    }
}
