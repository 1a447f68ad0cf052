package dev.pantherkernel.emulator.schema;

import graphql.schema.visibility.BlockedFields;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import graphql.schema.visibility.GraphqlFieldVisibility;
import graphql.schema.visibility.NoIntrospectionGraphqlFieldVisibility;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How much introspection the API answers. Panther's own server is not ours to inspect, and GraphQL servers differ:
 * many answer only what the June 2018 spec defines, and production servers often refuse introspection altogether.
 * graphql-java's field visibility hides the fields, so validation refuses them with its usual errors.
 */
public enum IntrospectionMode {
    /** Everything graphql-java knows, {@code isOneOf} included. */
    FULL("full"),
    /**
     * Only the June 2018 spec: no {@code __Type.isOneOf}, {@code __Type.specifiedByURL},
     * {@code __Directive.isRepeatable}, {@code __Schema.description}, nor deprecated input values
     * ({@code __InputValue.isDeprecated}), as servers on older GraphQL libraries (graphql-js before 16) answer.
     */
    LEGACY("legacy"),
    /** No {@code __schema} or {@code __type} at all ({@code __typename} still works), as production servers often do. */
    OFF("off");

    private final String optionValue;

    IntrospectionMode(String optionValue) {
        this.optionValue = optionValue;
    }

    public String optionValue() {
        return optionValue;
    }

    /** Reads {@code full}, {@code legacy} or {@code off}. */
    public static IntrospectionMode parse(String text) {
        return Arrays.stream(values()).filter(v -> v.optionValue.equalsIgnoreCase(text.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("introspection '" + text + "': use one of "
                        + Arrays.stream(values()).map(IntrospectionMode::optionValue).collect(Collectors.joining(", "))));
    }

    GraphqlFieldVisibility visibility() {
        return switch (this) {
            case FULL -> DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY;
            case LEGACY -> BlockedFields.newBlock()
                    .addPattern("__Type.isOneOf")
                    .addPattern("__Type.specifiedByURL")
                    .addPattern("__Type.specifiedByUrl")
                    .addPattern("__Directive.isRepeatable")
                    .addPattern("__Schema.description")
                    .addPattern("__InputValue.isDeprecated")
                    .addPattern("__InputValue.deprecationReason")
                    .build();
            case OFF -> NoIntrospectionGraphqlFieldVisibility.NO_INTROSPECTION_FIELD_VISIBILITY;
        };
    }
}
