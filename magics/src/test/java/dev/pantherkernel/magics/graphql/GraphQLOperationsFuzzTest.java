package dev.pantherkernel.magics.graphql;

import dev.pantherkernel.emulator.PantherEmulator;
import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.connect.Environment;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.testing.ApiSchema;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.ReliabilityLog;
import dev.pantherkernel.magics.testing.Sessions;
import dev.pantherkernel.magics.testing.SharedEmulator;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * {@code %%panther graphql} cells, fuzzed: operations generated from the API schema (random fields, nested
 * selections, aliases) and hand-written ones, then mutated (characters deleted, inserted, swapped, names misspelt,
 * text cut off or repeated). A cell either runs, or is refused before sending with the line and column of the
 * problem and a caret under it, or gets Panther's own error back: never a crash. Runs against a scratch emulator.
 */
class GraphQLOperationsFuzzTest {

    private static final ReliabilityLog LOG = new ReliabilityLog("fuzz-graphql");
    private static final Pattern WHERE = Pattern.compile("^invalid GraphQL at line (\\d+):(\\d+): .+ \\(nothing was sent\\)$");
    private static final Map<String, AtomicInteger> OUTCOMES = new ConcurrentHashMap<>();
    private static final AtomicInteger CASES = new AtomicInteger();
    private static final String INSERTED = "{}()[]:!$@#\"\\,.=|&\n \t_-aZ09";
    private static final List<String> WRITTEN = List.of(
            "{ users { id email givenName role { name permissions } } }",
            "query Roles { roles { id name permissions logTypeAccessKind } }",
            "{ alerts(input: {pageSize: 5}) { edges { node { id title severity origin { ... on Detection { id name } } } } } }",
            "query($id: ID!) { alert(id: $id) { id } }",
            "{ generalSettings { pantherVersion } }",
            "fragment U on User { email } { users { ...U } }",
            "{ a: users { email } b: roles { name } }",
            "{ dataLakeDatabases { name tables { name } } }",
            "{ dataLakeQueries { edges { node { id status sql } } pageInfo { hasNextPage endCursor } } }",
            "mutation { deleteRole(input: {id: \"none\"}) { id } }",
            "{ alerts(input: {severities: [HIGH, CRITICAL]}) { edges { node { id ID: title } } } }",
            "{\n  users {\n    email\n  }\n}");

    private static PantherMagics panther;
    private static GraphQLSchema schema;

    @BeforeContainer
    static void start() {
        PantherEmulator emulator = SharedEmulator.scratch();
        panther = new PantherMagics(new PantherSession(new RecordingHost(), Environment.of(Map.of("PANTHER_API_URL",
                emulator.url(), "PANTHER_API_TOKEN", emulator.token()), Sessions.home()), Sessions.fastRetries()));
        schema = ApiSchema.get();
    }

    @AfterContainer
    static void write() {
        LOG.total("operations", CASES.get());
        Map<String, Integer> outcomes = new TreeMap<>();
        OUTCOMES.forEach((k, v) -> outcomes.put(k, v.get()));
        LOG.total("outcomes", outcomes);
        LOG.write();
    }

    @Property(tries = 250)
    void aRandomOrMutatedOperationRunsOrIsRefusedWithItsLineAndColumn(@ForAll("operations") String operation) {
        boolean parses = parses(operation);
        Object value;
        try {
            value = panther.cell(List.of("graphql"), operation);
        } catch (InvalidOperationException e) {
            assertPointsIntoTheText(e, operation);
            count(parses ? "refused: invalid for the schema" : "refused: syntax error");
            CASES.incrementAndGet();
            return;
        } catch (UsageException e) {
            assertThat(operation).as("a usage error for a cell with an operation").isBlank();
            count("usage error: empty cell");
            CASES.incrementAndGet();
            return;
        } catch (PantherException e) {
            assertThat(parses).as("an operation that does not parse must be refused with line:column: %s", operation).isTrue();
            assertThat(e.getMessage()).isNotBlank().doesNotContain("Exception");
            count("Panther's error");
            CASES.incrementAndGet();
            return;
        } catch (RuntimeException | Error e) {
            fail("crash on %s: %s", operation, e.toString(), e);
            return;
        }
        assertThat(parses).as("ran although it does not parse: %s", operation).isTrue();
        count(value == null ? "no value" : "ran");
        CASES.incrementAndGet();
    }

    private static void assertPointsIntoTheText(InvalidOperationException e, String operation) {
        Matcher m = WHERE.matcher(e.getMessage());
        assertThat(m.matches()).as("the error of %s: %s", operation, e.getMessage()).isTrue();
        int line = Integer.parseInt(m.group(1));
        int column = Integer.parseInt(m.group(2));
        List<String> lines = operation.lines().toList();
        assertThat(line).isEqualTo(e.line()).isBetween(1, Math.max(1, lines.size() + 1));
        assertThat(column).isEqualTo(e.column()).isPositive();
        if (line <= lines.size()) {
            assertThat(column).as("column in line %d of %s", line, operation).isLessThanOrEqualTo(lines.get(line - 1).length() + 1);
            assertThat(e.details()).startsWith(lines.get(line - 1), " ".repeat(column - 1) + "^");
        }
    }

