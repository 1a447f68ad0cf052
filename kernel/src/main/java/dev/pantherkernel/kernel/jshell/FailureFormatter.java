package dev.pantherkernel.kernel.jshell;

import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.memory.HeapLevel;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShellException;
import jdk.jshell.UnresolvedReferenceException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns what went wrong in a cell into what the user needs: the exception class and message, and the cell line
 * (quoted) where it happened; for compile errors the offending code marked with carets.
 */
final class FailureFormatter {

    /**
     * Bold in the theme's own text colour: front ends draw errors on a red background of their theme's (light pink,
     * or a dark red in dark themes), where red text reads poorly (2:1 in JupyterLab's dark theme).
     */
    private static final String EMPHASIS = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String RESET = "\u001b[0m";
    private static final int LIBRARY_FRAMES = 5;

    /** Where each snippet came from: its cell and the line its code starts on. */
    private final Map<String, SnippetOrigin> origins = new ConcurrentHashMap<>();
    private final Map<Integer, CellSource> cells = new ConcurrentHashMap<>();

    void rememberCell(CellSource cell) {
        cells.put(cell.executionCount(), cell);
    }

    void rememberSnippet(String snippetId, int executionCount, int firstLine) {
        origins.put(snippetId, new SnippetOrigin(executionCount, firstLine));
    }

    CellFailure compileError(CellSource cell, String snippetSource, int snippetOffset, String cellText, List<Diag> diags) {
        List<String> traceback = new ArrayList<>();
        String first = null;
        for (Diag diag : diags) {
            if (!diag.isError()) {
                continue;
            }
            String message = CompileMessage.oneLine(diag.getMessage(Locale.ROOT));
            int start = snippetOffset + (int) Math.max(0, diag.getStartPosition());
            int end = snippetOffset + (int) Math.max(diag.getStartPosition() + 1, diag.getEndPosition());
            int line = CellSource.lineOf(cellText, start);
            int column = CellSource.columnOf(cellText, start);
            String code = cell.line(line);
            int width = Math.max(1, Math.min(end - start, code.length() - column));
            if (first == null) {
                first = "line " + line + ": " + message;
            }
            traceback.add(EMPHASIS + "compile error" + RESET + " at cell line " + line + ", column " + (column + 1) + ": "
                    + message);
            traceback.add("    " + code);
            traceback.add("    " + " ".repeat(Math.max(0, column)) + EMPHASIS + "^".repeat(width) + RESET);
        }
        if (first == null) {
            first = "the code does not compile: " + snippetSource.strip();
            traceback.add(first);
        }
        return new CellFailure("CompilationError", first, traceback);
    }

    CellFailure incomplete(CellSource cell, String cellText, int offset) {
        int line = CellSource.lineOf(cellText, offset + leadingWhitespace(cellText.substring(offset)));
        String message = "the cell ends before the statement starting on line " + line
                + " does (a missing ';', ')' or '}'?)";
        return new CellFailure("CompilationError", message, List.of(EMPHASIS + message + RESET, "    " + cell.line(line)));
    }

    /**
     * @param reported what JShell saw (its copy has stack frames that name cells), or null outside JShell
     * @param real     the exception object itself, when it is known
     */
    CellFailure runtimeError(JShellException reported, Throwable real) {
        Throwable shown = real != null ? real : reported;
        Optional<PantherMagics.Failure> reportable = PantherMagics.failure(shown);
        if (reportable.isPresent()) {
            PantherMagics.Failure panther = reportable.get();
            List<String> lines = new ArrayList<>();
            lines.add(EMPHASIS + panther.message() + RESET);
            panther.details().forEach(line -> lines.add("    " + line));
            return new CellFailure(panther.kind(), panther.message(), lines, panther.kept().orElse(null));
        }
        if (shown instanceof CellInterruptedError || shown instanceof ThreadDeath) {
            return interrupted();
        }
        if (shown instanceof CellHeapError low) {
            return heapLow(low);
        }
        if (shown instanceof OutOfMemoryError outOfMemory) {
            return outOfMemory(outOfMemory);
        }
        if (reported instanceof UnresolvedReferenceException unresolved) {
            String message = "'" + unresolved.getSnippet().source().strip().split("\\s*[({=]")[0]
                    + "' uses something not declared yet; declare it, then run this cell again";
            return new CellFailure("UnresolvedReference", message, List.of(EMPHASIS + message + RESET));
        }
        String className = JShellNames.unwrap(reported instanceof EvalException eval ? eval.getExceptionClassName()
                : shown.getClass().getName());
        StackTraceElement[] frames = reported != null ? reported.getStackTrace() : shown.getStackTrace();
        String message = shown.getMessage() == null ? "" : JShellNames.unwrap(shown.getMessage());
        List<String> traceback = new ArrayList<>();
        traceback.add(EMPHASIS + className + RESET + (message.isEmpty() ? "" : ": " + message));
        addFrames(traceback, frames);
        Throwable cause = shown.getCause();
        for (int depth = 0; cause != null && depth < 5; depth++, cause = cause.getCause()) {
            traceback.add("Caused by: " + JShellNames.unwrap(cause.getClass().getName())
                    + (cause.getMessage() == null ? "" : ": " + JShellNames.unwrap(cause.getMessage())));
            addFrames(traceback, cause.getStackTrace());
        }
        return new CellFailure(className, message.isEmpty() ? withoutMessage(className, frames) : message, traceback);
    }

