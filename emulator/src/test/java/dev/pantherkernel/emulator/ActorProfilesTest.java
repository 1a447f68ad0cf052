package dev.pantherkernel.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Actor profiles from the Okta log and the directory, and the actor query of an alert with the profiles of its rows. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActorProfilesTest {
    private static final String PROFILE = "query($id: ID!) { actorProfileInfo(id: $id) { entityId displayNames emails usernames phones "
            + "jobTitles departments managers organizations employmentStatus addresses { streetAddress city region postalCode countryCode } "
            + "firstObservedAt lastLoginAt } }";

    private PantherEmulator emulator;
    private ApiClient api;
    private DataLakeClient lake;

    @BeforeAll
    void start() {
        emulator = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().scale(0.02).build());
        api = new ApiClient(emulator.url(), emulator.token());
        lake = new DataLakeClient(api);
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    @Test
    void aProfileGathersWhatTheOktaLogShowsOfAPersonWithTheirDirectoryFacts() {
        JsonNode seen = lake.run("""
                SELECT actor:id::string AS id, MIN(p_event_time) AS first,
                       MAX(IFF(eventType = 'user.session.start' AND outcome:result::string = 'SUCCESS', p_event_time, NULL)) AS login
                FROM okta_systemlog WHERE actor:alternateId::string = 'jordan.lee@example.com' GROUP BY 1""").get(0);
        JsonNode profile = api.data(PROFILE, "id", seen.path("id").asText()).path("actorProfileInfo");
        assertThat(profile.path("entityId").asText()).isEqualTo(seen.path("id").asText());
        assertThat(profile.path("displayNames").toString()).isEqualTo("[\"Jordan Lee\"]");
        assertThat(profile.path("emails").toString()).isEqualTo("[\"jordan.lee@example.com\"]");
        assertThat(profile.path("usernames").toString()).isEqualTo("[\"jordan.lee@example.com\",\"jordan.lee\"]");
        assertThat(profile.path("firstObservedAt").asText()).isEqualTo(seen.path("first").asText().replace(' ', 'T') + "Z");
        assertThat(profile.path("lastLoginAt").asText()).isEqualTo(seen.path("login").asText().replace(' ', 'T') + "Z");
        assertThat(profile.path("organizations").toString()).isEqualTo("[\"Example Corp\"]");
        assertThat(profile.path("jobTitles").size()).isEqualTo(1);
        assertThat(profile.path("managers").get(0).asText()).endsWith("@example.com");
        assertThat(profile.path("addresses").get(0).path("countryCode").asText()).isIn("US", "GB");
        assertThat(api.query(PROFILE, "id", "00unobody").firstError()).isEqualTo("actor profile 00unobody not found");
    }

    @Test
    void theActorQueryOfAnAlertListsWhoActedInItsEventsAndDescribesThemByProfile() {
        String alert = api.data("{ alerts(input: {detectionId: \"Okta.AdminRoleAssigned\"}) { edges { node { id title } } } }")
                .path("alerts").path("edges").findValues("node").stream()
                .filter(a -> a.path("title").asText().contains("jordan.lee@example.com")).findFirst().orElseThrow().path("id").asText();
        String id = api.data("mutation($id: ID!) { executeAlertActorQuery(input: {alertId: $id, limit: 5}) { id } }", "id", alert)
                .path("executeAlertActorQuery").path("id").asText();
        JsonNode done = lake.await(id);
        assertThat(done.path("status").asText()).isEqualTo("succeeded");
        assertThat(done.path("sql").asText()).contains("panther_rule_matches.public.okta_systemlog", "LATERAL FLATTEN", alert);
        List<JsonNode> rows = lake.rows(id, 999);
        JsonNode results = api.data("query($id: ID!) { dataLakeQuery(id: $id) { results { actorProfiles { entityId emails } } } }",
                "id", id).path("dataLakeQuery").path("results");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).path("events").asInt()).isEqualTo(1);
        assertThat(results.path("actorProfiles").findValuesAsText("entityId")).containsExactly(rows.get(0).path("actor_id").asText());
        assertThat(results.path("actorProfiles").get(0).path("emails").get(0).asText()).isEqualTo("jordan.lee@example.com");

        String other = lake.execute("SELECT 1 AS one", null);
        lake.await(other);
        assertThat(api.data("query($id: ID!) { dataLakeQuery(id: $id) { results { actorProfiles { entityId } } } }", "id", other)
                .path("dataLakeQuery").path("results").path("actorProfiles").size()).isZero();
    }

    @Test
    void anAlertOfCloudTrailIsDescribedByThePersonBehindItsAwsUserName() {
        String alert = api.data("{ alerts(input: {detectionId: \"AWS.Console.LoginWithoutMFA\"}) { edges { node { id title } } } }")
                .path("alerts").path("edges").findValues("node").stream().filter(a -> a.path("title").asText().endsWith("jordan.lee"))
                .findFirst().orElseThrow().path("id").asText();
        String id = api.data("mutation($id: ID!) { executeAlertActorQuery(input: {alertId: $id}) { id } }", "id", alert)
                .path("executeAlertActorQuery").path("id").asText();
        lake.await(id);
        JsonNode results = api.data("query($id: ID!) { dataLakeQuery(id: $id) { results { edges { node } actorProfiles { emails } } } }",
                "id", id).path("dataLakeQuery").path("results");
        assertThat(results.path("edges").path(0).path("node").path("actor_id").asText()).startsWith("AIDA");
        assertThat(results.path("actorProfiles").get(0).path("emails").get(0).asText()).isEqualTo("jordan.lee@example.com");
        assertThat(api.query("mutation($id: ID!) { executeAlertActorQuery(input: {alertId: $id, limit: 0}) { id } }", "id", alert)
                .firstError()).contains("limit must be between 1 and 1000");
    }
}
