package dev.pantherkernel.kernel;

import dev.pantherkernel.kernel.protocol.KernelConnection;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;

/** Starts the kernel on the connection file Jupyter hands it: {@code java ... Main CONNECTION_FILE}. */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java -cp 'panther-kernel.jar:lib/*' " + Main.class.getName()
                    + " CONNECTION_FILE  (Jupyter starts the kernel this way; see README.md)");
            System.exit(2);
        }
        ProcessLog.install(); // before anything logs, and before jjava points System.err at cells
        JShellWarmUp jshell = PantherKernel.warmUpJShell(); // first: the longest part of the start
        ParentProcessWatchdog.watch(System.getenv("JPY_PARENT_PID"));
        KernelConnectionProperties connection = KernelConnectionProperties.parse(Files.readString(Path.of(args[0])));
        KernelConnection jupyter = new KernelConnection(connection);
        PantherKernel kernel = PantherKernel.create(jshell);
        kernel.askInputOn(jupyter.stdinPrompt());
        kernel.onStartup();
        kernel.becomeHandlerForConnection(jupyter);
        jupyter.connect();
        jshell.kernelListens();
        kernel.prepareDemo();
        LOG.info("Panther kernel {} on Java {} is listening", PantherKernel.VERSION, Runtime.version());
        jupyter.waitUntilClose();
        LOG.info("the kernel shut down");
        System.exit(0);
    }
}
