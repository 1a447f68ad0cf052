package dev.pantherkernel.emulator.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/** A person at the sample company: Okta logins and AWS IAM users are theirs. */
public record Employee(String email, String displayName) {
    static final String VICTIM_EMAIL = "jordan.lee@example.com";

    private static final String[] GIVEN = {"Alex", "Sam", "Priya", "Chen", "Maria", "Omar", "Lena", "Diego", "Aisha",
        "Tom", "Yuki", "Noah", "Fatima", "Lucas", "Ines", "Ravi", "Emma", "Kofi", "Sofia", "Jonas"};
    private static final String[] FAMILY = {"Chen", "Garcia", "Patel", "Kim", "Novak", "Haddad", "Schmidt", "Silva",
        "Okafor", "Nguyen", "Tanaka", "Murphy", "Rossi", "Dubois", "Larsen", "Costa", "Singh", "Weber"};

    /** The local part of the e-mail, which is also the AWS IAM user name. */
    public String userName() {
        return email.substring(0, email.indexOf('@'));
    }

    /** About forty people, chosen by the seed; the story's victim is always among them. */
    public static List<Employee> staff(long seed) {
        Random random = new Random(seed);
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < 39) {
            names.add(GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)]);
        }
        List<Employee> staff = new ArrayList<>();
        for (String name : names) {
            staff.add(new Employee(name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.com", name));
        }
        staff.removeIf(e -> e.email().equals(VICTIM_EMAIL));
        staff.add(random.nextInt(staff.size()), new Employee(VICTIM_EMAIL, "Jordan Lee"));
        return List.copyOf(staff);
    }
}