    private static boolean parses(String operation) {
        try {
            Parser.parse(operation);
            return true;
        } catch (InvalidSyntaxException e) {
            return false;
        }
    }

    private static void count(String outcome) {
        OUTCOMES.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
    }

    // ---- generators ----

    @Provide
    Arbitrary<String> operations() {
        Arbitrary<String> valid = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(WRITTEN)),
                Tuple.of(2, Arbitraries.longs().map(seed -> generated(new Random(seed)))));
        Arbitrary<String> mutated = Arbitraries.longs().flatMap(seed -> valid.map(text -> mutate(text, new Random(seed))));
        return Arbitraries.frequencyOf(Tuple.of(1, valid), Tuple.of(3, mutated),
                Tuple.of(1, Arbitraries.strings().withChars(INSERTED).ofMaxLength(30)));
    }

    /** A query from the schema: a root field whose arguments can be given, with a random selection below it. */
    private static String generated(Random random) {
        GraphQLObjectType query = schema.getQueryType();
        List<GraphQLFieldDefinition> roots = new ArrayList<>();
        for (GraphQLFieldDefinition field : query.getFieldDefinitions()) {
            if (field.getArguments().stream().allMatch(a -> argument(a) != null)) {
                roots.add(field);
            }
        }
        GraphQLFieldDefinition root = roots.get(random.nextInt(roots.size()));
        StringBuilder out = new StringBuilder("{ ");
        if (random.nextInt(4) == 0) {
            out.append("x").append(random.nextInt(9)).append(": ");
        }
        out.append(root.getName());
        List<String> args = new ArrayList<>();
        for (GraphQLArgument a : root.getArguments()) {
            String value = argument(a);
            if (!value.isEmpty()) {
                args.add(a.getName() + ": " + value);
            }
        }
        if (!args.isEmpty()) {
            out.append("(").append(String.join(", ", args)).append(")");
        }
        out.append(selection(root.getType(), random, 0)).append(" }");
        return out.toString();
    }

    /** A value for a required argument ("" for an optional one, left out), or null when none can be made up. */
    private static String argument(GraphQLArgument argument) {
        if (!(argument.getType() instanceof GraphQLNonNull required)) {
            return "";
        }
        GraphQLType type = required.getWrappedType();
        if (type instanceof GraphQLInputObjectType input) {
            boolean anyRequired = input.getFieldDefinitions().stream().anyMatch(f -> f.getType() instanceof GraphQLNonNull);
            return anyRequired ? null : "{}";
        }
        if (type instanceof GraphQLScalarType scalar && (scalar.getName().equals("ID") || scalar.getName().equals("String"))) {
            return "\"none\"";
        }
        return null;
    }

    private static String selection(GraphQLType type, Random random, int depth) {
        GraphQLType named = TypeNames.named(type);
        if (named instanceof GraphQLScalarType || named instanceof GraphQLEnumType) {
            return "";
        }
        if (!(named instanceof GraphQLFieldsContainer container)) {
            return " { __typename }";
        }
        List<String> fields = new ArrayList<>();
        for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
            boolean leaf = TypeNames.named(field.getType()) instanceof GraphQLScalarType
                    || TypeNames.named(field.getType()) instanceof GraphQLEnumType;
            boolean noArgsNeeded = field.getArguments().stream().allMatch(a -> "".equals(argument(a)));
            if (!noArgsNeeded || random.nextInt(3) == 0) {
                continue;
            }
            if (leaf) {
                fields.add(field.getName());
            } else if (depth < 2) {
                fields.add(field.getName() + selection(field.getType(), random, depth + 1));
            }
        }
        if (fields.isEmpty()) {
            fields.add("__typename");
        }
        return " { " + String.join(" ", fields) + " }";
    }

    private static String mutate(String text, Random random) {
        StringBuilder out = new StringBuilder(text);
        int changes = 1 + random.nextInt(3);
        for (int i = 0; i < changes && out.length() > 0; i++) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(6)) {
                case 0 -> out.deleteCharAt(at);
                case 1 -> out.insert(at, INSERTED.charAt(random.nextInt(INSERTED.length())));
                case 2 -> {
                    if (at + 1 < out.length()) {
                        char c = out.charAt(at);
                        out.setCharAt(at, out.charAt(at + 1));
                        out.setCharAt(at + 1, c);
                    }
                }
                case 3 -> out.setLength(at);
                case 4 -> out.insert(at, out.substring(at, Math.min(out.length(), at + 1 + random.nextInt(12))));
                default -> {
                    Matcher word = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*").matcher(out);
                    if (word.find(at)) {
                        out.replace(word.start(), word.end(), word.group() + "x");
                    }
                }
            }
        }
        return out.toString();
    }
}
