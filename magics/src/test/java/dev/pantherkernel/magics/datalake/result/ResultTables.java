package dev.pantherkernel.magics.datalake.result;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Result tables made as paging makes them, for the tests of the packages that take one. */
public final class ResultTables {

    private ResultTables() {
    }

    /** A table holding two rows, as paging would have made it. */
    public static ResultTable twoRows() throws IOException {
        String body = "{\"data\": {\"dataLakeQuery\": {\"results\": {\"columnInfo\": {\"order\": [\"n\", \"s\"], "
                + "\"types\": {\"n\": \"NUMBER\", \"s\": \"VARCHAR\"}}, \"edges\": [{\"node\": {\"n\": 1, \"s\": \"a\"}}, "
                + "{\"node\": {\"n\": 2, \"s\": \"b\"}}]}}}}";
        ResultsPage page = new ResultsPageReader("q1", null, 0).read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        ResultTable table = ResultTable.like(page.rows());
        table.append(page.rows(), page.size());
        return table;
    }
}
