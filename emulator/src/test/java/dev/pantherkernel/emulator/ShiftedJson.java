package dev.pantherkernel.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Compares two answers of the API where the second should be the first moved in time: every value that is a time
 * (in any of the forms the emulator writes) is later by exactly the offset, and everything else is the same, text
 * around dates included (dates inside longer text, such as an alert title's day, are masked).
 */
final class ShiftedJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    /** The forms a whole value takes when it is a time. */
    private static final List<DateTimeFormatter> FORMS = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSSSSSSSS][.SSSSSS][.SSS]'Z'"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSSSSS][.SSSSSS][.SSS]"),
            DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm:ss a", Locale.US));
    private static final Pattern DATES = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z?)?"
            + "|\\d{4}/\\d{2}/\\d{2}|[A-Z][a-z]{2} \\d{1,2}, \\d{4}(, \\d{1,2}:\\d{2}:\\d{2} [AP]M)?");

    private ShiftedJson() {}

    static void assertMovedBy(String what, JsonNode early, JsonNode late, Duration offset) {
        List<String> problems = new ArrayList<>();
        int[] times = {0};
        walk("", early, late, offset, problems, times);
        assertThat(problems).as("%s: values that did not move by %s (of %d times compared)", what, offset, times[0]).isEmpty();
    }

    private static void walk(String path, JsonNode early, JsonNode late, Duration offset, List<String> problems, int[] times) {
        if (problems.size() > 20) {
            return;
        }
        if (late == null || early.getNodeType() != late.getNodeType()) {
            problems.add(path + ": " + early + " became " + late);
        } else if (early.isObject()) {
            List<String> earlyNames = new ArrayList<>();
            early.fieldNames().forEachRemaining(earlyNames::add);
            List<String> lateNames = new ArrayList<>();
            late.fieldNames().forEachRemaining(lateNames::add);
            if (!earlyNames.equals(lateNames)) {
                problems.add(path + ": fields " + earlyNames + " became " + lateNames);
                return;
            }
            earlyNames.forEach(name -> walk(path + "." + name, early.get(name), late.get(name), offset, problems, times));
        } else if (early.isArray()) {
            if (early.size() != late.size()) {
                problems.add(path + ": " + early.size() + " elements became " + late.size());
                return;
            }
            for (int i = 0; i < early.size(); i++) {
                walk(path + "[" + i + "]", early.get(i), late.get(i), offset, problems, times);
            }
        } else if (early.isTextual()) {
            text(path, early.asText(), late.asText(), offset, problems, times);
        } else if (!early.equals(late)) {
            problems.add(path + ": " + early + " became " + late);
        }
    }

    private static void text(String path, String early, String late, Duration offset, List<String> problems, int[] times) {
        for (DateTimeFormatter form : FORMS) {
            Optional<LocalDateTime> time = parse(early, form);
            if (time.isPresent()) {
                times[0]++;
                String expected = time.get().plus(offset).toString();
                Optional<LocalDateTime> moved = parse(late, form);
                if (moved.isEmpty() || !moved.get().equals(time.get().plus(offset))) {
                    problems.add(path + ": " + early + " became " + late + ", not " + expected);
                }
                return;
            }
        }
        if (early.startsWith("{") || early.startsWith("[")) {
            try {
                walk(path, MAPPER.readTree(early), MAPPER.readTree(late), offset, problems, times);
                return;
            } catch (Exception e) {
                // not JSON after all: compared as text
            }
        }
        if (!DATES.matcher(early).replaceAll("<time>").equals(DATES.matcher(late).replaceAll("<time>"))) {
            problems.add(path + ": " + early + " became " + late);
        }
    }

    private static Optional<LocalDateTime> parse(String text, DateTimeFormatter form) {
        try {
            return Optional.of(LocalDateTime.parse(text, form));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
