package dev.pantherkernel.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UsersAndRolesTest {
    private static final String USER = "id email givenName familyName status enabled createdAt lastLoggedInAt role { id name permissions }";

    private PantherEmulator emulator;
    private ApiClient api;

    @BeforeAll
    void start() {
        emulator = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().scale(0).build());
        api = new ApiClient(emulator.url(), emulator.token());
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    @Test
    void usersHaveRolesAndLastLoginTimes() {
        JsonNode users = api.data("{ users { " + USER + " } }").path("users");
        assertThat(users.size()).isGreaterThanOrEqualTo(5);
        assertThat(users.findValuesAsText("name")).contains("Admin", "Analyst", "AnalystReadOnly");
        assertThat(users.findValues("lastLoggedInAt")).anyMatch(JsonNode::isTextual);
        JsonNode first = users.get(0);
        assertThat(api.data("query($id: ID!) { userById(id: $id) { email } }", "id", first.path("id").asText())
                .path("userById").path("email").asText()).isEqualTo(first.path("email").asText());
        assertThat(api.data("query($e: String!) { userByEmail(email: $e) { id } }", "e", first.path("email").asText().toUpperCase())
                .path("userByEmail").path("id").asText()).isEqualTo(first.path("id").asText());
        assertThat(api.query("{ userById(id: \"nobody\") { id } }").firstError()).endsWith("not found");
    }

    @Test
    void inviteUpdateAndDeleteAUser() {
        JsonNode invited = api.data("mutation { inviteUser(input: {email: \"new.person@example.com\", givenName: \"New\", "
                + "familyName: \"Person\", role: {kind: NAME, value: \"analyst\"}}) { user { " + USER + " } } }")
                .path("inviteUser").path("user");
        assertThat(invited.path("role").path("name").asText()).isEqualTo("Analyst");
        String id = invited.path("id").asText();
        assertThat(api.query("mutation { inviteUser(input: {email: \"new.person@example.com\", givenName: \"A\", familyName: \"B\", "
                + "role: {kind: NAME, value: \"Admin\"}}) { user { id } } }").firstError()).contains("already exists");

        String adminId = api.data("{ roleByName(name: \"Admin\") { id } }").path("roleByName").path("id").asText();
        JsonNode updated = api.data("mutation($id: ID!, $r: String!) { updateUser(input: {id: $id, givenName: \"Renamed\", "
                + "role: {kind: ID, value: $r}}) { user { givenName familyName role { name } } } }", "id", id, "r", adminId)
                .path("updateUser").path("user");
        assertThat(updated.path("givenName").asText()).isEqualTo("Renamed");
        assertThat(updated.path("familyName").asText()).isEqualTo("Person");
        assertThat(updated.path("role").path("name").asText()).isEqualTo("Admin");

        assertThat(api.data("mutation($id: ID!) { deleteUser(input: {id: $id}) { id } }", "id", id).path("deleteUser").path("id").asText())
                .isEqualTo(id);
        assertThat(api.data("{ users { id } }").path("users").findValuesAsText("id")).doesNotContain(id);
    }

    @Test
    void rolesAreSortedAndFoundByNameIgnoringCase() {
        List<String> names = api.data("{ roles { name } }").path("roles").findValuesAsText("name");
        assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(api.data("{ roles(input: {sortDir: descending, nameContains: \"ANALYST\"}) { name } }").path("roles")
                .findValuesAsText("name")).containsExactly("AnalystReadOnly", "Analyst");
        assertThat(api.data("{ roleByName(name: \"aDmIn\") { name permissions } }").path("roleByName").path("name").asText())
                .isEqualTo("Admin");
        String id = api.data("{ roleByName(name: \"Analyst\") { id } }").path("roleByName").path("id").asText();
        assertThat(api.data("query($id: ID!) { roleById(id: $id) { name } }", "id", id).path("roleById").path("name").asText())
                .isEqualTo("Analyst");
    }

    @Test
    void updatingARolesPermissionsReplacesThem() {
        JsonNode role = api.data("mutation { createRole(input: {name: \"Responder\", permissions: [AlertRead, AlertModify], "
                + "logTypeAccessKind: ALLOW, logTypeAccess: [\"Okta.SystemLog\"]}) { role { id name permissions logTypeAccess "
                + "logTypeAccessKind createdAt updatedAt } } }").path("createRole").path("role");
        assertThat(AlertsTest.list(role.path("permissions"))).extracting(JsonNode::asText).containsExactly("AlertModify", "AlertRead");
        JsonNode updated = api.data("mutation($id: ID!) { updateRole(input: {id: $id, permissions: [SummaryRead]}) "
                + "{ role { name permissions logTypeAccessKind updatedBy { __typename } } } }", "id", role.path("id").asText())
                .path("updateRole").path("role");
        assertThat(AlertsTest.list(updated.path("permissions"))).extracting(JsonNode::asText).containsExactly("SummaryRead");
        assertThat(updated.path("logTypeAccessKind").asText()).isEqualTo("ALLOW");
        assertThat(updated.path("updatedBy").path("__typename").asText()).isEqualTo("APIToken");
        assertThat(api.query("mutation { createRole(input: {name: \"responder\", permissions: []}) { role { id } } }").firstError())
                .contains("already exists");
    }

    @Test
    void aRoleThatUsersHoldCannotBeDeleted() {
        String held = api.data("{ roleByName(name: \"AnalystReadOnly\") { id } }").path("roleByName").path("id").asText();
        assertThat(api.query("mutation($id: ID!) { deleteRole(input: {id: $id}) { id } }", "id", held).firstError()).contains("held by");
        String free = api.data("mutation { createRole(input: {name: \"Temporary\", permissions: [UserRead]}) { role { id } } }")
                .path("createRole").path("role").path("id").asText();
        assertThat(api.data("mutation($id: ID!) { deleteRole(input: {id: $id}) { id } }", "id", free).path("deleteRole").path("id")
                .asText()).isEqualTo(free);
        assertThat(api.query("mutation($id: ID!) { deleteRole(input: {id: $id}) { id } }", "id", free).firstError()).endsWith("not found");
    }
}
