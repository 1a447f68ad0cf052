package dev.pantherkernel.emulator.actors;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Actor profiles: each person the identity provider's log shows (its actor id is the profile's {@code entityId}),
 * with what its directory holds of them. Made when asked, from the log and the directory, so they always agree.
 */
public final class ActorProfiles {
    private final IdentityObservations observations;
    private final Map<String, PersonFacts> directory;

    public ActorProfiles(IdentityObservations observations, List<PersonFacts> directory) {
        this.observations = observations;
        this.directory = directory.stream().collect(Collectors.toMap(PersonFacts::email, Function.identity(), (a, b) -> a));
    }

    public Optional<ActorProfile> find(String entityId) {
        return all().stream().filter(p -> p.entityId().equals(entityId)).findFirst();
    }

    /** The profiles of the people these identifiers (actor ids, e-mails, user names) name. */
    public List<ActorProfile> namedBy(Collection<String> identifiers) {
        return all().stream().filter(p -> p.namedByAny(identifiers)).toList();
    }

    private List<ActorProfile> all() {
        return observations.all().stream().map(this::profile).toList();
    }

    private ActorProfile profile(IdentityObservations.Observed seen) {
        PersonFacts facts = directory.get(seen.email());
        if (facts == null) {
            return new ActorProfile(seen.actorId(), List.of(seen.displayName()), List.of(seen.email()), List.of(seen.email()), List.of(),
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), seen.firstSeen(), seen.lastLogin());
        }
        return new ActorProfile(seen.actorId(), List.of(seen.displayName()), List.of(seen.email()),
                List.of(seen.email(), facts.userName()), List.of(facts.phone()), List.of(facts.jobTitle()), List.of(facts.department()),
                List.of(facts.manager()), List.of(facts.organization()), List.of(facts.employmentStatus()), List.of(facts.address()),
                seen.firstSeen(), seen.lastLogin());
    }
}
