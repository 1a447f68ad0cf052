package dev.pantherkernel.emulator.rest;

/**
 * A successful answer: its status and the object written as its JSON body (fields that are null are left out, as
 * Panther leaves them out). A null body sends no body at all, still as {@code application/json}.
 */
public record RestAnswer(int status, Object body) {

    public static RestAnswer ok(Object body) {
        return new RestAnswer(200, body);
    }

    /** 201: a PUT that created the item, or an operation that always creates. */
    public static RestAnswer created(Object body) {
        return new RestAnswer(201, body);
    }

    /** 204 without a body: most deletions and {@code PATCH /alerts}. */
    public static RestAnswer noContent() {
        return new RestAnswer(204, null);
    }

    /** 200 without a body, as Panther answers {@code PATCH /alerts/{id}} and deleting a role or a user. */
    public static RestAnswer okWithoutBody() {
        return new RestAnswer(200, null);
    }
}
