package dev.pantherkernel.magics.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The same person's likely identities in different logs, as suggestions with their reasons, never as facts: an email
 * in one log whose local part is a user name in another ({@code jordan.lee@example.com} in Okta, IAM user
 * {@code jordan.lee} in CloudTrail), made more likely when both used one address within {@link #NEAR}; or, without a
 * name in common, two identities of different logs on one address within the same minute, when that address is
 * not shared by many (a proxy or a spraying source names everyone).
 */
final class IdentityLinks {

    /** How close in time two uses of one address must be to support a link. */
    static final Duration NEAR = Duration.ofMinutes(15);
    /** An address used by more identities than this says nothing about who is who. */
    static final int CROWDED = 3;

    /** An identity as a log names it: an email or a user name, in one log type. */
    record Identity(String name, String logType) {
        boolean isEmail() {
            return name.indexOf('@') > 0;
        }

        String localPart() {
            return isEmail() ? name.substring(0, name.indexOf('@')) : name;
        }
    }

    /** A suggested link: {@code identity} and {@code linked} are likely one person, because {@code reason}. */
    record Link(Identity identity, Identity linked, String reason) {
    }

    private record Use(String address, Instant at) {
    }

    private IdentityLinks() {
    }

    /**
     * The links among the identities of {@code events}; those of {@code entity} (when it is an identity) first and
     * from its side, the others from the email's side.
     */
    static List<Link> of(List<EntityEvent> events, String entity) {
        Map<Identity, List<Use>> uses = new LinkedHashMap<>();
        for (EntityEvent event : events) {
            for (Identity identity : identities(event)) {
                List<Use> list = uses.computeIfAbsent(identity, k -> new ArrayList<>());
                for (String address : event.values("p_any_ip_addresses")) {
                    list.add(new Use(address, event.time()));
                }
            }
        }
        Map<String, Set<Identity>> byAddress = new HashMap<>();
        uses.forEach((identity, list) -> list.forEach(u -> byAddress.computeIfAbsent(u.address(), k -> new HashSet<>()).add(identity)));
        List<Identity> all = new ArrayList<>(uses.keySet());
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Identity a = all.get(i);
                Identity b = all.get(j);
                if (a.logType().equals(b.logType())) {
                    continue;
                }
                String reason = reason(a, b, uses.get(a), uses.get(b), byAddress);
                if (reason != null) {
                    // from the entity's side when it is one of them, else from the email's
                    boolean bFirst = b.name().equalsIgnoreCase(entity) || !a.name().equalsIgnoreCase(entity) && b.isEmail() && !a.isEmail();
                    links.add(bFirst ? new Link(b, a, reason) : new Link(a, b, reason));
                }
            }
        }
        links.sort(Comparator.comparing((Link l) -> !l.identity().name().equalsIgnoreCase(entity)));
        return links;
    }

    /** Why {@code a} and {@code b} are likely one person, or null when nothing says so. */
    static String reason(Identity a, Identity b, List<Use> usesOfA, List<Use> usesOfB, Map<String, Set<Identity>> byAddress) {
        String name = null;
        if (a.isEmail() != b.isEmail() && a.localPart().equalsIgnoreCase(b.localPart())) {
            Identity email = a.isEmail() ? a : b;
            Identity user = a.isEmail() ? b : a;
            name = "the local part of the " + email.logType() + " email " + email.name() + " is the " + user.logType()
                    + " user name " + user.name();
        }
        Use[] closest = closest(usesOfA, usesOfB);
        if (name != null) {
            return closest == null ? name : name + "; both used " + closest[0].address() + " within "
                    + minutes(Duration.between(closest[0].at(), closest[1].at()).abs());
        }
        if (closest != null && Duration.between(closest[0].at(), closest[1].at()).abs().compareTo(Duration.ofMinutes(1)) <= 0
                && byAddress.getOrDefault(closest[0].address(), Set.of()).size() <= CROWDED) {
            return "both used " + closest[0].address() + " within the same minute, an address few identities share";
        }
        return null;
    }

    private static String minutes(Duration gap) {
        long m = Math.max(1, (gap.toSeconds() + 59) / 60);
        return m == 1 ? "a minute" : m + " minutes";
    }

    /** The closest pair of uses of one address within {@link #NEAR}, or null. */
    private static Use[] closest(List<Use> usesOfA, List<Use> usesOfB) {
        Use[] best = null;
        Duration bestGap = null;
        for (Use x : usesOfA) {
            for (Use y : usesOfB) {
                if (!x.address().equals(y.address()) || x.at() == null || y.at() == null) {
                    continue;
                }
                Duration gap = Duration.between(x.at(), y.at()).abs();
                if (gap.compareTo(NEAR) <= 0 && (bestGap == null || gap.compareTo(bestGap) < 0)) {
                    best = new Use[] {x, y};
                    bestGap = gap;
                }
            }
        }
        return best;
    }

    /** The emails and user names an event names (a user name that is an email counts once, as the email). */
    static Set<Identity> identities(EntityEvent event) {
        Set<Identity> out = new HashSet<>();
        for (String email : event.values("p_any_emails")) {
            out.add(new Identity(email.toLowerCase(Locale.ROOT), event.logType()));
        }
        for (String user : event.values("p_any_usernames")) {
            out.add(new Identity(user.indexOf('@') > 0 ? user.toLowerCase(Locale.ROOT) : user, event.logType()));
        }
        return out;
    }
}
