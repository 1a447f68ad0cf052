package dev.pantherkernel.emulator.datalake;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How {@code columnInfo.types} spells a result's column types. The emulator names each type once, the way Snowflake
 * documents it ({@code NUMBER}, {@code VARCHAR}, {@code TIMESTAMP_NTZ}, ...); which spelling Panther passes on is not
 * known, so this respells those names, in this one place, as each plausible source would: Snowflake's own result
 * metadata ({@code fixed}, {@code text}, {@code timestamp_ntz}), its SQL forms with their parameters
 * ({@code NUMBER(38,0)}, {@code VARCHAR(16777216)}), or not at all. Tests of clients run under each.
 */
public enum ResultTypeNames {
    /** The documented names, as they are: {@code NUMBER}, {@code VARCHAR}, {@code TIMESTAMP_NTZ}. */
    SNOWFLAKE("snowflake"),
    /** Snowflake's result metadata, lower-case: {@code fixed}, {@code real}, {@code text}, {@code timestamp_ntz}. */
    SNOWFLAKE_LOWER("snowflake-lower"),
    /** SQL forms with parameters: {@code NUMBER(38,0)}, {@code VARCHAR(16777216)}, {@code TIMESTAMP_NTZ(9)}. */
    SQL("sql"),
    /** No types at all: {@code columnInfo.types} is empty, and clients must look at the values. */
    NONE("none");

    private static final Map<String, String> METADATA = Map.ofEntries(
            Map.entry("NUMBER", "fixed"), Map.entry("DECIMAL", "fixed"), Map.entry("FLOAT", "real"),
            Map.entry("DOUBLE", "real"), Map.entry("VARCHAR", "text"), Map.entry("STRING", "text"),
            Map.entry("TEXT", "text"));
    private static final Map<String, String> SQL_FORMS = Map.of(
            "NUMBER", "NUMBER(38,0)", "VARCHAR", "VARCHAR(16777216)", "BINARY", "BINARY(8388608)",
            "TIMESTAMP_NTZ", "TIMESTAMP_NTZ(9)", "TIMESTAMP_LTZ", "TIMESTAMP_LTZ(9)", "TIMESTAMP_TZ", "TIMESTAMP_TZ(9)",
            "TIME", "TIME(9)");

    private final String optionValue;

    ResultTypeNames(String optionValue) {
        this.optionValue = optionValue;
    }

    /** The word for it on the command line ({@code snowflake-lower}). */
    public String optionValue() {
        return optionValue;
    }

    /** Reads {@code snowflake}, {@code snowflake-lower}, {@code sql} or {@code none}. */
    public static ResultTypeNames parse(String text) {
        return Arrays.stream(values()).filter(v -> v.optionValue.equalsIgnoreCase(text.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("type names '" + text + "': use one of "
                        + Arrays.stream(values()).map(ResultTypeNames::optionValue).collect(Collectors.joining(", "))));
    }

    /** The types of a result, column by column, respelled. */
    public Map<String, String> respell(Map<String, String> types) {
        if (this == SNOWFLAKE) {
            return types;
        }
        Map<String, String> out = new LinkedHashMap<>();
        if (this != NONE) {
            types.forEach((column, type) -> out.put(column, respell(type)));
        }
        return out;
    }

    String respell(String type) {
        // the base name: a type already written with parameters is respelled from its name alone
        String base = type.strip().toUpperCase(Locale.ROOT).replaceFirst("\\s*\\(.*$", "");
        return switch (this) {
            case SNOWFLAKE, NONE -> type;
            case SNOWFLAKE_LOWER -> METADATA.getOrDefault(base, base.toLowerCase(Locale.ROOT));
            case SQL -> SQL_FORMS.getOrDefault(base, base);
        };
    }
}
