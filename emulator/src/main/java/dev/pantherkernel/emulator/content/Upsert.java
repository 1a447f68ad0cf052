package dev.pantherkernel.emulator.content;

/** What a create-or-update stored, and whether it was new (REST answers 201 then, 200 otherwise). */
public record Upsert<T>(T value, boolean created) {}
