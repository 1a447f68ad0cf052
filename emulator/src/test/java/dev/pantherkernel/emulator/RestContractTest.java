package dev.pantherkernel.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.emulator.auth.Permission;
import dev.pantherkernel.emulator.rest.RestOperation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The REST contract as a whole: our OpenAPI description names Panther's 28 paths, the emulator serves every operation
 * it describes, the README's table says who may use each, and every
 * served operation, whatever resource serves it, refuses a missing key and a key without its permission, is allowed
 * with only that permission, and pages its listing to the end, each exchange checked against the description.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestContractTest {
    /** Panther's REST paths (mcp-panther's copy of Panther's OpenAPI description, v1.0: 28 paths, 64 operations). */
    private static final Set<String> PANTHERS_PATHS = Set.of(
            "/alerts", "/alerts/{id}", "/alerts/{id}/events",
            "/alert-comments", "/alert-comments/{id}",
            "/api-tokens", "/api-tokens/{id}", "/api-tokens/{id}/rotate",
            "/data-models", "/data-models/{id}",
            "/globals", "/globals/{id}",
            "/log-sources/http", "/log-sources/http/{id}",
            "/policies", "/policies/{id}",
            "/queries", "/queries/{id}",
            "/roles", "/roles/{id}",
            "/rules", "/rules/{id}",
            "/scheduled-rules", "/scheduled-rules/{id}",
            "/simple-rules", "/simple-rules/{id}",
            "/users", "/users/{id}");

    private static final Pattern README_ROW = Pattern.compile("^\\|\\s*`([A-Z]+ /[^`]+)`\\s*\\|([^|]+)\\|$");

    private final OpenAPI description = RestContract.description();
    private PantherEmulator emulator;
    private RestClient rest;

    @BeforeAll
    void start() {
        EmulatorOptions.Builder options = EmulatorOptions.newEmulatorOptions().scale(0.01);
        for (Permission p : Permission.values()) {
            options.token("only-" + p, p).token("all-but-" + p, EnumSet.complementOf(EnumSet.of(p)).toArray(Permission[]::new));
        }
        emulator = PantherEmulator.start(options.build());
        rest = new RestClient(emulator.restUrl(), emulator.token());
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    @Test
    void theDescriptionNamesExactlyPanthersTwentyEightPaths() {
        assertThat(description.getPaths().keySet()).containsExactlyInAnyOrderElementsOf(PANTHERS_PATHS);
        assertThat(RestContract.describedOperations()).hasSize(64);
    }

    @Test
    void everyDescribedOperationIsServed() {
        Set<String> served = emulator.restOperations().stream().map(RestOperation::name).collect(Collectors.toCollection(TreeSet::new));
        TreeSet<String> described = RestContract.describedOperations();
        assertThat(served).as("operations served that the description does not have").isSubsetOf(described);
        TreeSet<String> unserved = new TreeSet<>(described);
        unserved.removeAll(served);
        assertThat(unserved).as("described operations not served").isEmpty();
    }

    @Test
    void theReadmeTableSaysWhoMayUseEachServedOperation() throws IOException {
        Map<String, String> documented = new TreeMap<>();
        boolean inRestSection = false;
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            if (line.startsWith("## ")) {
                inRestSection = line.startsWith("## REST API");
            }
            Matcher row = README_ROW.matcher(line.strip());
            if (inRestSection && row.matches()) {
                documented.put(row.group(1), row.group(2).replace("`", "").strip());
            }
        }
        Map<String, String> served = new TreeMap<>();
        emulator.restOperations().forEach(op -> served.put(op.name(), op.access().describe()));
        assertThat(documented).as("the permission table under '## REST API' in emulator/README.md").isEqualTo(served);
    }

    @TestFactory
    Stream<DynamicTest> everyServedOperationRefusesAMissingOrUnknownKeyWith401() {
        return emulator.restOperations().stream().map(op -> DynamicTest.dynamicTest(op.name() + " without a valid key is 401", () -> {
            for (String key : new String[] {null, "not-a-key", emulator.token() + "x"}) {
                RestClient.Exchange answer = send(rest.withToken(key), op, key == null);
                assertThat(answer.status()).as("%s with key %s", op.name(), key).isEqualTo(401);
                assertThat(answer.message()).isNotBlank();
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyServedOperationIsDeniedWith403WithoutItsPermission() {
        return emulator.restOperations().stream().filter(op -> op.access().permission().isPresent())
                .map(op -> DynamicTest.dynamicTest(op.name() + " needs " + op.access().describe(), () -> {
                    Permission needed = op.access().permission().orElseThrow();
                    RestClient.Exchange answer = send(rest.withToken(emulator.tokenFor("all-but-" + needed)), op, false);
                    assertThat(answer.status()).isEqualTo(403);
                    assertThat(answer.message()).contains(op.name()).contains(needed.name());
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyServedOperationIsAllowedWithOnlyItsPermission() {
        return emulator.restOperations().stream().filter(op -> op.access().permission().isPresent())
                .map(op -> DynamicTest.dynamicTest(op.name() + " is allowed with only " + op.access().describe(), () -> {
                    Permission needed = op.access().permission().orElseThrow();
                    RestClient.Exchange answer = send(rest.withToken(emulator.tokenFor("only-" + needed)), op, false);
                    assertThat(answer.status()).as(answer.raw().body()).isNotIn(401, 403, 405, 500);
                }));
    }

    /** Every served listing that needs no id, paged a few items at a time, gives what one large page gives, each once. */
    @TestFactory
    Stream<DynamicTest> everyServedListingPagesWithNextToTheEnd() {
        return emulator.restOperations().stream()
                .filter(op -> op.method().equals("GET") && !op.path().contains("{"))
                .filter(op -> parameters(op).stream().anyMatch(p -> p.getName().equals("cursor")))
                .filter(op -> parameters(op).stream().noneMatch(p -> Boolean.TRUE.equals(p.getRequired())))
                .map(op -> DynamicTest.dynamicTest(op.path() + " pages to the end", () -> {
                    Schema<?> limit = parameters(op).stream().filter(p -> p.getName().equals("limit")).findFirst().orElseThrow().getSchema();
                    int largest = limit.getMaximum() != null ? limit.getMaximum().intValue() : 1000;
                    List<JsonNode> small = walk(op.path(), 3);
                    List<JsonNode> large = walk(op.path(), largest);
                    assertThat(small).as("items of %s", op.path()).isNotEmpty().isEqualTo(large);
                    assertThat(new HashSet<>(small)).hasSameSizeAs(small);
                }));
    }

    private List<JsonNode> walk(String path, int limit) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 500; page++) {
            RestClient.Exchange answer = rest.get(path + "?limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(answer.status()).isEqualTo(200);
            answer.body().path("results").forEach(items::add);
            if (!answer.body().has("next")) {
                return items;
            }
            assertThat(answer.body().path("results").size()).as("a page followed by more is full").isEqualTo(limit);
            cursor = answer.body().path("next").asText();
        }
        throw new AssertionError(path + " still had a next page after 500 pages");
    }

    private List<Parameter> parameters(RestOperation op) {
        PathItem item = description.getPaths().get(op.path());
        List<Parameter> all = new ArrayList<>(Optional.ofNullable(item.getParameters()).orElse(List.of()));
        all.addAll(Optional.ofNullable(operation(op).getParameters()).orElse(List.of()));
        return all;
    }

    private Operation operation(RestOperation op) {
        return description.getPaths().get(op.path()).readOperationsMap().get(PathItem.HttpMethod.valueOf(op.method()));
    }

    /**
     * Sends an operation a request that changes nothing: path ids that name no item, the required query parameters,
     * an empty object as body. Whether that request is within the description (an empty body may lack required
     * fields) is read from the description, so the client checks the right thing.
     */
    private RestClient.Exchange send(RestClient client, RestOperation op, boolean withoutKey) {
        String path = op.path().replaceAll("\\{[^}]+}", "none");
        Map<String, String> query = new LinkedHashMap<>();
        parameters(op).stream().filter(p -> "query".equals(p.getIn()) && Boolean.TRUE.equals(p.getRequired()))
                .forEach(p -> query.put(p.getName(), "none"));
        String target = path + (query.isEmpty() ? "" : "?" + query.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&")));
        boolean hasBody = operation(op).getRequestBody() != null;
        boolean withinDescription = !withoutKey && (!hasBody || requiredFields(op).isEmpty());
        RestClient sender = withinDescription ? client : client.breakingTheRequest();
        return sender.send(op.method(), target, hasBody ? "{}" : null);
    }

    private List<String> requiredFields(RestOperation op) {
        MediaType json = operation(op).getRequestBody().getContent().get("application/json");
        Schema<?> schema = json.getSchema();
        if (schema.get$ref() != null) {
            schema = description.getComponents().getSchemas().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
        }
        return Optional.ofNullable(schema.getRequired()).orElse(List.of());
    }
}
