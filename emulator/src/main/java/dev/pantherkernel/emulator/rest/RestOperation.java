package dev.pantherkernel.emulator.rest;

/**
 * One served operation: its method, its path template as the OpenAPI description writes it ({@code /alerts/{id}})
 * and who may use it. {@link #name()} is how requests to it are counted and how faults target it.
 */
public record RestOperation(String method, String path, Access access) {

    /** {@code GET /alerts/{id}}: the name under which requests are counted and faults are aimed. */
    public String name() {
        return method + " " + path;
    }
}
