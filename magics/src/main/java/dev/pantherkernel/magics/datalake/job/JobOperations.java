package dev.pantherkernel.magics.datalake.job;

/** The GraphQL of a data lake query's life: start it (SQL or an indicator search), watch it, cancel it, list them. */
final class JobOperations {

    private JobOperations() {
    }

    static final String EXECUTE = "mutation PantherKernelExecuteDataLakeQuery($input: ExecuteDataLakeQueryInput!) "
            + "{ executeDataLakeQuery(input: $input) { id } }";

    static final String INDICATOR_SEARCH = "mutation PantherKernelIndicatorSearch($input: ExecuteIndicatorSearchQueryInput!) "
            + "{ executeIndicatorSearchQuery(input: $input) { id } }";

    static final String CANCEL = "mutation PantherKernelCancelDataLakeQuery($input: CancelDataLakeQueryInput!) "
            + "{ cancelDataLakeQuery(input: $input) { id } }";

    static final String STATE = "query PantherKernelDataLakeQueryState($id: ID!) "
            + "{ dataLakeQuery(id: $id) { id status message sql startedAt completedAt } }";

    static final String HISTORY = "query PantherKernelDataLakeQueries($input: DataLakeQueriesInput) "
            + "{ dataLakeQueries(input: $input) { edges { node { id status startedAt completedAt sql message "
            + "issuedBy { ... on User { email } ... on APIToken { name } } } } pageInfo { hasNextPage endCursor } } }";
}
