package dev.pantherkernel.magics.table;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.magics.core.Internal;
import tech.tablesaw.api.Table;

/** Where fetched rows go, one JSON node at a time, and the table they make. */
@Internal
public interface RowSink {

    void accept(JsonNode row);

    int rowCount();

    Table table();
}
