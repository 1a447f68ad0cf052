package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.table.Facts;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.Command;


/** {@code %panther version}: Panther's version, where it is, and this kernel's version. */
@Command(name = "version", description = "Show the Panther version, the endpoint, and whether it is the demo.")
final class VersionCommand extends TableCommand {

    VersionCommand(CommandContext context) {
        super(context);
    }


    @Override
    public Result call() {
        Connection connection = context.connection();
        String kernel = VersionCommand.class.getPackage().getImplementationVersion();
        Facts facts = new Facts()
                .put("pantherVersion", connection.pantherVersion())
                .put("endpoint", connection.endpoint().toString())
                .put("demo", connection.demo())
                .put("kernelVersion", kernel == null ? "dev" : kernel);
        return Result.of(facts.table("version")).operation("version").build();
    }
}
