package dev.pantherkernel.emulator.data;

/**
 * The company's laptops that CrowdStrike Falcon manages, as SQL over the generator's staff index {@code k}: one per
 * person except every fourth, who works from a laptop of their own. A laptop reports the office's address during the
 * working day and its owner's home address otherwise, the addresses the Okta and CloudTrail logs show for that person.
 */
final class CrowdStrikeHosts {
    /** The customer id of the company's Falcon tenant. */
    static final String CID = "c0ffee00a1b2c3d4e5f6a7b8c9d0e1f2";

    private CrowdStrikeHosts() {}

    /** Whether the person at staff index {@code k} has no managed laptop. */
    static boolean isUnmanaged(int k) {
        return k % 4 == 3;
    }

    /** SQL: a managed person's staff index from any index {@code k} (the unmanaged one's neighbour instead). */
    static String managed(String k) {
        return "CASE WHEN " + k + " % 4 = 3 THEN " + k + " - 1 ELSE " + k + " END";
    }

    /** SQL: the person's home address, as Okta and CloudTrail show it. */
    static String homeIp(String k) {
        return "'198.51.100.' || (" + k + " + 10)";
    }

    /** SQL: the address a laptop reports at {@code ts}: the office's on working hours (UTC 14-23, San Francisco's day), else home. */
    static String aip(String k, String ts, String i) {
        return "CASE WHEN hour(" + ts + ") BETWEEN 14 AND 23 AND dayofweek(" + ts + ") BETWEEN 1 AND 5 "
                + "THEN gen_pick(['192.0.2.10', '192.0.2.11'], " + i + ", 'cs-office') ELSE " + homeIp(k) + " END";
    }

    /** SQL: the laptop's sensor id, from its owner's e-mail. */
    static String aid(String email) {
        return "md5('aid|' || " + email + ")";
    }

    /** SQL: the laptop's name, {@code ACME-MBP-JORDAN-LEE}. */
    static String computerName(String email) {
        return "'ACME-MBP-' || upper(replace(split_part(" + email + ", '@', 1), '.', '-'))";
    }
}
