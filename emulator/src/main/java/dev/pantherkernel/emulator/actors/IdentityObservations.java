package dev.pantherkernel.emulator.actors;

import java.time.Instant;
import java.util.List;

/** The people the identity provider's log shows acting: id, login, name, first event, last successful login. */
public interface IdentityObservations {
    List<Observed> all();

    record Observed(String actorId, String email, String displayName, Instant firstSeen, Instant lastLogin) {}
}
