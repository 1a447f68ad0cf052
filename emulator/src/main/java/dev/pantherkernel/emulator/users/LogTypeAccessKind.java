package dev.pantherkernel.emulator.users;

/** Whether a role's log type list allows or denies (the API's enum names). */
public enum LogTypeAccessKind {
    ALLOW,
    ALLOW_ALL,
    DENY,
    DENY_ALL
}
