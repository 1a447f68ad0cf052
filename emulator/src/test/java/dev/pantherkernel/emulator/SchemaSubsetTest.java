package dev.pantherkernel.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pantherkernel.emulator.schema.PantherSchema;
import graphql.language.AstPrinter;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.language.UnionTypeDefinition;
import graphql.language.Value;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Everything the emulator serves exists, with the same types and defaults, in Panther's published schema. */
class SchemaSubsetTest {
    private static final String SURFACE = "shared/reference/panther-api-surface.graphql";
    /**
     * Types the emulator has that Panther does not publish: HTTP sources are listed by {@code sources}, but Panther's
     * published schema has no object type for them to be (only {@code S3LogIntegration} implements LogIntegration).
     */
    private static final Set<String> EMULATOR_OWN = Set.of("HttpLogIntegration");

    private final TypeDefinitionRegistry ours = PantherSchema.typeDefinitions();
    private final TypeDefinitionRegistry panther = new SchemaParser().parse(locateSurface().toFile());

    /**
     * The reference lives in the project's shared folder beside the repository; a copy is kept in the test
     * resources so the test runs in any checkout. When both exist they must be the same.
     */
    private static Path locateSurface() {
        Path copy = Path.of("src/test/resources/reference/panther-api-surface.graphql").toAbsolutePath();
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(SURFACE);
            if (Files.isRegularFile(candidate)) {
                assertThat(withoutComments(copy)).as("the test copy of the surface file is current")
                        .isEqualTo(withoutComments(candidate));
                return candidate;
            }
        }
        if (Files.isRegularFile(copy)) {
            return copy;
        }
        throw new AssertionError("cannot find " + SURFACE + " in any folder above " + Path.of("").toAbsolutePath());
    }

    private static String withoutComments(Path file) {
        try {
            return Files.readAllLines(file).stream().filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyServedTypeFieldArgumentAndEnumValueExistsWithTheSameTypeInPanthersSchema() {
        List<String> problems = new ArrayList<>();
        for (TypeDefinition<?> type : ours.types().values()) {
            if (EMULATOR_OWN.contains(type.getName())) {
                continue;
            }
            Optional<TypeDefinition<?>> theirs = panther.getType(type.getName()).map(t -> (TypeDefinition<?>) t);
            if (theirs.isEmpty() || theirs.get().getClass() != type.getClass()) {
                problems.add("type " + type.getName() + " is not a " + type.getClass().getSimpleName() + " in Panther's schema");
                continue;
            }
            problems.addAll(compare(type, theirs.get()));
        }
        for (ScalarTypeDefinition scalar : ours.scalars().values()) {
            if (!scalar.getName().matches("Int|Float|String|Boolean|ID") && !panther.scalars().containsKey(scalar.getName())) {
                problems.add("scalar " + scalar.getName() + " is not in Panther's schema");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theComparisonCoversTheOperationsTheIssueAsksFor() {
        ObjectTypeDefinition query = (ObjectTypeDefinition) ours.getType("Query").orElseThrow();
        ObjectTypeDefinition mutation = (ObjectTypeDefinition) ours.getType("Mutation").orElseThrow();
        assertThat(query.getFieldDefinitions()).extracting(FieldDefinition::getName).contains("generalSettings", "alerts",
                "alert", "users", "roles", "metrics", "dataLakeDatabases", "dataLakeQuery", "dataLakeQueries");
        assertThat(mutation.getFieldDefinitions()).extracting(FieldDefinition::getName).contains("updateAlertStatusById",
                "createRole", "executeDataLakeQuery", "executeIndicatorSearchQuery", "cancelDataLakeQuery", "rotateAPIToken");
    }

    @Test
    void theEmulatorsOwnHttpSourceTypeHasExactlyTheFieldsOfPanthersLogIntegration() {
        ObjectTypeDefinition http = (ObjectTypeDefinition) ours.getType("HttpLogIntegration").orElseThrow();
        InterfaceTypeDefinition every = (InterfaceTypeDefinition) panther.getType("LogIntegration").orElseThrow();
        assertThat(http.getFieldDefinitions().stream().map(f -> f.getName() + ": " + AstPrinter.printAst(f.getType())).toList())
                .containsExactlyInAnyOrderElementsOf(every.getFieldDefinitions().stream()
                        .map(f -> f.getName() + ": " + AstPrinter.printAst(f.getType())).toList());
        assertThat(panther.getType("HttpLogIntegration")).isEmpty();
    }

    @Test
    void aFieldWithAnotherTypeIsReported() {
        TypeDefinitionRegistry changed = new SchemaParser().parse("type Alert { id: String! }");
        TypeDefinition<?> alert = changed.getType("Alert").orElseThrow();
        assertThat(compare(alert, panther.getType("Alert").orElseThrow())).containsExactly("Alert.id has type String! but Panther's is ID!");
    }

    private static List<String> compare(TypeDefinition<?> mine, TypeDefinition<?> theirs) {
        List<String> problems = new ArrayList<>();
        String name = mine.getName();
        if (mine instanceof ImplementingTypeDefinition<?> o) {
            Map<String, FieldDefinition> fields = byName(((ImplementingTypeDefinition<?>) theirs).getFieldDefinitions(), FieldDefinition::getName);
            for (FieldDefinition field : o.getFieldDefinitions()) {
                FieldDefinition other = fields.get(field.getName());
                if (other == null) {
                    problems.add(name + "." + field.getName() + " is not in Panther's schema");
                    continue;
                }
                sameType(problems, name + "." + field.getName(), AstPrinter.printAst(field.getType()), AstPrinter.printAst(other.getType()));
                problems.addAll(compareInputs(name + "." + field.getName() + "(", field.getInputValueDefinitions(),
                        other.getInputValueDefinitions()));
            }
        } else if (mine instanceof InputObjectTypeDefinition i) {
            problems.addAll(compareInputs(name + ".", i.getInputValueDefinitions(),
                    ((InputObjectTypeDefinition) theirs).getInputValueDefinitions()));
        } else if (mine instanceof EnumTypeDefinition e) {
            List<String> values = ((EnumTypeDefinition) theirs).getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).toList();
            e.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).filter(v -> !values.contains(v))
                    .forEach(v -> problems.add(name + "." + v + " is not a value of Panther's enum"));
        } else if (mine instanceof UnionTypeDefinition u) {
            List<String> members = ((UnionTypeDefinition) theirs).getMemberTypes().stream().map(AstPrinter::printAst).toList();
            u.getMemberTypes().stream().map(AstPrinter::printAst).filter(m -> !members.contains(m))
                    .forEach(m -> problems.add(name + " member " + m + " is not in Panther's union"));
        }
        return problems;
    }

    private static List<String> compareInputs(String prefix, List<InputValueDefinition> mine, List<InputValueDefinition> theirs) {
        List<String> problems = new ArrayList<>();
        Map<String, InputValueDefinition> byName = byName(theirs, InputValueDefinition::getName);
        for (InputValueDefinition input : mine) {
            InputValueDefinition other = byName.get(input.getName());
            if (other == null) {
                problems.add(prefix + input.getName() + " is not in Panther's schema");
                continue;
            }
            sameType(problems, prefix + input.getName(), AstPrinter.printAst(input.getType()), AstPrinter.printAst(other.getType()));
            String myDefault = print(input.getDefaultValue());
            String theirDefault = print(other.getDefaultValue());
            if (!myDefault.equals(theirDefault)) {
                problems.add(prefix + input.getName() + " defaults to " + myDefault + " but Panther's to " + theirDefault);
            }
        }
        return problems;
    }

    private static void sameType(List<String> problems, String what, String mine, String theirs) {
        if (!mine.equals(theirs)) {
            problems.add(what + " has type " + mine + " but Panther's is " + theirs);
        }
    }

    private static String print(Value<?> value) {
        return value == null ? "(none)" : AstPrinter.printAst(value);
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        return items.stream().collect(Collectors.toMap(name, Function.identity()));
    }
}
