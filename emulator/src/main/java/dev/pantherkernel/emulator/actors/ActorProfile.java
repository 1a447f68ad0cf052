package dev.pantherkernel.emulator.actors;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** {@code ActorProfile}: what is known of a person who acts in the logs, gathered from the identity provider. */
public record ActorProfile(
        String entityId,
        List<String> displayNames,
        List<String> emails,
        List<String> usernames,
        List<String> phones,
        List<String> jobTitles,
        List<String> departments,
        List<String> managers,
        List<String> organizations,
        List<String> employmentStatus,
        List<Address> addresses,
        Instant firstObservedAt,
        Instant lastLoginAt) {

    /** {@code Address}. */
    public record Address(String streetAddress, String city, String region, String postalCode, String countryCode) {}

    /** Whether one of these identifiers (an actor id, e-mail or user name seen in events) names this person. */
    boolean namedByAny(Collection<String> identifiers) {
        return identifiers.contains(entityId) || emails.stream().anyMatch(identifiers::contains)
                || usernames.stream().anyMatch(identifiers::contains);
    }
}
