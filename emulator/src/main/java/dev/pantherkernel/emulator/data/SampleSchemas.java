package dev.pantherkernel.emulator.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.pantherkernel.emulator.datalake.SnowflakeType;
import dev.pantherkernel.emulator.logschemas.LogSchema;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sample organisation's log-type schemas: Panther's managed schema of each log type the data lake holds, its
 * fields those of the table (names, types and descriptions as the catalog shows them), and one custom schema,
 * {@code Custom.AdminAppAudit}, written by the organisation for its internal admin app and not yet fed by a source.
 */
public final class SampleSchemas {
    public static final String CUSTOM = "Custom.AdminAppAudit";

    private static final YAMLMapper YAML = YAMLMapper.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build();
    private static final Map<String, String> REFERENCES = Map.of(
            "AWS.CloudTrail", "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference.html",
            "Okta.SystemLog", "https://developer.okta.com/docs/reference/api/system-log/",
            "AWS.VPCFlow", "https://docs.aws.amazon.com/vpc/latest/userguide/flow-log-records.html",
            "Crowdstrike.FDREvent", "https://developer.crowdstrike.com/docs/falcon-data-replicator",
            "Crowdstrike.AIDMaster", "https://developer.crowdstrike.com/crowdstrike/docs/falcon-data-replicator-guide#section-aid-master");

    private static final String CUSTOM_SPEC = """
            schema: Custom.AdminAppAudit
            description: Audit events of the internal admin console (admin.example.com)
            referenceURL: https://wiki.example.com/security/admin-app-audit
            fields:
              - name: time
                required: true
                type: timestamp
                timeFormats:
                  - rfc3339
                isEventTime: true
              - name: actor
                required: true
                type: string
                indicators:
                  - email
              - name: action
                type: string
              - name: sourceIp
                type: string
                indicators:
                  - ip
              - name: target
                type: object
                fields:
                  - name: kind
                    type: string
                  - name: id
                    type: string
              - name: success
                type: boolean
            """;

    private static final String CUSTOM_DISCOVERED = """
            fields:
              - name: userAgent
                type: string
            """;

    private SampleSchemas() {}

    public static List<LogSchema> schemas(Instant anchor) {
        List<LogSchema> out = new ArrayList<>();
        int n = 0;
        for (LogTable table : SampleDataLake.TABLES) {
            String created = text(anchor.minus(Duration.ofDays(900 - 31L * n)), n);
            String updated = text(anchor.minus(Duration.ofDays(40 + 9L * n)), n + 3);
            out.add(new LogSchema(table.logType(), table.description(), spec(table), "", 4 + n, 6 + n, false, true, false,
                    REFERENCES.get(table.logType()), created, updated));
            n++;
        }
        out.add(new LogSchema(CUSTOM, "Audit events of the internal admin console (admin.example.com)", CUSTOM_SPEC,
                CUSTOM_DISCOVERED, 2, 3, false, false, true, "https://wiki.example.com/security/admin-app-audit",
                text(anchor.minus(Duration.ofDays(75)), 7), text(anchor.minus(Duration.ofDays(12)), 8)));
        return out;
    }

    /** Panther's schema YAML of a table's fields; the event time is the field its rows take {@code p_event_time} from. */
    static String spec(LogTable table) {
        List<Map<String, Object>> fields = new ArrayList<>();
        for (Field f : table.fields()) {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("name", f.name());
            boolean eventTime = f.name().equals(table.eventTimeField());
            if (eventTime) {
                field.put("required", true);
            }
            field.put("type", type(f.type()));
            if (f.type() == SnowflakeType.TIMESTAMP_NTZ) {
                field.put("timeFormats", List.of("rfc3339"));
            }
            if (eventTime) {
                field.put("isEventTime", true);
            }
            if (f.type() == SnowflakeType.ARRAY) {
                field.put("element", Map.of("type", "json"));
            }
            field.put("description", f.description());
            fields.add(field);
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("schema", table.logType());
        spec.put("description", table.description());
        spec.put("referenceURL", REFERENCES.get(table.logType()));
        spec.put("fields", fields);
        try {
            return YAML.writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String type(SnowflakeType type) {
        return switch (type) {
            case NUMBER -> "bigint";
            case FLOAT -> "float";
            case BOOLEAN -> "boolean";
            case TIMESTAMP_NTZ, TIMESTAMP_LTZ, TIMESTAMP_TZ -> "timestamp";
            case OBJECT, VARIANT -> "json";
            case ARRAY -> "array";
            default -> "string";
        };
    }

    /** Panther writes these times with nanoseconds. */
    private static String text(Instant at, int salt) {
        return at.plusNanos(154_956_402L + 37_000_001L * salt).toString();
    }
}
