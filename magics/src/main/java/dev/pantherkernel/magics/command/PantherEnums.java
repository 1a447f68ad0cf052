package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.values.AlertListingType;
import dev.pantherkernel.magics.values.AlertStatus;
import dev.pantherkernel.magics.values.AlertType;
import dev.pantherkernel.magics.values.LogTypeAccessKind;
import dev.pantherkernel.magics.values.Permission;
import dev.pantherkernel.magics.values.Severity;
import dev.pantherkernel.magics.core.Suggestions;
import dev.pantherkernel.magics.core.UsageException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Iterator;

/**
 * The enum values of Panther's API the commands accept, checked before anything is sent: case does not matter,
 * and a typo gets a "did you mean".
 */
enum PantherEnums {
    SEVERITY("a severity", names(Severity.values())),
    ALERT_STATUS("a status", names(AlertStatus.values())),
    ALERT_TYPE("an alert type", names(AlertType.values())),
    ALERT_LISTING_TYPE("a listing type", names(AlertListingType.values())),
    LOG_TYPE_ACCESS_KIND("a log type access kind", names(LogTypeAccessKind.values())),
    PERMISSION("a permission", names(Permission.values()));

    private final String noun;
    private final List<String> names;

    PantherEnums(String noun, List<String> values) {
        this.noun = noun;
        this.names = values;
    }

    public List<String> names() {
        return names;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** The values an option named, in order; an empty word between commas ({@code HIGH,,LOW}) read as null names nothing. */
    static <E extends Enum<E>> List<E> given(List<E> values) {
        return values.stream().filter(Objects::nonNull).toList();
    }

    /** Completion candidates for picocli options, from the same lists the checks use. */
    public static final class SeverityNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return SEVERITY.names.iterator();
        }
    }

    public static final class AlertStatusNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return ALERT_STATUS.names.iterator();
        }
    }

    public static final class AlertTypeNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return ALERT_TYPE.names.iterator();
        }
    }

    public static final class ListingTypeNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return ALERT_LISTING_TYPE.names.iterator();
        }
    }

    public static final class PermissionNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return PERMISSION.names.iterator();
        }
    }

    public static final class AccessKindNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return LOG_TYPE_ACCESS_KIND.names.iterator();
        }
    }

    /** The value as the API spells it; a usage error naming the option and the nearest values otherwise. */
    public String check(String option, String given) {
        String wanted = given.strip();
        Optional<String> match = names.stream().filter(v -> v.equalsIgnoreCase(wanted)).findFirst();
        if (match.isPresent()) {
            return match.get();
        }
        throw new UsageException(option + ": '" + given + "' is not " + noun + Suggestions.didYouMean(wanted, names)
                + " (one of " + String.join(", ", names) + ")");
    }
}
