package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.values.AlertType;
import dev.pantherkernel.magics.content.DetectionKind;
import picocli.CommandLine;

import java.util.stream.Collectors;

/**
 * Reads a word of {@code detections --subtype}: an alert subtype that detections raise. The error subtypes
 * (RULE_ERROR, SYSTEM_ERROR ...) are alert subtypes too, but no detection is of them: refused while parsing, saying so.
 */
final class DetectionSubtypeConverter implements CommandLine.ITypeConverter<AlertType> {

    @Override
    public AlertType convert(String text) {
        if (text.isBlank()) {
            return null;
        }
        AlertType subtype = WordConverters.word(AlertType.class, PantherEnums.ALERT_TYPE, text);
        if (!DetectionKind.SUBTYPES.contains(subtype)) {
            throw new UnreadableWord(" " + subtype + " names errors, not detections: use "
                    + DetectionKind.SUBTYPES.stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
        return subtype;
    }
}
