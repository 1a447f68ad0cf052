package dev.pantherkernel.emulator.faults;

/** Which requests to a root field a fault applies to; it tells a status poll from a results page. */
public enum Phase {
    /** Every request that selects the field. */
    ANY,
    /** A {@code dataLakeQuery} that does not select {@code results}. */
    POLL,
    /** A {@code dataLakeQuery} that selects {@code results}, with or without a cursor. */
    RESULTS
}
