package dev.pantherkernel.emulator.actors;

/** What the identity provider's directory holds of a person beyond the logs: title, team, manager, phone, office. */
public record PersonFacts(String email, String jobTitle, String department, String manager, String phone,
        ActorProfile.Address address, String organization, String employmentStatus, String userName) {}
