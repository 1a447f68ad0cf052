package dev.pantherkernel.magics.command;

import picocli.CommandLine;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** picocli's converter for file options ({@code --to hunt.parquet}): a name the file system refuses is said plainly. */
final class PathConverter implements CommandLine.ITypeConverter<Path> {

    @Override
    public Path convert(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("'" + value.replace("\0", "\\0")
                    + "' is not a file name this machine accepts (" + e.getReason() + "): write a path like hunt.parquet");
        }
    }
}
