package dev.pantherkernel.emulator.paging;

/** One {@code edges} entry of a connection. */
public record Edge<T>(T node) {}
