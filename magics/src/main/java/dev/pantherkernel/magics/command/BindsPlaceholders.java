package dev.pantherkernel.magics.command;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an option whose value the command binds {@code {name}} in itself, by what the value stands in: a SQL
 * condition binds it as a safe SQL literal ({@code {name!ident}} as a known identifier), a GraphQL variable as a
 * typed value. {@link ArgumentVariables} leaves such a value as written, so a Java value never becomes SQL text.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@interface BindsPlaceholders {
}
