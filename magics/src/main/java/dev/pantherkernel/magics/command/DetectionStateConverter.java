package dev.pantherkernel.magics.command;

import picocli.CommandLine;

import java.util.Locale;

/** Reads {@code detections --state}: enabled or disabled, case aside. */
final class DetectionStateConverter implements CommandLine.ITypeConverter<DetectionStateConverter.State> {

    /** A detection's state; a type of its own, as picocli reads a Boolean option as a flag. */
    enum State {
        ENABLED, DISABLED;

        boolean enabled() {
            return this == ENABLED;
        }
    }

    @Override
    public State convert(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "enabled" -> State.ENABLED;
            case "disabled" -> State.DISABLED;
            default -> throw new UnreadableWord(" " + text + ": write enabled or disabled");
        };
    }
}
