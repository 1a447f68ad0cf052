package dev.pantherkernel.magics.table;

import dev.pantherkernel.magics.core.Internal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tech.tablesaw.api.Table;

/**
 * Tablesaw's {@link Table} class starts by scanning the whole class path for its file readers and writers (every
 * jar's directory: most of a second of CPU in a fresh JVM), and the first command's rows wait for it. Begun on a
 * thread of its own when that command starts, the scan runs while the command connects and asks, not after.
 */
@Internal
public final class TablesawStart {

    private static final Logger LOG = LoggerFactory.getLogger(TablesawStart.class);

    private TablesawStart() {
    }

    /** Loads and initializes Tablesaw's {@code Table} on a daemon thread; a failure is the first table's to report. */
    public static void inBackground() {
        Thread thread = new Thread(TablesawStart::load, "panther-tablesaw-start");
        thread.setDaemon(true);
        thread.start();
    }

    private static void load() {
        try {
            Class.forName(Table.class.getName(), true, TablesawStart.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            LOG.info("Tablesaw did not start ahead of the first table: {}", e.toString());
        }
    }
}
