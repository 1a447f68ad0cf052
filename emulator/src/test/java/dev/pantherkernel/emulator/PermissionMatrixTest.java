package dev.pantherkernel.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.SerializationFeature;
import dev.pantherkernel.emulator.auth.Permission;
import dev.pantherkernel.emulator.schema.PantherSchema;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The emulator's access control as a full matrix over real HTTP: every operation the schema serves, with keys
 * holding each of many permission sets (none, each one alone, all but each one, all, the sets the example notebooks
 * need, and seeded random ones). An operation must be allowed exactly when the key holds the permission the
 * emulator's README documents for it. The expectation comes from that table, not from the code that enforces it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PermissionMatrixTest {

    private static final Pattern ROW = Pattern.compile("^\\|[^|]+\\|([^|]+)\\|([^|]+)\\|$");
    private static final Pattern NAME = Pattern.compile("`(\\w+)");
    private static final Map<String, String> ANY_KEY_DOCUMENTS = Map.of(
            "generalSettings", "{ generalSettings { pantherVersion } }",
            "rotateAPIToken", "mutation { rotateAPIToken { token { id } } }");

    private final Map<String, Optional<Permission>> documented = new LinkedHashMap<>();
    private final Map<String, String> documents = new LinkedHashMap<>();
    private final List<Set<Permission>> sets = new ArrayList<>();
    private final List<ApiClient> keys = new ArrayList<>();
    private final ExecutorService senders = Executors.newFixedThreadPool(4);
    private final List<Map<String, Object>> rows = new ArrayList<>();
    private PantherEmulator emulator;
    private ApiClient api;
    private int checks;

    @BeforeAll
    void start() throws IOException {
        boolean served = false;
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            // the permission table is the one under "What it serves"; other tables have three columns too
            if (line.startsWith("## ")) {
                served = line.startsWith("## What it serves");
            }
            Matcher row = ROW.matcher(line.strip());
            if (!served) {
                continue;
            }
            if (!row.matches() || !row.group(1).contains("`")) {
                continue;
            }
            Optional<Permission> permission = row.group(2).contains("any valid key") ? Optional.empty()
                    : Optional.of(Permission.valueOf(row.group(2).strip().replace("`", "")));
            Matcher names = NAME.matcher(row.group(1));
            while (names.find()) {
                documented.put(names.group(1), permission);
            }
        }
        AccessControlTest.operations().forEach(op -> documents.put(op.field(), op.document()));
        documents.putAll(ANY_KEY_DOCUMENTS);

        Set<Set<Permission>> distinct = new LinkedHashSet<>();
        distinct.add(EnumSet.noneOf(Permission.class));
        distinct.add(EnumSet.allOf(Permission.class));
        for (Permission p : Permission.values()) {
            distinct.add(EnumSet.of(p));
            distinct.add(EnumSet.complementOf(EnumSet.of(p)));
        }
        distinct.add(EnumSet.of(Permission.AlertRead, Permission.AlertModify));
        distinct.add(EnumSet.of(Permission.UserRead, Permission.UserModify));
        distinct.add(EnumSet.of(Permission.AlertRead, Permission.DataAnalyticsRead, Permission.UserRead));
        Random random = new Random(8);
        while (distinct.size() < 2 + 2 * Permission.values().length + 3 + 16) {
            EnumSet<Permission> set = EnumSet.noneOf(Permission.class);
            for (Permission p : Permission.values()) {
                if (random.nextBoolean()) {
                    set.add(p);
                }
            }
            distinct.add(set);
        }
        sets.addAll(distinct);
        EmulatorOptions.Builder options = EmulatorOptions.newEmulatorOptions().scale(0.01);
        for (int i = 0; i < sets.size(); i++) {
            options.token("set-" + i, sets.get(i).toArray(Permission[]::new));
        }
        emulator = PantherEmulator.start(options.build());
        api = new ApiClient(emulator.url(), emulator.token());
        for (int i = 0; i < sets.size(); i++) {
            keys.add(api.withToken(emulator.tokenFor("set-" + i)));
        }
    }

    @AfterAll
    void stop() throws IOException {
        senders.shutdownNow();
        emulator.close();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("suite", "rbac-matrix");
        out.put("totals", Map.of("operations", documents.size(), "permissionSets", sets.size(), "checks", checks));
        out.put("rows", rows);
        Files.createDirectories(Path.of("target", "reliability"));
        ApiClient.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(Path.of("target", "reliability", "rbac-matrix.json").toFile(), out);
    }

    @Test
    @Order(1)
    void theDocumentedTableNamesEveryOperationTheSchemaServes() {
        Set<String> served = new TreeSet<>();
        for (String type : List.of("Query", "Mutation")) {
            ((ObjectTypeDefinition) PantherSchema.typeDefinitions().getType(type).orElseThrow()).getFieldDefinitions()
                    .stream().map(FieldDefinition::getName).forEach(served::add);
        }
        assertThat(new TreeSet<>(documented.keySet())).as("operations in emulator/README.md").isEqualTo(served);
        assertThat(new TreeSet<>(documents.keySet())).as("operations with a document to send").isEqualTo(served);
    }

    @TestFactory
    @Order(2)
    Stream<DynamicTest> everyOperationIsAllowedExactlyForTheKeysHoldingItsPermission() {
        return documented.entrySet().stream().filter(e -> !e.getKey().equals("rotateAPIToken")).map(e -> {
            String field = e.getKey();
            Optional<Permission> needs = e.getValue();
            String name = field + " is allowed exactly for the keys holding " + needs.map(Permission::name).orElse("any permission");
            return DynamicTest.dynamicTest(name, () -> matrixRow(field, needs));
        });
    }

    private void matrixRow(String field, Optional<Permission> needs) throws Exception {
        List<Future<ApiClient.Answer>> answers = new ArrayList<>();
        for (ApiClient key : keys) {
            answers.add(senders.submit(() -> key.query(documents.get(field))));
        }
        int allowed = 0;
        for (int i = 0; i < sets.size(); i++) {
            Set<Permission> held = sets.get(i);
            ApiClient.Answer answer = answers.get(i).get();
            boolean denied = "access denied".equals(answer.firstError());
            boolean shouldBeAllowed = needs.map(held::contains).orElse(true);
            assertThat(answer.status()).as("HTTP status of %s with %s", field, held).isEqualTo(200);
            assertThat(denied).as("%s denied to a key holding %s", field, held).isEqualTo(!shouldBeAllowed);
            if (denied) {
                assertThat(answer.errors().path(0).path("path").path(0).asText()).isEqualTo(field);
            } else {
                assertThat(answer.errors().findValuesAsText("message")).doesNotContain("access denied");
                allowed++;
            }
            checks++;
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("operation", field);
        row.put("needs", needs.map(Permission::name).orElse("any valid key"));
        row.put("allowed", allowed);
        row.put("denied", sets.size() - allowed);
        rows.add(row);
    }

    @Test
    @Order(3)
    void withoutAValidKeyEveryOperationIsRefusedWith401() {
        for (String document : documents.values()) {
            for (String key : new String[] {null, "", "not-a-key", emulator.token() + "x"}) {
                ApiClient.Answer answer = api.withToken(key).query(document);
                assertThat(answer.status()).as("%s with key %s", document, key).isEqualTo(401);
                assertThat(answer.body().has("data")).isFalse();
                checks++;
            }
        }
        rows.add(Map.of("operation", "every operation", "needs", "a valid key", "allowed", 0,
                "denied", documents.size() * 4));
    }

    @Test
    @Order(4)
    void rotateAPITokenIsAllowedForEveryKeyAndRetiresIt() {
        for (int i = 0; i < sets.size(); i++) {
            ApiClient key = keys.get(i);
            ApiClient.Answer answer = key.query(documents.get("rotateAPIToken"));
            assertThat(answer.errors().size()).as("errors rotating a key holding %s", sets.get(i)).isZero();
            assertThat(key.query(documents.get("generalSettings")).status()).isEqualTo(401);
            checks++;
        }
        rows.add(Map.of("operation", "rotateAPIToken", "needs", "any valid key", "allowed", sets.size(), "denied", 0));
    }
}
