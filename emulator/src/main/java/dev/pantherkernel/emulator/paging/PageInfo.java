package dev.pantherkernel.emulator.paging;

/** The {@code pageInfo} of every connection the API serves. */
public record PageInfo(String startCursor, String endCursor, boolean hasNextPage, boolean hasPreviousPage) {}
