package dev.pantherkernel.emulator.data;

import dev.pantherkernel.emulator.datalake.SnowflakeType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fields Panther adds to every log table, with their types and what they mean. */
public final class StandardFields {
    /** Panther's indicator fields, each an ARRAY of the values of one kind found in the event. */
    public static final List<String> ANY_FIELDS = List.of("p_any_ip_addresses", "p_any_domain_names", "p_any_sha1_hashes",
            "p_any_sha256_hashes", "p_any_md5_hashes", "p_any_trace_ids", "p_any_aws_account_ids", "p_any_aws_instance_ids",
            "p_any_aws_arns", "p_any_aws_tags", "p_any_emails", "p_any_usernames", "p_any_actor_ids", "p_any_mac_addresses",
            "p_any_serial_numbers");

    /** Where an event holds what enrichment tables know of it ({@code p_enrichment:<table>:<selector>}). */
    public static final String ENRICHMENT = "p_enrichment";

    /** Every standard field with its type, in the order the tables list them. */
    public static final Map<String, SnowflakeType> TYPES = types();

    public static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("p_event_time", "When the event happened (UTC)"),
            Map.entry("p_parse_time", "When Panther parsed the event (UTC)"),
            Map.entry("p_log_type", "Panther log type of the event"),
            Map.entry("p_row_id", "Unique id of the row"),
            Map.entry("p_schema_version", "The version of the schema used for this row"),
            Map.entry("p_source_id", "Id of the log source that delivered the event"),
            Map.entry("p_source_label", "Name of the log source that delivered the event"),
            Map.entry("p_any_ip_addresses", "Every IP address in the event"),
            Map.entry("p_any_domain_names", "Every domain name in the event"),
            Map.entry("p_any_sha1_hashes", "Every SHA1 hash in the event"),
            Map.entry("p_any_sha256_hashes", "Every SHA256 hash in the event"),
            Map.entry("p_any_md5_hashes", "Every MD5 hash in the event"),
            Map.entry("p_any_trace_ids", "Every trace or session id in the event (access key ids, transaction ids)"),
            Map.entry("p_any_aws_account_ids", "Every AWS account id in the event"),
            Map.entry("p_any_aws_instance_ids", "Every AWS EC2 instance id in the event"),
            Map.entry("p_any_aws_arns", "Every AWS ARN in the event"),
            Map.entry("p_any_aws_tags", "Every AWS tag (key:value) in the event"),
            Map.entry("p_any_emails", "Every e-mail address in the event"),
            Map.entry("p_any_usernames", "Every user name in the event"),
            Map.entry("p_any_actor_ids", "Every id of the actor that performed the action"),
            Map.entry("p_any_mac_addresses", "Every MAC address in the event"),
            Map.entry("p_any_serial_numbers", "Every device serial number in the event"));

    private StandardFields() {}

    private static Map<String, SnowflakeType> types() {
        Map<String, SnowflakeType> types = new LinkedHashMap<>();
        types.put("p_event_time", SnowflakeType.TIMESTAMP_NTZ);
        types.put("p_parse_time", SnowflakeType.TIMESTAMP_NTZ);
        types.put("p_log_type", SnowflakeType.VARCHAR);
        types.put("p_row_id", SnowflakeType.VARCHAR);
        types.put("p_schema_version", SnowflakeType.NUMBER);
        types.put("p_source_id", SnowflakeType.VARCHAR);
        types.put("p_source_label", SnowflakeType.VARCHAR);
        ANY_FIELDS.forEach(f -> types.put(f, SnowflakeType.ARRAY));
        return types;
    }
}
