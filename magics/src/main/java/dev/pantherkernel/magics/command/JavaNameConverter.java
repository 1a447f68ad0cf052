package dev.pantherkernel.magics.command;

import picocli.CommandLine;

import javax.lang.model.SourceVersion;

/**
 * Reads {@code --as NAME}: a name Java can declare, checked before the command runs, so a fetch never ends in a
 * binding that cannot be made.
 */
final class JavaNameConverter implements CommandLine.ITypeConverter<String> {

    @Override
    public String convert(String value) {
        if (!SourceVersion.isName(value) || value.contains(".")) {
            throw new UnreadableWord(" " + value + ": not a Java variable name; write a name like recent_alerts");
        }
        return value;
    }
}
