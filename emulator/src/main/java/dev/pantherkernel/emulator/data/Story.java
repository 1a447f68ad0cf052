package dev.pantherkernel.emulator.data;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The incident the sample data tells, the same for every seed: a password spray against Okta from
 * one IP, a successful login, admin rights granted, an AWS console login without MFA, IAM changes,
 * the production VPC's flow logs deleted with the new user's key (the VPC flow source goes quiet from
 * then on) and a root login, with the same IP probing SSH just before.
 */
public record Story(Instant start, Instant end, String attackerIp, Employee victim, List<Employee> sprayed) {
    /** A documentation-range address (RFC 5737), so the story never names a real host. */
    public static final String ATTACKER_IP = "203.0.113.9";
    public static final String CREATED_USER = "svc-backup-admin";

    /** The story starts two and a bit days before the data's anchor, so "last 7 days" always shows it. */
    public static Story of(Instant anchor, List<Employee> employees) {
        Instant start = anchor.truncatedTo(ChronoUnit.HOURS).minus(54, ChronoUnit.HOURS);
        Employee victim = employees.stream().filter(e -> e.email().equals(Employee.VICTIM_EMAIL)).findFirst().orElseThrow();
        return new Story(start, anchor, ATTACKER_IP, victim, employees.subList(0, Math.min(30, employees.size())));
    }

    /** The same story, every time in it moved by {@code shift} (the packed demo's, moved to the present). */
    public Story shifted(Duration shift) {
        return new Story(start.plus(shift), end.plus(shift), attackerIp, victim, sprayed);
    }

    /** When the backdoor user deletes the production VPC's flow logs: the last VPC flow record is older. */
    public Instant flowLogsDeleted() {
        return at(39, 40);
    }

    /**
     * Someone at the company without a CrowdStrike-managed laptop (every fourth person works from a laptop of their own):
     * in the last half hour before the data ends they sign in to Okta and the AWS console from home, what the
     * "... from CrowdStrike Unmanaged Device" queries of Panther's content look for.
     */
    public Employee unmanaged() {
        return sprayed.stream().filter(e -> !e.equals(victim)).filter(e -> CrowdStrikeHosts.isUnmanaged(sprayed.indexOf(e)))
                .findFirst().orElseThrow();
    }

    /** A person's home address, as the logs show it (their staff index among the first thirty, plus ten). */
    static String homeIp(Story story, Employee who) {
        return "198.51.100." + (story.sprayed().indexOf(who) + 10);
    }

    /** Minutes and seconds before the data's end. */
    Instant beforeEnd(int minutes, int seconds) {
        return end.minusSeconds(minutes * 60L + seconds);
    }

    Instant at(int minutes, int seconds) {
        return start.plusSeconds(minutes * 60L + seconds);
    }
}
