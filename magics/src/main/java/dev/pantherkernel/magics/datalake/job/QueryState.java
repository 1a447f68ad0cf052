package dev.pantherkernel.magics.datalake.job;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.magics.core.PublicApi;

/**
 * A data lake query at one moment, as {@code dataLakeQuery} reports it. {@code message} is Panther's progress text
 * while it runs and the engine's error when it failed.
 */
@PublicApi
public record QueryState(String id, QueryStatus status, String message, String sql, String startedAt,
                         String completedAt) {

    static QueryState of(JsonNode query) {
        return new QueryState(query.path("id").asText(), QueryStatus.parse(query.path("status").asText(null)),
                query.path("message").asText(""), query.path("sql").asText(""), query.path("startedAt").asText(null),
                query.path("completedAt").asText(null));
    }

    public boolean running() {
        return status == QueryStatus.RUNNING;
    }
}
