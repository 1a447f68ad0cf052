package dev.pantherkernel.kernel.jshell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A cell that did not complete, described the way Jupyter shows errors: a name, a one-line value and the
 * traceback lines (which may carry ANSI colours).
 */
public final class CellFailure extends Exception {

    private final String errorName;
    private final List<String> traceback;
    private final Object kept;

    public CellFailure(String errorName, String errorValue, List<String> traceback) {
        this(errorName, errorValue, traceback, null);
    }

    /** @param kept what the cell produced before it failed (rows fetched), shown above the error; may be null */
    public CellFailure(String errorName, String errorValue, List<String> traceback, Object kept) {
        super(errorValue, null, false, false);
        this.errorName = errorName;
        this.traceback = List.copyOf(traceback);
        this.kept = kept;
    }

    /** The heap ran out while the kernel ran a cell: the one line that says so and what to do. */
    public static CellFailure outOfMemory(OutOfMemoryError error) {
        return FailureFormatter.outOfMemory(error);
    }

    /** This failure as part of {@code step}, which the error line and the traceback then name first. */
    public CellFailure during(String step) {
        List<String> lines = new ArrayList<>();
        lines.add(step + ":");
        lines.addAll(traceback);
        return new CellFailure(errorName, step + ": " + getMessage(), lines, kept);
    }

    public Optional<Object> kept() {
        return Optional.ofNullable(kept);
    }

    public String errorName() {
        return errorName;
    }

    public String errorValue() {
        return getMessage();
    }

    public List<String> traceback() {
        return traceback;
    }
}
