package dev.pantherkernel.magics.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A type of the library's surface: the kernel, the benchmarks or a notebook's Java cells use it (a notebook through
 * the imports every session starts with). It is kept stable: a change to it is a change to what notebooks and the
 * kernel are written against. Its nested types belong to the surface with it.
 *
 * <p>Every public top-level type of the library carries either this or {@link Internal}, and code outside the library
 * may name the types marked with this only; tests check both ({@code PublicSurfaceTest} in the library,
 * {@code LibrarySurfaceTest} in the kernel, {@code BenchSurfaceTest} in the benchmarks). The mark is kept at run time
 * so that those tests can read it.
 */
@PublicApi
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PublicApi {
}
