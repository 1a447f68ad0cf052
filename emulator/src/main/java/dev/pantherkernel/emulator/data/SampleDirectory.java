package dev.pantherkernel.emulator.data;

import dev.pantherkernel.emulator.auth.Permission;
import dev.pantherkernel.emulator.auth.User;
import dev.pantherkernel.emulator.users.LogTypeAccessKind;
import dev.pantherkernel.emulator.users.Role;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The sample organisation's Panther roles and users (the security team, not the whole company). */
public final class SampleDirectory {
    private static final String[][] PEOPLE = {
        {"Morgan", "Blake", "Admin"},
        {"Riley", "Chen", "Analyst"},
        {"Sasha", "Ivanova", "Analyst"},
        {"Devon", "Park", "Analyst"},
        {"Ana", "Souza", "Analyst"},
        {"Kim", "Larsen", "AnalystReadOnly"},
        {"Pat", "Quinn", "AnalystReadOnly"},
    };

    private SampleDirectory() {}

    public static List<Role> roles(long seed, Instant anchor) {
        Instant created = anchor.minus(Duration.ofDays(400));
        return List.of(
                new Role(id(seed, "role", "Admin"), "Admin", List.of(Permission.values()), null, LogTypeAccessKind.ALLOW_ALL,
                        created, created, null),
                new Role(id(seed, "role", "Analyst"), "Analyst", List.copyOf(EnumSet.of(Permission.AlertRead,
                        Permission.AlertModify, Permission.DataAnalyticsRead, Permission.SummaryRead, Permission.UserRead,
                        Permission.RuleRead, Permission.PolicyRead, Permission.LogSourceRead, Permission.ResourceRead)),
                        null, LogTypeAccessKind.ALLOW_ALL, created, created, null),
                new Role(id(seed, "role", "AnalystReadOnly"), "AnalystReadOnly", List.copyOf(EnumSet.of(Permission.AlertRead,
                        Permission.DataAnalyticsRead, Permission.SummaryRead, Permission.UserRead)),
                        null, LogTypeAccessKind.ALLOW_ALL, created, created, null));
    }

    public static List<User> users(long seed, Instant anchor) {
        List<User> users = new ArrayList<>();
        for (int i = 0; i < PEOPLE.length; i++) {
            String[] p = PEOPLE[i];
            String email = (p[0] + "." + p[1]).toLowerCase(Locale.ROOT) + "@example.com";
            Instant created = anchor.minus(Duration.ofDays(390 - 37L * i));
            Instant lastLogin = i == PEOPLE.length - 1 ? null : anchor.minus(Duration.ofHours(2 + 11L * i));
            users.add(new User(id(seed, "user", email), email, p[0], p[1], id(seed, "role", p[2]), created, lastLogin,
                    "CONFIRMED", true));
        }
        return users;
    }

    /** The users who work alerts (they get assigned). */
    public static List<User> analysts(List<User> users, long seed) {
        String analyst = id(seed, "role", "Analyst");
        return users.stream().filter(u -> u.roleId().equals(analyst)).toList();
    }

    private static String id(long seed, String kind, String name) {
        return UUID.nameUUIDFromBytes((kind + "|" + seed + "|" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
