package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.core.Suggestions;
import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.paging.Operation;
import dev.pantherkernel.magics.table.ColumnSelection;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tech.tablesaw.api.Table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code %panther log-schemas [NAME]}: the log types Panther parses, managed and custom, or one with its spec. */
@Command(name = "log-schemas", header = "Log-type schemas, managed and custom; one by name with its YAML spec.",
        description = {
        "Every log-type schema: name, managed or custom, archived, field discovery, revision, updated.",
        "With a NAME (AWS.CloudTrail, Custom.AdminAppAudit), that schema with its spec in Panther's YAML."})
final class LogSchemasCommand extends TableCommand {

    static final String SCHEMAS = """
            query PantherKernelSchemas($input: SchemasInput!) {
              schemas(input: $input) { edges { node {
                name isManaged isArchived isFieldDiscoveryEnabled description referenceURL revision version
                createdAt updatedAt spec
              } } pageInfo { hasNextPage endCursor } }
            }""";
    static final List<String> LIST_COLUMNS = List.of("name", "isManaged", "isArchived", "isFieldDiscoveryEnabled",
            "description", "referenceURL", "revision", "version", "createdAt", "updatedAt");

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "One schema, with its spec.")
    String name;

    @Option(names = "--contains", paramLabel = "TEXT", description = "Schemas whose name or a field's name contains TEXT.")
    String contains;

    LogSchemasCommand(CommandContext context) {
        super(context);
    }

    @Override
    public Result call() {
        Map<String, Object> input = new LinkedHashMap<>();
        if (contains != null) {
            input.put("contains", contains);
        }
        Result all = context.run(Operation.newOperation("log-schemas", SCHEMAS).variables(Map.of("input", input)).build());
        Table schemas = all.table();
        if (name == null) {
            List<String> shown = table.columns().isEmpty() ? LIST_COLUMNS : table.columns();
            Table kept = table.limit() > 0 && schemas.rowCount() > table.limit() ? schemas.first((int) table.limit()) : schemas;
            return all.withTable(ColumnSelection.keep(kept, shown));
        }
        Table one = schemas.where(schemas.stringColumn("name").isEqualTo(name));
        if (one.rowCount() == 0) {
            throw new UsageException("no log schema '" + name + "'" + Suggestions.didYouMean(name,
                    schemas.stringColumn("name").asList()) + " (%panther log-schemas lists them)");
        }
        return all.withTable(ColumnSelection.keep(one, table.columns()));
    }
}
