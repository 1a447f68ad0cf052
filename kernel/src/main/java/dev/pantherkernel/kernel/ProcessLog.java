package dev.pantherkernel.kernel;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

/**
 * Where java.util.logging and {@link System.Logger} write in the kernel: the kernel process's own stderr, which Jupyter
 * keeps in its log and never shows in a cell. The built-in demo's emulator logs this way, in this JVM. Left alone, the
 * JDK's console handler would take {@code System.err} as it was when logging first started, and jjava points that at
 * the running cell's stream: a demo's "request failed: Broken pipe" after an interrupt would land in whatever cell ran,
 * and be saved in the notebook.
 */
final class ProcessLog {

    private ProcessLog() {
    }

    /** Sends every java.util.logging record to the process's stderr (the file descriptor, whatever System.err is). */
    static void install() {
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        root.addHandler(new FlushingHandler());
    }

    /** A stream handler that flushes each record, as the console handler it replaces does. */
    private static final class FlushingHandler extends StreamHandler {

        FlushingHandler() {
            super(new FileOutputStream(FileDescriptor.err), new SimpleFormatter());
        }

        @Override
        public synchronized void publish(LogRecord record) {
            super.publish(record);
            flush();
        }

        @Override
        public synchronized void close() {
            flush(); // never closes the process's stderr
        }
    }
}
