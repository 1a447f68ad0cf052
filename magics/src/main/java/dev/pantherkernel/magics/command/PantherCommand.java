package dev.pantherkernel.magics.command;

import picocli.CommandLine.Command;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The root of the {@code %panther} grammar. Every command is a picocli subcommand of this one, so
 * parsing, typo hints and {@code help} all come from one specification.
 */
@Command(
        name = "%panther",
        description = "Query Panther, the cloud SIEM, from a notebook: commands return Tablesaw tables (or charts).",
        synopsisSubcommandLabel = "COMMAND")
final class PantherCommand {

    /**
     * Every command, in the order help lists them. Not in the annotation: picocli inspects every subcommand it is
     * given (about a third of a second of a cold JVM, a tenth when warm), and a line runs with only the one it names
     * ({@link Dispatcher}).
     */
    static final List<Class<?>> COMMANDS = List.of(HelpCommand.class, ConnectCommand.class, VersionCommand.class,
            WhoamiCommand.class, AlertsCommand.class, AlertCommand.class, UsersCommand.class, RolesCommand.class,
            UserCommand.class, RoleCommand.class, MetricsCommand.class, SchemaCommand.class, GraphqlCommand.class,
            SqlCommand.class, AttachCommand.class, QueriesCommand.class, CancelCommand.class, SearchCommand.class,
            EntityCommand.class, TablesCommand.class, ColumnsCommand.class, ChartCommand.class, ExportCommand.class,
            LocalCommand.class, TokenCommand.class, DetectionsCommand.class, DetectionCommand.class,
            SavedQueriesCommand.class, SourcesCommand.class, LogSchemasCommand.class, CloudAccountsCommand.class,
            RestCommand.class, ParametersCommand.class, DisplayCommand.class, RecordCommand.class, RedactCommand.class);

    /** The command a line's first word names (by name or alias), if any. */
    static Optional<Class<?>> named(String word) {
        return COMMANDS.stream().filter(command -> {
            Command annotation = command.getAnnotation(Command.class);
            return annotation.name().equals(word) || Arrays.asList(annotation.aliases()).contains(word);
        }).findFirst();
    }
}
