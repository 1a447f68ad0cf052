package dev.pantherkernel.emulator.datalake;

/** A query that fails before it runs (not one statement, not a read, a macro called wrongly). */
final class QueryRefused extends Exception {
    private static final long serialVersionUID = 1L;

    QueryRefused(String message) {
        super(message, null, false, false);
    }
}
