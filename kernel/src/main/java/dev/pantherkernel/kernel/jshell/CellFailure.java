package dev.pantherkernel.kernel.jshell;

import java.util.List;

/**
 * A cell that did not complete, described the way Jupyter shows errors: a name, a one-line value and the
 * traceback lines (which may carry ANSI colours).
 */
public final class CellFailure extends Exception {

    private final String errorName;
    private final List<String> traceback;

    public CellFailure(String errorName, String errorValue, List<String> traceback) {
        super(errorValue, null, false, false);
        this.errorName = errorName;
        this.traceback = List.copyOf(traceback);
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
