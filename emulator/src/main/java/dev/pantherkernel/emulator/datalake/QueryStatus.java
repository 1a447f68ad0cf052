package dev.pantherkernel.emulator.datalake;

/** The API's {@code DataLakeQueryStatus}. */
public enum QueryStatus {
    cancelled,
    failed,
    running,
    succeeded
}
