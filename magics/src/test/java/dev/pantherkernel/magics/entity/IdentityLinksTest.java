package dev.pantherkernel.magics.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityLinksTest {

    private static final Instant T = Instant.parse("2026-11-03T10:00:00Z");

    private static EntityEvent event(String logType, int minute, String ip, List<String> users, List<String> emails) {
        return new EntityEvent("t", logType, T.plusSeconds(minute * 60L), true, null, null, null,
                Map.of("p_any_ip_addresses", List.of(ip), "p_any_usernames", users, "p_any_emails", emails), null);
    }

    @Test
    void anEmailWhoseLocalPartIsAUserNameInAnotherLogIsASuggestedLinkWithTheSharedAddress() {
        List<IdentityLinks.Link> links = IdentityLinks.of(List.of(
                event("Okta.SystemLog", 0, "203.0.113.9", List.of("jordan.lee@example.com"), List.of("jordan.lee@example.com")),
                event("AWS.CloudTrail", 5, "203.0.113.9", List.of("jordan.lee"), List.of())), "203.0.113.9");

        assertThat(links).hasSize(1);
        assertThat(links.get(0).identity().name()).isEqualTo("jordan.lee@example.com");
        assertThat(links.get(0).linked()).isEqualTo(new IdentityLinks.Identity("jordan.lee", "AWS.CloudTrail"));
        assertThat(links.get(0).reason()).isEqualTo("the local part of the Okta.SystemLog email jordan.lee@example.com is the "
                + "AWS.CloudTrail user name jordan.lee; both used 203.0.113.9 within 5 minutes");
    }

    @Test
    void theSameNameInTheSameLogIsNoLink() {
        assertThat(IdentityLinks.of(List.of(
                event("AWS.CloudTrail", 0, "10.0.0.1", List.of("jordan.lee"), List.of("jordan.lee@example.com"))), "x")).isEmpty();
    }

    @Test
    void aNameLinkStandsWithoutASharedAddressButSaysNothingOfOne() {
        List<IdentityLinks.Link> links = IdentityLinks.of(List.of(
                event("Okta.SystemLog", 0, "192.0.2.10", List.of(), List.of("sam.kim@example.com")),
                event("AWS.CloudTrail", 600, "10.0.0.1", List.of("sam.kim"), List.of())), "sam.kim@example.com");

        assertThat(links).singleElement().satisfies(l -> assertThat(l.reason()).doesNotContain("both used"));
    }

    @Test
    void differentNamesOnOneQuietAddressInTheSameMinuteAreALinkAndOnACrowdedAddressAreNot() {
        List<IdentityLinks.Link> quiet = IdentityLinks.of(List.of(
                event("Okta.SystemLog", 0, "198.51.100.7", List.of(), List.of("sam.kim@example.com")),
                event("AWS.CloudTrail", 0, "198.51.100.7", List.of("deploy-bot"), List.of())), "198.51.100.7");
        assertThat(quiet).singleElement().satisfies(l -> assertThat(l.reason())
                .isEqualTo("both used 198.51.100.7 within the same minute, an address few identities share"));

        List<EntityEvent> crowded = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            crowded.add(event("Okta.SystemLog", 0, "203.0.113.9", List.of(), List.of("user" + i + "@example.com")));
        }
        crowded.add(event("AWS.CloudTrail", 0, "203.0.113.9", List.of("deploy-bot"), List.of()));
        assertThat(IdentityLinks.of(crowded, "203.0.113.9")).as("a spraying source names everyone").isEmpty();
    }

    @Test
    void anIdentityFarApartInTimeOnOneAddressIsNoLink() {
        assertThat(IdentityLinks.of(List.of(
                event("Okta.SystemLog", 0, "198.51.100.7", List.of(), List.of("sam.kim@example.com")),
                event("AWS.CloudTrail", 120, "198.51.100.7", List.of("deploy-bot"), List.of())), "x")).isEmpty();
    }
}
