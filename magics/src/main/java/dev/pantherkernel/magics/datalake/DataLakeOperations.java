package dev.pantherkernel.magics.datalake;

/**
 * The GraphQL of the data lake. In {@link #RESULTS} the small fields come before {@code edges}: GraphQL answers
 * fields in the order they are selected, so the streaming reader knows the columns before the first row.
 */
final class DataLakeOperations {

    private DataLakeOperations() {
    }

    static final String EXECUTE = "mutation PantherKernelExecuteDataLakeQuery($input: ExecuteDataLakeQueryInput!) "
            + "{ executeDataLakeQuery(input: $input) { id } }";

    static final String INDICATOR_SEARCH = "mutation PantherKernelIndicatorSearch($input: ExecuteIndicatorSearchQueryInput!) "
            + "{ executeIndicatorSearchQuery(input: $input) { id } }";

    static final String CANCEL = "mutation PantherKernelCancelDataLakeQuery($input: CancelDataLakeQueryInput!) "
            + "{ cancelDataLakeQuery(input: $input) { id } }";

    static final String STATE = "query PantherKernelDataLakeQueryState($id: ID!) "
            + "{ dataLakeQuery(id: $id) { id status message sql startedAt completedAt } }";

    static final int PAGE_SIZE = 999;

    static final String RESULTS = "query PantherKernelDataLakeResults($id: ID!, $cursor: String) "
            + "{ dataLakeQuery(id: $id) { status message results(input: {cursor: $cursor, pageSize: " + PAGE_SIZE + "}) { "
            + "tryAgain columnInfo { order types } stats { bytesScanned executionTime rowCount } "
            + "pageInfo { hasNextPage endCursor } edges { node } } } }";

    static final String HISTORY = "query PantherKernelDataLakeQueries($input: DataLakeQueriesInput) "
            + "{ dataLakeQueries(input: $input) { edges { node { id status startedAt completedAt sql message "
            + "issuedBy { ... on User { email } ... on APIToken { name } } } } pageInfo { hasNextPage endCursor } } }";

    static final String DATABASES = "query PantherKernelDataLakeDatabases { dataLakeDatabases { name description } }";

    static final String TABLE_FIELDS = "name description logType columns { name type description }";

    static final String TABLES = "query PantherKernelDataLakeTables($input: DataLakeDatabaseTablesInput!) "
            + "{ dataLakeDatabaseTables(input: $input) { edges { node { " + TABLE_FIELDS + " } } "
            + "pageInfo { hasNextPage endCursor } } }";

    static final String TABLE = "query PantherKernelDataLakeTable($input: DataLakeDatabaseTableInput!) "
            + "{ dataLakeDatabaseTable(input: $input) { " + TABLE_FIELDS + " } }";
}
