package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.values.AlertListingType;
import dev.pantherkernel.magics.values.AlertStatus;
import dev.pantherkernel.magics.values.AlertType;
import dev.pantherkernel.magics.values.LogTypeAccessKind;
import dev.pantherkernel.magics.values.Permission;
import dev.pantherkernel.magics.values.Severity;
import dev.pantherkernel.magics.core.DurationText;
import dev.pantherkernel.magics.core.TimeText;
import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.datalake.job.Partitions;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * The typed words of the grammar, registered once: every duration, time, partition count, file option and value of Panther's enums is read
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
                .registerConverter(Severity.class, listed(Severity.class, PantherEnums.SEVERITY))
                .registerConverter(AlertStatus.class, listed(AlertStatus.class, PantherEnums.ALERT_STATUS))
                .registerConverter(AlertType.class, listed(AlertType.class, PantherEnums.ALERT_TYPE))
                .registerConverter(AlertListingType.class, single(AlertListingType.class, PantherEnums.ALERT_LISTING_TYPE))
                .registerConverter(Permission.class, listed(Permission.class, PantherEnums.PERMISSION))
                .registerConverter(LogTypeAccessKind.class, single(LogTypeAccessKind.class, PantherEnums.LOG_TYPE_ACCESS_KIND))
                .registerConverter(Partitions.class, text -> {
                    try {
                        return Partitions.parse(text);
                    } catch (IllegalArgumentException e) {
                        throw new UnreadableWord(" " + text + ": " + e.getMessage());
                    }
                })
                .registerConverter(Path.class, new PathConverter());
    }

    /** A word of a comma-separated list of Panther's values; blank is null, which the command drops. */
    private static <E extends Enum<E>> ITypeConverter<E> listed(Class<E> type, PantherEnums values) {
        return text -> text.isBlank() ? null : word(type, values, text);
    }

    /** One of Panther's values, alone: a blank word is refused as any other word that is not one of them. */
    private static <E extends Enum<E>> ITypeConverter<E> single(Class<E> type, PantherEnums values) {
        return text -> word(type, values, text);
    }

    /** The value of {@code type} the word names, case aside; otherwise the enum's error, for picocli to report. */
    static <E extends Enum<E>> E word(Class<E> type, PantherEnums values, String text) {
        try {
            return Enum.valueOf(type, values.check("", text));
        } catch (UsageException e) {
            throw new UnreadableWord(e.getMessage());
        }
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
