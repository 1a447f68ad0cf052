package dev.pantherkernel.magics.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A type that is public only because another package of the library needs it (or the tests of another package or
 * module do): it is not part of the library's surface and may change or go with the library's inside. The kernel, the
 * benchmarks and a notebook's imports never name it; a test fails when they do. A type no other package needs is not
 * public at all.
 *
 * <p>The counterpart of {@link PublicApi}; every public top-level type of the library carries exactly one of the two.
 */
@PublicApi
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Internal {
}
