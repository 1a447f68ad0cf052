package dev.pantherkernel.magics.surfacefixture;

/** A public type of the library's packages with neither mark, for {@code PublicSurfaceTest}'s check of the gate. */
public final class UnmarkedType {
}
