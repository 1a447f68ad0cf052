package dev.pantherkernel.emulator.alerts;

/** How a comment's body is to be read: the API's {@code CommentFormat}. */
public enum CommentFormat {
    PLAIN_TEXT,
    HTML
}
