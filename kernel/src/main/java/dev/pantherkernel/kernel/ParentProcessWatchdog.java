package dev.pantherkernel.kernel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends this JVM when the process that started it (Jupyter, which names itself in {@code JPY_PARENT_PID}) dies;
 * jjava has no such check, and orphaned kernel JVMs would pile up.
 */
final class ParentProcessWatchdog {

    private static final Logger LOG = LoggerFactory.getLogger(ParentProcessWatchdog.class);

    private ParentProcessWatchdog() {
    }

    static void watch(String parentPid) {
        if (parentPid == null || parentPid.isBlank()) {
            return;
        }
        try {
            long pid = Long.parseLong(parentPid.trim());
            ProcessHandle.of(pid).ifPresentOrElse(
                    parent -> parent.onExit().thenRun(() -> {
                        LOG.info("parent process {} ended; the kernel exits", pid);
                        Runtime.getRuntime().halt(0);
                    }),
                    () -> {
                        LOG.info("parent process {} is already gone; the kernel exits", pid);
                        Runtime.getRuntime().halt(0);
                    });
        } catch (NumberFormatException e) {
            LOG.warn("JPY_PARENT_PID is not a process id: {}", parentPid);
        }
    }
}