    /**
     * The error line of an exception that has no message: its class and where it was thrown, so that the line is
     * never empty (native code's exceptions often have none).
     */
    private String withoutMessage(String className, StackTraceElement[] frames) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        for (StackTraceElement frame : frames) {
            SnippetOrigin origin = originOf(frame);
            if (origin != null) {
                return simple + " without a message, at " + origin.where(frame);
            }
            if (!isPlumbing(frame)) {
                return simple + " without a message, at " + frame;
            }
        }
        return simple + " without a message";
    }

    /** What a user can do when the heap is too small for what they hold and make. */
    private static final String HEAP_ADVICE = "variables keep what they hold: set large ones to null (`big = null;`), "
            + "work on less data, or give the kernel more heap (`./install.sh --heap 8g`; `%panther version` shows its size)";

    /** A cell stopped at a loop's turn because the heap was nearly full: one line, no stack. */
    static CellFailure heapLow(CellHeapError low) {
        String message = "this cell was stopped before the kernel's heap ran out: " + low.getMessage() + "; " + HEAP_ADVICE;
        return new CellFailure("HeapLow", message, List.of(EMPHASIS + "HeapLow" + RESET + ": " + message));
    }

    /**
     * The heap ran out in the cell: one line that says so and what to do; no stack, which would only say where the last
     * allocation failed. Built with little memory: the heap may still be nearly full.
     */
    static CellFailure outOfMemory(OutOfMemoryError error) {
        String message = (error.getMessage() == null ? "" : error.getMessage() + ": ") + "the cell needed more memory than "
                + "the kernel's heap of " + HeapLevel.size(Runtime.getRuntime().maxMemory()) + " has, and was stopped; "
                + "what it made is freed, but " + HEAP_ADVICE;
        return new CellFailure("OutOfMemoryError", message, List.of(EMPHASIS + "java.lang.OutOfMemoryError" + RESET + ": " + message));
    }

    static CellFailure interrupted() {
        return new CellFailure("Interrupted", "the cell was interrupted",
                List.of(EMPHASIS + "Interrupted" + RESET + ": the cell was interrupted"));
    }

    private void addFrames(List<String> traceback, StackTraceElement[] frames) {
        int library = 0;
        int skipped = 0;
        for (StackTraceElement frame : frames) {
            SnippetOrigin origin = originOf(frame);
            if (origin != null) {
                int line = origin.lineOf(frame);
                CellSource cell = cells.get(origin.executionCount);
                String where = origin.where(frame);
                String method = frame.getMethodName();
                traceback.add("    at " + where + (method.isEmpty() || method.startsWith("do_it$") ? "" : ", in " + method)
                        + ": " + (cell == null ? "" : cell.line(line).strip()));
            } else if (isPlumbing(frame)) {
                skipped++;
            } else if (library < LIBRARY_FRAMES) {
                traceback.add(DIM + "    at " + frame + RESET);
                library++;
            } else {
                skipped++;
            }
        }
        if (skipped > 0 && library >= LIBRARY_FRAMES) {
            traceback.add(DIM + "    ... " + skipped + " more" + RESET);
        }
    }

    private SnippetOrigin originOf(StackTraceElement frame) {
        String file = frame.getFileName();
        if (file != null && file.startsWith("#")) {
            return origins.get(file.substring(1));
        }
        return null;
    }

    /** Frames of the kernel's own machinery between Jupyter and the cell: noise to the user. */
    private static boolean isPlumbing(StackTraceElement frame) {
        String cls = frame.getClassName();
        return cls.startsWith("jdk.internal.reflect.") || cls.startsWith("java.lang.reflect.")
                || cls.startsWith("dev.pantherkernel.kernel.") || cls.startsWith("jdk.jshell.")
                || cls.startsWith("java.util.concurrent.") || cls.equals("java.lang.Thread");
    }

    static int leadingWhitespace(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private record SnippetOrigin(int executionCount, int firstLine) {

        /** The cell line {@code frame} of this snippet ran. */
        int lineOf(StackTraceElement frame) {
            return firstLine + Math.max(1, frame.getLineNumber()) - 1;
        }

        /** {@code cell [3] line 2}. */
        String where(StackTraceElement frame) {
            return "cell [" + executionCount + "] line " + lineOf(frame);
        }
    }
}
