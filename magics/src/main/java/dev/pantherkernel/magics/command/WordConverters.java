package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.api.AlertStatus;
import dev.pantherkernel.magics.api.Severity;
import dev.pantherkernel.magics.core.DurationText;
import dev.pantherkernel.magics.core.TimeText;
import dev.pantherkernel.magics.core.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * The typed words of the grammar, registered once: every duration, time, severity, status and file option is read
 * by these, so a command's {@code call()} gets values, never text to parse.
 */
final class WordConverters {

    private WordConverters() {
    }

    static CommandLine register(CommandLine grammar) {
        // a blank enum word is null: between commas (HIGH,,LOW) it names nothing; alone, the command says so
        return grammar
                .registerConverter(Duration.class, read(text -> DurationText.parse("", text)))
                .registerConverter(Instant.class, read(text -> TimeText.parse("", text)))
                .registerConverter(Severity.class, read(text -> text.isBlank() ? null
                        : Severity.valueOf(PantherEnums.SEVERITY.check("", text))))
                .registerConverter(AlertStatus.class, read(text -> text.isBlank() ? null
                        : AlertStatus.valueOf(PantherEnums.ALERT_STATUS.check("", text))))
                .registerConverter(Path.class, new PathConverter());
    }

    /** The parsers already say what to write instead; with no option name, their message is what follows it. */
    private static <T> ITypeConverter<T> read(Function<String, T> parse) {
        return text -> {
            try {
                return parse.apply(text);
            } catch (UsageException e) {
                throw new UnreadableWord(e.getMessage());
            }
        };
    }
}
