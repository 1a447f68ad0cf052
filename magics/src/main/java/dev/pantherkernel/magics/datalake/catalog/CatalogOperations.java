package dev.pantherkernel.magics.datalake.catalog;

/** The GraphQL of the data lake's catalog: its databases, their tables, one table with its columns. */
final class CatalogOperations {

    private CatalogOperations() {
    }

    static final String DATABASES = "query PantherKernelDataLakeDatabases { dataLakeDatabases { name description } }";

    static final String TABLE_FIELDS = "name description logType columns { name type description }";

    static final String TABLES = "query PantherKernelDataLakeTables($input: DataLakeDatabaseTablesInput!) "
            + "{ dataLakeDatabaseTables(input: $input) { edges { node { " + TABLE_FIELDS + " } } "
            + "pageInfo { hasNextPage endCursor } } }";

    static final String TABLE = "query PantherKernelDataLakeTable($input: DataLakeDatabaseTableInput!) "
            + "{ dataLakeDatabaseTable(input: $input) { " + TABLE_FIELDS + " } }";
}
