package dev.pantherkernel.emulator.faults;

/** What a matching request gets instead of (or on top of) a normal answer. */
public enum FaultKind {
    /** An HTTP error status (500, 502, 503, ...) with a JSON message; the operation is not executed. */
    STATUS,
    /** HTTP 429 with a {@code Retry-After} header; not executed. */
    TOO_MANY_REQUESTS,
    /** Waits, then answers normally. */
    DELAY,
    /** Closes the connection without an answer; not executed. */
    CONNECTION_RESET,
    /** Executes, then sends only half of the body and closes the connection. */
    TRUNCATED_BODY,
    /** An HTML error page as a proxy in front of the API would send; not executed. */
    HTML_ERROR_PAGE,
    /** Data lake results answer {@code tryAgain: true} with no rows. */
    TRY_AGAIN
}
