package dev.pantherkernel.emulator.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * How REST bodies are read and written: unknown fields in a request are ignored (clients PUT back whole answers, with
 * {@code createdAt} and the like), null fields of an answer are left out.
 */
final class RestJson {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private RestJson() {}
}
