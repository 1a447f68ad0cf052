package dev.pantherkernel.magics.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.magics.client.GraphQLRequest;
import dev.pantherkernel.magics.client.PantherClient;
import graphql.introspection.IntrospectionQueryBuilder;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Finds out which introspection fields a server answers, before asking for its schema. graphql-java's default query
 * asks for fields later specs added ({@code isOneOf}, {@code isRepeatable}, deprecated arguments), which servers on
 * older GraphQL libraries refuse, failing the whole query. The probe itself uses only what the June 2018 spec
 * defines, and the schema query then asks for the newer fields only where the server has them. The probe names
 * {@code __schema} once and no {@code __type} (the introspection types are among the schema's types): servers
 * that guard against abusive introspection (graphql-java's "good faith" check) refuse a query that repeats them.
 */
final class IntrospectionProbe {

    static final String QUERY = """
            query PantherKernelIntrospectionProbe {
              __schema { types { name fields { name args { name } } } }
            }""";

    private IntrospectionProbe() {
    }

    /** The schema query for what {@code client}'s server answers. */
    static String schemaQuery(PantherClient client) {
        JsonNode probe = client.execute(GraphQLRequest.query("__schema", QUERY, Map.of()));
        return IntrospectionQueryBuilder.build(options(probe));
    }

    /** The June 2018 query, plus each newer part the probe found. */
    static IntrospectionQueryBuilder.Options options(JsonNode probe) {
        Map<String, JsonNode> types = new HashMap<>();
        probe.path("__schema").path("types").forEach(t -> types.put(t.path("name").asText(), t));
        Set<String> schema = names(types.get("__Schema"), null);
        Set<String> type = names(types.get("__Type"), null);
        Set<String> directive = names(types.get("__Directive"), null);
        Set<String> inputValue = names(types.get("__InputValue"), null);
        boolean deprecatedInputs = inputValue.contains("isDeprecated")
                && names(types.get("__Field"), "args").contains("includeDeprecated")
                && names(types.get("__Directive"), "args").contains("includeDeprecated")
                && names(types.get("__Type"), "inputFields").contains("includeDeprecated");
        return IntrospectionQueryBuilder.Options.defaultOptions()
                .descriptions(true)
                .schemaDescription(schema.contains("description"))
                .specifiedByUrl(type.contains("specifiedByURL"))
                .isOneOf(type.contains("isOneOf"))
                .directiveIsRepeatable(directive.contains("isRepeatable"))
                .inputValueDeprecation(deprecatedInputs);
    }

    /** The field names of an introspected type, or (with {@code argumentsOf}) the argument names of one of its fields. */
    private static Set<String> names(JsonNode type, String argumentsOf) {
        Set<String> out = new HashSet<>();
        if (type == null) {
            return out;
        }
        for (JsonNode field : type.path("fields")) {
            if (argumentsOf == null) {
                out.add(field.path("name").asText());
            } else if (argumentsOf.equals(field.path("name").asText())) {
                field.path("args").forEach(arg -> out.add(arg.path("name").asText()));
            }
        }
        return out;
    }
}
