package dev.pantherkernel.emulator.data;

import dev.pantherkernel.emulator.actors.ActorProfile;
import dev.pantherkernel.emulator.actors.PersonFacts;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the sample company's identity provider knows of its staff beyond the logs: job title, department, manager,
 * phone and office. Made from each e-mail address (not from the seed's random sequence), so adding it changed no
 * generated event.
 */
public final class SampleProfiles {
    private static final String[][] TEAMS = {
        {"Engineering", "Software Engineer", "Senior Software Engineer", "Site Reliability Engineer"},
        {"Finance", "Financial Analyst", "Accountant", "Controller"},
        {"Sales", "Account Executive", "Sales Engineer", "Account Manager"},
        {"IT", "IT Administrator", "Systems Engineer", "Help Desk Specialist"},
        {"People", "Recruiter", "People Partner", "HR Generalist"},
    };
    private static final ActorProfile.Address[] OFFICES = {
        new ActorProfile.Address("548 Market St", "San Francisco", "CA", "94104", "US"),
        new ActorProfile.Address("1 Example Plaza", "Austin", "TX", "78701", "US"),
        new ActorProfile.Address("10 Example Street", "London", "England", "EC2A 4NE", "GB"),
    };
    /** Each office's phone numbers, in the ranges set aside for fiction (555-01xx in the US, 020 7946 0xxx in London). */
    private static final String[] PHONES = {"+1 415 555 01%02d", "+1 512 555 01%02d", "+44 20 7946 0%03d"};
    private static final String ORGANIZATION = "Example Corp";

    private SampleProfiles() {}

    public static List<PersonFacts> people(List<Employee> staff) {
        Map<String, String> heads = new LinkedHashMap<>();
        List<PersonFacts> out = new ArrayList<>();
        for (Employee e : staff) {
            long h = hash(e.email());
            String[] team = TEAMS[(int) (h % TEAMS.length)];
            String head = heads.putIfAbsent(team[0], e.email());
            String title = head == null ? "Head of " + team[0] : team[1 + (int) (h / 7 % (team.length - 1))];
            String manager = head == null ? "ceo@example.com" : head;
            int office = (int) (h / 13 % OFFICES.length);
            String phone = PHONES[office].formatted(h % 100);
            out.add(new PersonFacts(e.email(), title, team[0], manager, phone, OFFICES[office], ORGANIZATION, "active", e.userName()));
        }
        return out;
    }

    private static long hash(String email) {
        return UUID.nameUUIDFromBytes(email.getBytes(StandardCharsets.UTF_8)).getMostSignificantBits() & Long.MAX_VALUE;
    }
}
