package dev.pantherkernel.emulator.data;

import java.util.List;
import java.util.Map;

/** The fields Panther adds to every log table, with what they mean. */
public final class StandardFields {
    public static final List<String> ANY_FIELDS = List.of(
            "p_any_ip_addresses", "p_any_usernames", "p_any_emails", "p_any_aws_account_ids", "p_any_domain_names");

    public static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("p_event_time", "When the event happened (UTC)"),
            Map.entry("p_parse_time", "When Panther parsed the event (UTC)"),
            Map.entry("p_log_type", "Panther log type of the event"),
            Map.entry("p_row_id", "Unique id of the row"),
            Map.entry("p_source_id", "Id of the log source that delivered the event"),
            Map.entry("p_source_label", "Name of the log source that delivered the event"),
            Map.entry("p_any_ip_addresses", "Every IP address in the event"),
            Map.entry("p_any_usernames", "Every user name in the event"),
            Map.entry("p_any_emails", "Every e-mail address in the event"),
            Map.entry("p_any_aws_account_ids", "Every AWS account id in the event"),
            Map.entry("p_any_domain_names", "Every domain name in the event"));

    private StandardFields() {}
}
