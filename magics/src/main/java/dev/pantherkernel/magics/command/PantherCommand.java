package dev.pantherkernel.magics.command;

import picocli.CommandLine.Command;

/**
 * The root of the {@code %panther} grammar. Every command is a picocli subcommand of this one, so
 * parsing, typo hints and {@code help} all come from one specification.
 */
@Command(
        name = "%panther",
        description = "Query Panther, the cloud SIEM, from a notebook: commands return Tablesaw tables (or charts).",
        subcommands = {HelpCommand.class, ConnectCommand.class, VersionCommand.class, WhoamiCommand.class,
                AlertsCommand.class, AlertCommand.class, UsersCommand.class, RolesCommand.class, UserCommand.class,
                RoleCommand.class, MetricsCommand.class, SchemaCommand.class, GraphqlCommand.class, SqlCommand.class,
                AttachCommand.class, QueriesCommand.class, CancelCommand.class, SearchCommand.class, EntityCommand.class,
                TablesCommand.class,
                ColumnsCommand.class, ChartCommand.class, ExportCommand.class, LocalCommand.class, TokenCommand.class,
                DetectionsCommand.class, DetectionCommand.class, SavedQueriesCommand.class,
                SourcesCommand.class, LogSchemasCommand.class, CloudAccountsCommand.class, RestCommand.class,
                ParametersCommand.class, DisplayCommand.class, RecordCommand.class, RedactCommand.class},
        synopsisSubcommandLabel = "COMMAND")
final class PantherCommand {
}
