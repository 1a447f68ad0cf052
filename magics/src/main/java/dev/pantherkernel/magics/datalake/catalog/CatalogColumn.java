package dev.pantherkernel.magics.datalake.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.magics.core.Internal;

/** A column of a data lake table, with its Snowflake type name ({@code TIMESTAMP_NTZ}, {@code VARCHAR}, ...). */
@Internal
public record CatalogColumn(String name, String type, String description) {

    static CatalogColumn of(JsonNode column) {
        return new CatalogColumn(column.path("name").asText(), column.path("type").asText(""),
                column.path("description").asText(""));
    }
}
