package dev.pantherkernel.magics.datalake.result;


/**
 * The GraphQL of one results page. The small fields come before {@code edges}: GraphQL answers fields in the order
 * they are selected, so the streaming reader knows the columns before the first row.
 */
final class ResultsOperation {

    private ResultsOperation() {
    }

    /** The rows a full page has. */
    public static final int PAGE_SIZE = 999;

    public static final String RESULTS = "query PantherKernelDataLakeResults($id: ID!, $cursor: String) "
            + "{ dataLakeQuery(id: $id) { status message results(input: {cursor: $cursor, pageSize: " + PAGE_SIZE + "}) { "
            + "tryAgain columnInfo { order types } stats { bytesScanned executionTime rowCount } "
            + "pageInfo { hasNextPage endCursor } edges { node } } } }";
}
