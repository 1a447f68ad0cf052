package dev.pantherkernel.emulator.data;

import dev.pantherkernel.emulator.auth.User;
import dev.pantherkernel.emulator.content.DataModel.Mapping;
import dev.pantherkernel.emulator.content.DataModel;
import dev.pantherkernel.emulator.content.GlobalHelper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The data models of the sample log types (Panther's managed ones) and the global helpers the sample detections
 * import: Panther's and one of the organisation's own.
 */
public final class SampleHelpers {
    private SampleHelpers() {}

    public static List<DataModel> dataModels(Instant anchor) {
        Instant created = anchor.minus(Duration.ofDays(330));
        Instant modified = anchor.minus(Duration.ofDays(45));
        return List.of(
                new DataModel("Standard.AWS.CloudTrail", "AWS CloudTrail", "Standard names for CloudTrail events", true,
                        List.of("AWS.CloudTrail"), List.of(
                                new Mapping("actor_user", null, "get_actor_user"),
                                new Mapping("event_type", null, "get_event_type"),
                                new Mapping("source_ip", "sourceIPAddress", null),
                                new Mapping("user_agent", "userAgent", null)), """
                        from panther_base_helpers import deep_get

                        def get_actor_user(event):
                            if deep_get(event, "userIdentity", "type") == "Root":
                                return "root"
                            return deep_get(event, "userIdentity", "userName") or deep_get(event, "userIdentity", "arn")

                        def get_event_type(event):
                            if event.get("eventName") == "ConsoleLogin":
                                return "console_login"
                            return None
                        """, true, created, modified),
                new DataModel("Standard.Okta.SystemLog", "Okta System Log", "Standard names for Okta events", true,
                        List.of("Okta.SystemLog"), List.of(
                                new Mapping("actor_user", "$.actor.alternateId", null),
                                new Mapping("event_type", null, "get_event_type"),
                                new Mapping("source_ip", "$.client.ipAddress", null),
                                new Mapping("user_agent", "$.client.userAgent.rawUserAgent", null)), """
                        def get_event_type(event):
                            if event.get("eventType") == "user.session.start":
                                return "successful_login" if event.get("outcome", {}).get("result") == "SUCCESS" else "failed_login"
                            return None
                        """, true, created, modified),
                new DataModel("Standard.AWS.VPCFlow", "AWS VPC Flow Logs", "Standard names for VPC flow records", true,
                        List.of("AWS.VPCFlow"), List.of(
                                new Mapping("destination_ip", "dstAddr", null),
                                new Mapping("destination_port", "dstPort", null),
                                new Mapping("source_ip", "srcAddr", null),
                                new Mapping("source_port", "srcPort", null)), null, true, created, modified));
    }

    public static List<GlobalHelper> globals(Instant anchor, List<User> users) {
        Instant created = anchor.minus(Duration.ofDays(330));
        Instant modified = anchor.minus(Duration.ofDays(45));
        User admin = users.get(0);
        return List.of(
                new GlobalHelper("panther_base_helpers", "Helpers every detection may use: nested lookups and more",
                        List.of("Panther"), """
                        from functools import reduce

                        def deep_get(dictionary, *keys, default=None):
                            value = reduce(lambda d, key: d.get(key, default) if isinstance(d, dict) else default, keys, dictionary)
                            return default if value is None else value
                        """, true, null, created, null, modified),
                new GlobalHelper("panther_okta_helpers", "Okta event helpers", List.of("Panther", "Okta"), """
                        from panther_base_helpers import deep_get

                        def okta_alert_context(event):
                            return {
                                "actor": deep_get(event, "actor", "alternateId"),
                                "ip": deep_get(event, "client", "ipAddress"),
                                "event_type": event.get("eventType"),
                            }
                        """, true, null, created, null, modified),
                new GlobalHelper("acme_allowlists", "Our own allow lists: office egress IPs and break-glass accounts",
                        List.of("Acme"), """
                        OFFICE_EGRESS_IPS = {"198.51.100.10", "198.51.100.11"}
                        BREAK_GLASS_ACCOUNTS = {"breakglass-admin@example.com"}

                        def from_office(ip):
                            return ip in OFFICE_EGRESS_IPS
                        """, false, admin, anchor.minus(Duration.ofDays(200)), admin, anchor.minus(Duration.ofDays(12))));
    }
}
