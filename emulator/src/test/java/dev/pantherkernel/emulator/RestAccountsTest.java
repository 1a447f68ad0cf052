package dev.pantherkernel.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.emulator.auth.Permission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code /api-tokens}, {@code /roles} and {@code /users}: what Panther's REST API answers, checked against the
 * OpenAPI description, over the keys, roles and users GraphQL uses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestAccountsTest {
    private PantherEmulator emulator;
    private RestClient rest;
    private ApiClient graphql;

    @BeforeAll
    void start() {
        emulator = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().scale(0)
                .token("reader", Permission.AlertRead)
                .token("rotator", Permission.AlertRead)
                .token("key-reader", Permission.OrganizationAPITokenRead)
                .build());
        rest = new RestClient(emulator.restUrl(), emulator.token());
        graphql = new ApiClient(emulator.url(), emulator.token());
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(item -> out.add(item.path(field).asText()));
        return out;
    }

    // ------------------------------------------------------------------ API keys

    @Test
    void selfIsTheCallingKeyWithItsPermissionsWhateverItMayDo() {
        RestClient reader = rest.withToken(emulator.tokenFor("reader"));
        RestClient.Exchange self = reader.get("/api-tokens/self");
        assertThat(self.status()).isEqualTo(200);
        assertThat(self.body().path("name").asText()).isEqualTo("reader");
        assertThat(texts(self.body().path("permissions"), "")).hasSize(1);
        assertThat(self.body().path("permissions").path(0).asText()).isEqualTo("AlertRead");
        assertThat(self.body().has("value")).as("a key's value is never shown again").isFalse();
        assertThat(reader.get("/api-tokens/" + self.body().path("id").asText()).status()).isEqualTo(200);
        RestClient.Exchange others = reader.get("/api-tokens");
        assertThat(others.status()).isEqualTo(403);
        assertThat(others.message()).contains("OrganizationAPITokenRead");
        String demoId = rest.get("/api-tokens/self").body().path("id").asText();
        assertThat(reader.get("/api-tokens/" + demoId).status()).as("another key needs the permission").isEqualTo(403);
    }

    @Test
    void aKeyMadeOverRestWorksForGraphQLUntilItIsChangedOrDeleted() {
        RestClient.Exchange made = rest.post("/api-tokens", Map.of("name", "ci-bot", "permissions", List.of("AlertRead", "BulkUploadValidate"),
                "allowedCIDRBlocks", List.of("203.0.113.0/24", "2001:db8::/32")));
        assertThat(made.status()).isEqualTo(200);
        String value = made.body().path("value").asText();
        String id = made.body().path("id").asText();
        assertThat(value).isNotBlank();
        assertThat(made.body().path("createdBy").path("type").asText()).isEqualTo("user");
        assertThat(texts(made.body().path("allowedCIDRBlocks"), "")).hasSize(2);

        ApiClient bot = graphql.withToken(value);
        assertThat(bot.query("{ alerts(input: {detectionId: \"none\"}) { edges { node { id } } } }").errors().size()).isZero();
        assertThat(bot.query("{ users { id } }").firstError()).isEqualTo("access denied");
        assertThat(bot.data("mutation { rotateAPIToken { token { permissions } } }").path("rotateAPIToken").path("token")
                .path("permissions").toString()).as("GraphQL's enum has no BulkUploadValidate").isEqualTo("[\"AlertRead\"]");
        String rotated = rest.get("/api-tokens/" + id).body().path("rotatedAt").asText();
        assertThat(rotated).isNotBlank();

        JsonNode listed = rest.get("/api-tokens").body().path("results");
        assertThat(texts(listed, "name")).contains("demo", "reader", "ci-bot");
        assertThat(listed.findValues("value")).isEmpty();

        RestClient.Exchange changed = rest.post("/api-tokens/" + id, Map.of("name", "ci-bot-2", "permissions", List.of("UserRead")));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().path("name").asText()).isEqualTo("ci-bot-2");
        assertThat(changed.body().has("value")).isFalse();
        assertThat(changed.body().path("updatedAt").asText()).isNotBlank();

        assertThat(rest.delete("/api-tokens/" + id).status()).isEqualTo(204);
        assertThat(rest.get("/api-tokens/" + id).status()).isEqualTo(404);
        assertThat(rest.delete("/api-tokens/" + id).status()).isEqualTo(404);
    }

    @Test
    void aDeletedKeyStopsWorkingForBothApis() {
        String value = rest.post("/api-tokens", Map.of("name", "short-lived", "permissions", List.of("UserRead"))).body().path("value").asText();
        RestClient mine = rest.withToken(value);
        assertThat(mine.get("/users?limit=1").status()).isEqualTo(200);
        RestClient.Exchange deleted = mine.delete("/api-tokens/self");
        assertThat(deleted.status()).as("deleting needs the permission, even for itself").isEqualTo(403);
        String id = mine.get("/api-tokens/self").body().path("id").asText();
        assertThat(rest.delete("/api-tokens/" + id).status()).isEqualTo(204);
        assertThat(mine.get("/users?limit=1").status()).isEqualTo(401);
        assertThat(graphql.withToken(value).query("{ users { id } }").status()).isEqualTo(401);
    }

    @Test
    void anyKeyRotatesItselfAndTheOldValueStopsWorking() {
        RestClient rotator = rest.withToken(emulator.tokenFor("rotator"));
        RestClient.Exchange rotated = rotator.post("/api-tokens/self/rotate", null);
        assertThat(rotated.status()).isEqualTo(200);
        String fresh = rotated.body().path("value").asText();
        assertThat(fresh).isNotBlank().isNotEqualTo(emulator.tokenFor("rotator"));
        assertThat(rotator.get("/api-tokens/self").status()).isEqualTo(401);
        assertThat(graphql.withToken(fresh).query("{ alert(id: \"none\") { id } }").firstError()).endsWith("not found");
        assertThat(rest.withToken(fresh).get("/api-tokens/self").body().path("rotatedAt").asText()).isNotBlank();
    }

    @Test
    void rotatingAnotherKeyNeedsThePermission() {
        String target = rest.post("/api-tokens", Map.of("name", "target", "permissions", List.of())).body().path("id").asText();
        RestClient.Exchange denied = rest.withToken(emulator.tokenFor("key-reader")).post("/api-tokens/" + target + "/rotate", null);
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.message()).contains("OrganizationAPITokenModify");
        assertThat(rest.post("/api-tokens/" + target + "/rotate", null).body().path("value").asText()).isNotBlank();
        assertThat(rest.post("/api-tokens/nope/rotate", null).status()).isEqualTo(404);
    }

    @Test
    void keyOperationsAnswerTheirDocumentedErrors() {
        assertThat(rest.breakingTheRequest().post("/api-tokens", Map.of("name", "no-permissions")).message()).contains("permissions");
        assertThat(rest.breakingTheRequest().post("/api-tokens", Map.of("name", "x", "permissions", List.of("Everything"))).message())
                .contains("permissions");
        RestClient.Exchange badNetwork = rest.post("/api-tokens", Map.of("name", "x", "permissions", List.of(),
                "allowedCIDRBlocks", List.of("10.0.0.0/33")));
        assertThat(badNetwork.status()).isEqualTo(400);
        assertThat(badNetwork.message()).contains("10.0.0.0/33");
        assertThat(rest.post("/api-tokens/nope", Map.of("name", "x", "permissions", List.of())).status()).isEqualTo(404);
        assertThat(rest.get("/api-tokens/nope").status()).isEqualTo(404);
    }

    // ------------------------------------------------------------------ roles

    @Test
    void rolesAreListedByNameEitherWayAndFiltered() {
        List<String> names = texts(rest.get("/roles").body().path("results"), "name");
        assertThat(names).containsSubsequence("Admin", "Analyst", "AnalystReadOnly");
        List<String> reversed = texts(rest.get("/roles?sort-dir=desc").body().path("results"), "name");
        assertThat(reversed).containsSubsequence("AnalystReadOnly", "Analyst", "Admin");
        assertThat(texts(rest.get("/roles?name-contains=ANALYST").body().path("results"), "name")).contains("Analyst", "AnalystReadOnly")
                .doesNotContain("Admin");
        JsonNode analyst = rest.get("/roles?name=analyst").body().path("results");
        assertThat(texts(analyst, "name")).containsExactly("Analyst");
        String adminId = rest.get("/roles?name=Admin").body().path("results").path(0).path("id").asText();
        String analystId = analyst.path(0).path("id").asText();
        assertThat(texts(rest.get("/roles?ids=" + adminId + "," + analystId).body().path("results"), "name")).containsExactly("Admin", "Analyst");
        assertThat(texts(rest.get("/roles?id=" + adminId + "&id=" + analystId).body().path("results"), "name"))
                .containsExactly("Admin", "Analyst");
        assertThat(rest.get("/roles/" + adminId).body().path("permissions").toString()).contains("BulkUploadValidate");
        assertThat(rest.get("/roles/nope").status()).isEqualTo(404);
    }

    @Test
    void aRoleMadeOverRestIsWhatGraphQLReadsAndTheOtherWayRound() {
        RestClient.Exchange made = rest.post("/roles", Map.of("name", "Responder", "permissions", List.of("AlertRead", "AlertModify",
                "BulkUploadValidate"), "logTypeAccessKind", "ALLOW", "logTypeAccess", List.of("Okta.SystemLog")));
        assertThat(made.status()).isEqualTo(200);
        String id = made.body().path("id").asText();
        JsonNode seen = graphql.data("query($id: ID!) { roleById(id: $id) { name permissions logTypeAccessKind logTypeAccess } }", "id", id)
                .path("roleById");
        assertThat(seen.path("name").asText()).isEqualTo("Responder");
        assertThat(seen.path("permissions").toString()).isEqualTo("[\"AlertModify\",\"AlertRead\"]");
        assertThat(seen.path("logTypeAccess").toString()).isEqualTo("[\"Okta.SystemLog\"]");

        graphql.data("mutation($id: ID!) { updateRole(input: {id: $id, name: \"Responders\", permissions: [AlertRead]}) { role { id } } }",
                "id", id);
        JsonNode read = rest.get("/roles/" + id).body();
        assertThat(read.path("name").asText()).isEqualTo("Responders");
        assertThat(read.path("permissions").toString()).isEqualTo("[\"AlertRead\"]");

        RestClient.Exchange renamed = rest.post("/roles/" + id, Map.of("name", "Incident Responders", "permissions", List.of("UserRead")));
        assertThat(renamed.body().path("permissions").toString()).isEqualTo("[\"UserRead\"]");
        assertThat(graphql.data("{ roleByName(name: \"incident responders\") { id } }").path("roleByName").path("id").asText()).isEqualTo(id);

        RestClient.Exchange deleted = rest.delete("/roles/" + id);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.raw().body()).isEmpty();
        assertThat(rest.get("/roles/" + id).status()).isEqualTo(404);
        assertThat(rest.delete("/roles/" + id).status()).isEqualTo(404);
    }

    @Test
    void roleOperationsAnswerTheirDocumentedErrors() {
        RestClient.Exchange taken = rest.post("/roles", Map.of("name", "admin", "permissions", List.of()));
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.message()).contains("Admin");
        String adminId = rest.get("/roles?name=Admin").body().path("results").path(0).path("id").asText();
        RestClient.Exchange held = rest.delete("/roles/" + adminId);
        assertThat(held.status()).isEqualTo(400);
        assertThat(held.message()).contains("held");
        assertThat(rest.breakingTheRequest().post("/roles", Map.of("permissions", List.of())).message()).contains("name");
        assertThat(rest.post("/roles/nope", Map.of("name", "x", "permissions", List.of())).status()).isEqualTo(404);
        assertThat(rest.breakingTheRequest().get("/roles?sort-dir=down").status()).isEqualTo(400);
    }

    // ------------------------------------------------------------------ users

    @Test
    void usersPageWithNextAndFilter() {
        List<JsonNode> all = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = rest.get("/users?limit=3" + (cursor == null ? "" : "&cursor=" + cursor)).body();
            page.path("results").forEach(all::add);
            cursor = page.has("next") ? page.path("next").asText() : null;
        } while (cursor != null);
        assertThat(texts(graphql.data("{ users { id } }").path("users"), "id")).containsAll(all.stream().map(u -> u.path("id").asText()).toList());
        assertThat(all.size()).isGreaterThanOrEqualTo(7);
        JsonNode riley = rest.get("/users?contains=CHEN").body().path("results");
        assertThat(texts(riley, "email")).containsExactly("riley.chen@example.com");
        assertThat(riley.path(0).path("role").path("name").asText()).isEqualTo("Analyst");
        assertThat(texts(rest.get("/users?email=RILEY.CHEN@example.com&contains=nobody").body().path("results"), "givenName"))
                .as("email alone decides").containsExactly("Riley");
        String first = all.get(0).path("id").asText();
        String second = all.get(1).path("id").asText();
        assertThat(texts(rest.get("/users?ids=" + first + "," + second).body().path("results"), "id")).containsExactly(first, second);
        assertThat(texts(rest.get("/users?id=" + second).body().path("results"), "id")).containsExactly(second);
        assertThat(rest.get("/users?status=CONFIRMED&include-deactivated=true").body().path("results").size()).isEqualTo(all.size());
        assertThat(rest.get("/users?status=FORCE_CHANGE_PASSWORD").body().path("results").findValuesAsText("status"))
                .allMatch("FORCE_CHANGE_PASSWORD"::equals);
        assertThat(rest.breakingTheRequest().get("/users?limit=61").status()).isEqualTo(400);
        assertThat(rest.breakingTheRequest().get("/users?include-deactivated=maybe").message()).contains("include-deactivated");
    }

    @Test
    void aUserInvitedThroughEitherApiIsWhatTheOtherReads() {
        RestClient.Exchange invited = rest.post("/users", Map.of("email", "jamie.fox@example.com", "givenName", "Jamie", "familyName", "Fox",
                "role", Map.of("name", "AnalystReadOnly")));
        assertThat(invited.status()).isEqualTo(200);
        assertThat(invited.body().path("status").asText()).isEqualTo("FORCE_CHANGE_PASSWORD");
        String id = invited.body().path("id").asText();
        assertThat(graphql.data("{ userByEmail(email: \"jamie.fox@example.com\") { id role { name } } }").path("userByEmail").path("role")
                .path("name").asText()).isEqualTo("AnalystReadOnly");

        String analystId = rest.get("/roles?name=Analyst").body().path("results").path(0).path("id").asText();
        RestClient.Exchange changed = rest.post("/users/" + id, Map.of("email", "jamie.fox@example.com", "givenName", "Jamie",
                "familyName", "Fox-Lee", "role", Map.of("id", analystId)));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(graphql.data("query($id: ID!) { userById(id: $id) { familyName role { name } } }", "id", id).path("userById")
                .toString()).isEqualTo("{\"familyName\":\"Fox-Lee\",\"role\":{\"name\":\"Analyst\"}}");

        graphql.data("mutation { inviteUser(input: {email: \"lee.moss@example.com\", givenName: \"Lee\", familyName: \"Moss\", "
                + "role: {kind: NAME, value: \"Admin\"}}) { user { id } } }");
        assertThat(rest.get("/users?email=lee.moss@example.com").body().path("results").path(0).path("role").path("name").asText())
                .isEqualTo("Admin");

        RestClient.Exchange deleted = rest.delete("/users/" + id);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.raw().body()).isEmpty();
        assertThat(rest.get("/users/" + id).status()).isEqualTo(404);
        assertThat(graphql.query("query($id: ID!) { userById(id: $id) { id } }", "id", id).firstError()).endsWith("not found");
    }

    @Test
    void userOperationsAnswerTheirDocumentedErrors() {
        Map<String, Object> riley = Map.of("email", "riley.chen@example.com", "givenName", "R", "familyName", "C",
                "role", Map.of("name", "Analyst"));
        RestClient.Exchange taken = rest.post("/users", riley);
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.message()).contains("riley.chen@example.com");
        RestClient.Exchange bothWays = rest.post("/users", Map.of("email", "x@example.com", "givenName", "X", "familyName", "Y",
                "role", Map.of("id", "a", "name", "b")));
        assertThat(bothWays.status()).isEqualTo(400);
        assertThat(bothWays.message()).contains("exactly one");
        assertThat(rest.post("/users", Map.of("email", "x@example.com", "givenName", "X", "familyName", "Y", "role", Map.of("name", "Nope")))
                .message()).contains("Nope");
        assertThat(rest.breakingTheRequest().post("/users", Map.of("email", "x@example.com")).message()).contains("givenName");
        assertThat(rest.post("/users/nope", riley).status()).isEqualTo(404);
        assertThat(rest.get("/users/nope").status()).isEqualTo(404);
        assertThat(rest.delete("/users/nope").status()).isEqualTo(404);
    }
}
