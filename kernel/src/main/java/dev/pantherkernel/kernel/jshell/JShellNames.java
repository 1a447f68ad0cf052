package dev.pantherkernel.kernel.jshell;

import java.util.regex.Pattern;

/**
 * The user's names in place of JShell's: a cell's variables, methods and classes live in wrapper classes named
 * {@code REPL.$JShell$13}, which the JVM's messages name ("because "REPL.$JShell$13.t" is null", "class
 * REPL.$JShell$9$Foo cannot be cast"). The user wrote {@code t} and {@code Foo}.
 */
final class JShellNames {

    private static final Pattern WRAPPER = Pattern.compile("(?:REPL\\.)?\\$JShell\\$\\d+(?:[.$]|\\b)");

    private JShellNames() {
    }

    static String unwrap(String text) {
        return text == null ? null : WRAPPER.matcher(text).replaceAll("");
    }
}
