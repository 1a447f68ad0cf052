package dev.pantherkernel.magics.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pantherkernel.emulator.schema.PantherSchema;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Panther's enum values are written in three places with nothing else tying them together: the library's commands and
 * types, the emulator's Java enums, and the SDL the emulator serves (which is also the kernel's reference copy of the
 * API). Each place must name exactly the values of the schema's enum, and the served SDL those of Panther's published
 * schema (the copy in the emulator's test resources). The library only reads the emulator here, in its tests.
 */
class PantherEnumValuesTest {

    /** The emulator's copy of Panther's published schema; Maven runs the tests in the module's folder. */
    private static final Path PANTHER_SURFACE = Path.of("../emulator/src/test/resources/reference/panther-api-surface.graphql");

    private static final TypeDefinitionRegistry SERVED = PantherSchema.typeDefinitions();

    static Stream<ModelledEnum> modelled() {
        return Stream.concat(MagicsEnums.all().stream(), EmulatorEnums.all().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modelled")
    void namesTheValuesOfTheServedSchemasEnum(ModelledEnum ours) {
        Set<String> schema = values(SERVED, ours.apiEnum());
        Set<String> written = new TreeSet<>(ours.values());
        assertThat(written).as("%s: each value once", ours).hasSameSizeAs(ours.values());
        assertThat(without(written, schema)).as("%s: values enum %s of the served SDL does not have", ours, ours.apiEnum()).isEmpty();
        if (ours.all()) {
            assertThat(without(schema, written)).as("%s: values of enum %s of the served SDL it lacks", ours, ours.apiEnum()).isEmpty();
        }
    }

    @Test
    void theServedSchemaNamesTheValuesOfPanthersPublishedSchemaForEveryEnumWeModel() throws Exception {
        assertThat(PANTHER_SURFACE).as("Panther's published schema, read from the magics module's folder").isRegularFile();
        TypeDefinitionRegistry panther = new SchemaParser().parse(Files.readString(PANTHER_SURFACE));
        List<String> differ = new ArrayList<>();
        modelled().map(ModelledEnum::apiEnum).distinct().forEach(name -> {
            Set<String> served = values(SERVED, name);
            Set<String> published = values(panther, name);
            if (!served.equals(published)) {
                differ.add(name + ": only served " + without(served, published) + ", only published " + without(published, served));
            }
        });
        assertThat(differ).as("enums whose values the served SDL and Panther's schema spell differently").isEmpty();
    }

    @Test
    void everyEnumTheLibraryModelsTheEmulatorModelsToo() {
        Set<String> emulator = new TreeSet<>(EmulatorEnums.all().stream().map(ModelledEnum::apiEnum).toList());
        assertThat(emulator).containsAll(MagicsEnums.all().stream().map(ModelledEnum::apiEnum).toList());
    }

    private static Set<String> without(Set<String> these, Set<String> those) {
        Set<String> left = new TreeSet<>(these);
        left.removeAll(those);
        return left;
    }

    private static Set<String> values(TypeDefinitionRegistry registry, String enumName) {
        EnumTypeDefinition type = registry.getType(enumName, EnumTypeDefinition.class)
                .orElseThrow(() -> new AssertionError("no enum " + enumName + " in the schema"));
        return new TreeSet<>(type.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).toList());
    }
}
