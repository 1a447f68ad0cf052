package dev.pantherkernel.emulator;

import dev.pantherkernel.emulator.datalake.DatabaseNames;
import dev.pantherkernel.emulator.datalake.ResultCase;
import dev.pantherkernel.emulator.datalake.ResultTypeNames;
import dev.pantherkernel.emulator.schema.IntrospectionMode;

/**
 * The ways a real Panther may answer that a client must survive, chosen per emulator: how much introspection it
 * answers, how it names its databases, the case of result column names and the spelling of result types.
 */
public record ServerTraits(IntrospectionMode introspection, DatabaseNames.Style databaseNames, ResultCase resultCase,
                           ResultTypeNames typeNames) {

    /** The emulator's defaults: full introspection, {@code panther_logs.public}, names as written, {@code NUMBER}. */
    public static final ServerTraits DEFAULT = new ServerTraits(IntrospectionMode.FULL, DatabaseNames.Style.QUALIFIED,
            ResultCase.AS_WRITTEN, ResultTypeNames.SNOWFLAKE);

    /**
     * A Panther as it plausibly answers: no introspection, {@code panther_logs.public}, upper-case result column
     * names as Snowflake returns unquoted identifiers, and Snowflake's lower-case result type names.
     */
    public static final ServerTraits REALISTIC = new ServerTraits(IntrospectionMode.OFF, DatabaseNames.Style.QUALIFIED,
            ResultCase.UPPER, ResultTypeNames.SNOWFLAKE_LOWER);
}
