package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.core.KernelVersion;
import dev.pantherkernel.magics.memory.HeapLevel;
import dev.pantherkernel.magics.table.Facts;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.Command;


/** {@code %panther version}: Panther's version, where it is, this kernel's version and the most heap it may use. */
@Command(name = "version", description = "Show the Panther version, the endpoint, whether it is the demo, and the kernel's "
        + "version and heap (the most memory its results may take; ./install.sh --heap sets it).")
final class VersionCommand extends TableCommand {

    VersionCommand(CommandContext context) {
        super(context);
    }


    @Override
    public Result call() {
        Connection connection = context.connection();
        Facts facts = new Facts()
                .put("pantherVersion", connection.pantherVersion())
                .put("endpoint", connection.endpoint().toString())
                .put("demo", connection.demo())
                .put("kernelVersion", KernelVersion.get())
                .put("kernelHeap", HeapLevel.size(context.session().heap().maxBytes()));
        return Result.newResult(facts.table("version")).operation("version").build();
    }
}
