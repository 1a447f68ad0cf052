package dev.pantherkernel.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Python routes a benchmark runs beside ours, each as a fresh process per run: {@code COMMAND ROUTE ARGS}, where
 * {@code RUN} in ARGS becomes the run's number. A route that exits with status 3 wrote why it cannot do this data set
 * (polars' own JSON reader and mixed VARIANT values, say) and is left out of the later runs; any other failure stops
 * the benchmark.
 */
final class PythonRoutes {

    static final PythonRoutes NONE = new PythonRoutes(List.of(), List.of(), List.of());

    private static final int CANNOT = 3;

    private final List<String> command;
    private final Set<String> routes;
    private final List<String> args;

    PythonRoutes(List<String> command, List<String> routes, List<String> args) {
        this.command = List.copyOf(command);
        this.routes = new LinkedHashSet<>(routes);
        this.args = List.copyOf(args);
    }

    /** Runs every route once, in turn (reversed on odd runs, so that none always meets the server first). */
    void run(int run) throws Exception {
        List<String> order = new ArrayList<>(routes);
        if (run % 2 == 1) {
            java.util.Collections.reverse(order);
        }
        for (String route : order) {
            List<String> line = new ArrayList<>(command);
            line.add(route);
            args.forEach(arg -> line.add(arg.equals("RUN") ? Integer.toString(run) : arg));
            int status = new ProcessBuilder(line).inheritIO().start().waitFor();
            if (status == CANNOT) {
                routes.remove(route);
            } else if (status != 0) {
                throw new IllegalStateException(String.join(" ", line) + " failed with exit status " + status);
            }
        }
    }
}
