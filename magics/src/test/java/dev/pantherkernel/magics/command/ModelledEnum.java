package dev.pantherkernel.magics.command;

import java.util.Arrays;
import java.util.List;

/**
 * Where one of our modules spells the values of one of Panther's GraphQL enums. {@code all}: the values are the whole
 * enum; otherwise they are some of its values (a command that accepts only the alert types that name detections).
 */
record ModelledEnum(String apiEnum, String where, List<String> values, boolean all) {

    static ModelledEnum whole(String apiEnum, String where, List<String> values) {
        return new ModelledEnum(apiEnum, where, List.copyOf(values), true);
    }

    static ModelledEnum whole(String apiEnum, String where, Enum<?>[] values) {
        return whole(apiEnum, where, names(values));
    }

    static ModelledEnum some(String apiEnum, String where, List<String> values) {
        return new ModelledEnum(apiEnum, where, List.copyOf(values), false);
    }

    static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    @Override
    public String toString() {
        return apiEnum + " in " + where;
    }
}
