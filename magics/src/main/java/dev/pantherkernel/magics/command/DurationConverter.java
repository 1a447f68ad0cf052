package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.core.DurationText;
import dev.pantherkernel.magics.core.UsageException;
import picocli.CommandLine;

import java.time.Duration;

/** picocli's converter for duration options ({@code --bucket 1d}, {@code --since 90d}), as {@link DurationText} reads them. */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        try {
            return DurationText.parse("", value);
        } catch (UsageException e) {
            throw new CommandLine.TypeConversionException("'" + value + "': write a duration like 30m, 12h, 7d or 2w");
        }
    }
}
