package dev.pantherkernel.emulator.bulk;

import dev.pantherkernel.emulator.alerts.Severity;
import dev.pantherkernel.emulator.content.Content.OtherEntity;
import dev.pantherkernel.emulator.content.DataModel;
import dev.pantherkernel.emulator.content.Detection;
import dev.pantherkernel.emulator.content.DetectionKind;
import dev.pantherkernel.emulator.content.GlobalHelper;
import dev.pantherkernel.emulator.content.SavedQuery;
import dev.pantherkernel.emulator.content.Schedule;
import dev.pantherkernel.emulator.content.UnitTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the content of an upload in panther-analysis layout: every {@code .yml}/{@code .yaml} file is one entity,
 * told apart by {@code AnalysisType}; Python detections, data models and globals name their source in
 * {@code Filename}, relative to the YAML file. Keys are Panther's ({@code RuleID}, {@code Severity: High} ...);
 * what the emulator cannot take is refused with the file and key named.
 */
final class ContentReader {
    private static final Set<String> DETECTION_KEYS = Set.of("AnalysisType", "Enabled", "Filename", "Severity",
            "DisplayName", "Description", "Tags", "Reports", "Runbook", "Reference", "OutputIds", "CreatedBy", "Status",
            "OnlyUseBaseRiskScore", "BaseVersion", "Tests");
    private static final Set<String> RULE_KEYS = union(DETECTION_KEYS, "RuleID", "Detection", "LogTypes",
            "DedupPeriodMinutes", "Threshold", "SummaryAttributes", "InlineFilters", "CreateAlert", "DynamicSeverities",
            "AlertTitle", "AlertContext", "GroupBy", "BaseDetection");
    private static final Set<String> SCHEDULED_RULE_KEYS = union(DETECTION_KEYS, "RuleID", "ScheduledQueries",
            "DedupPeriodMinutes", "Threshold", "SummaryAttributes", "CreateAlert");
    private static final Set<String> POLICY_KEYS = union(DETECTION_KEYS, "PolicyID", "ResourceTypes", "Suppressions",
            "ActionDelaySeconds", "AutoRemediationID", "AutoRemediationParameters");
    private static final Set<String> QUERY_KEYS = Set.of("AnalysisType", "QueryName", "Query", "SnowflakeQuery",
            "AthenaQuery", "DatabricksQuery", "Description", "Tags", "Lookback", "LookbackWindowSeconds");
    private static final Set<String> SCHEDULED_QUERY_KEYS = union(QUERY_KEYS, "Enabled", "Schedule", "EmailConfig");
    private static final Set<String> DATA_MODEL_KEYS = Set.of("AnalysisType", "DataModelID", "Enabled", "LogTypes",
            "Mappings", "DisplayName", "Description", "Filename", "BaseVersion");
    private static final Set<String> GLOBAL_KEYS = Set.of("AnalysisType", "GlobalID", "Filename", "Description", "Tags");
    private static final Set<String> TEST_KEYS = Set.of("Name", "ExpectedResult", "Log", "Resource", "Mocks", "LogType",
            "ResourceType");
    private static final Set<String> SCHEDULE_KEYS = Set.of("CronExpression", "RateMinutes", "TimeoutMinutes");
    private static final String ID_FORBIDDEN = "<>&\"%";

    private final ZipFiles zip;
    private final Object actor;
    private final Set<String> seen = new HashSet<>();

    private ContentReader(ZipFiles zip, Object actor) {
        this.zip = zip;
        this.actor = actor;
    }

    /** The entities of the zip, made by {@code actor} (the uploading key). */
    static UploadedContent read(ZipFiles zip, Object actor) {
        return new ContentReader(zip, actor).readAll();
    }

    private UploadedContent readAll() {
        UploadedContent.Builder out = new UploadedContent.Builder();
        for (Map.Entry<String, byte[]> file : zip.all().entrySet()) {
            String path = file.getKey();
            String lower = path.toLowerCase(Locale.ROOT);
            if (!lower.endsWith(".yml") && !lower.endsWith(".yaml")) {
                continue;
            }
            YamlFile yaml = YamlFile.parse(path, file.getValue());
            String type = yaml.string("AnalysisType");
            if (type == null) {
                throw yaml.problem("AnalysisType is required (rule, scheduled_rule, policy, saved_query, scheduled_query, "
                        + "datamodel, global, correlation_rule, lookup_table or pack)");
            }
            switch (type) {
                case "rule", "scheduled_rule", "policy" -> {
                    Detection d = type.equals("rule") ? rule(yaml) : type.equals("policy") ? policy(yaml) : scheduledRule(yaml);
                    out.detection(once(yaml, "detection", d.id(), d));
                }
                case "saved_query", "scheduled_query" -> {
                    SavedQuery q = query(yaml, type.equals("scheduled_query"));
                    out.query(once(yaml, "query", q.name(), q));
                }
                case "datamodel" -> {
                    DataModel m = dataModel(yaml);
                    out.dataModel(once(yaml, "data model", m.id(), m));
                }
                case "global" -> {
                    GlobalHelper g = global(yaml);
                    out.global(once(yaml, "global", g.id(), g));
                }
                case "correlation_rule" -> out.correlationRule(other(yaml, file.getValue(), "RuleID", "correlation rule"));
                case "lookup_table" -> out.lookupTable(other(yaml, file.getValue(), "LookupName", "lookup table"));
                case "pack" -> yaml.requiredString("PackID");
                case "scheduled_prompt" -> throw yaml.problem("scheduled prompts are not part of Panther's published API; "
                        + "the emulator does not take them");
                default -> throw yaml.problem("unknown AnalysisType " + type);
            }
        }
        UploadedContent content = out.build();
        if (content.isEmpty()) {
            throw new UploadProblem("the zip holds no detection content: expected YAML files with an AnalysisType "
                    + "(panther-analysis layout, as panther_analysis_tool zips it)");
        }
        return content;
    }

    private Detection rule(YamlFile yaml) {
        yaml.onlyKeys(RULE_KEYS);
        if (yaml.has("BaseDetection")) {
            throw yaml.problem("derived rules (BaseDetection) are not supported by the emulator");
        }
        boolean python = yaml.has("Filename");
        if (python == yaml.has("Detection")) {
            throw yaml.problem("a rule has either Filename (Python) or Detection (a simple rule), exactly one of them");
        }
        Detection.Builder b = common(yaml, python ? DetectionKind.RULE : DetectionKind.SIMPLE_RULE, "RuleID")
                .logTypes(yaml.requiredStrings("LogTypes"))
                .dedupPeriodMinutes(yaml.integer("DedupPeriodMinutes", Detection.DEFAULT_DEDUP_MINUTES, 1))
                .threshold(yaml.integer("Threshold", Detection.DEFAULT_THRESHOLD, 1))
                .summaryAttributes(yaml.strings("SummaryAttributes"))
                .inlineFilters(yaml.yamlText("InlineFilters"));
        if (python) {
            b.body(source(yaml));
        } else {
            b.detection(yaml.yamlText("Detection"))
                    .alertTitle(yaml.yamlText("AlertTitle"))
                    .alertContext(yaml.yamlText("AlertContext"))
                    .dynamicSeverities(yaml.yamlText("DynamicSeverities"))
                    .groupBy(yaml.yamlText("GroupBy"));
        }
        return b.tests(tests(yaml, "Log")).build();
    }

    private Detection scheduledRule(YamlFile yaml) {
        yaml.onlyKeys(SCHEDULED_RULE_KEYS);
        return common(yaml, DetectionKind.SCHEDULED_RULE, "RuleID")
                .scheduledQueries(yaml.requiredStrings("ScheduledQueries"))
                .dedupPeriodMinutes(yaml.integer("DedupPeriodMinutes", Detection.DEFAULT_DEDUP_MINUTES, 1))
                .threshold(yaml.integer("Threshold", Detection.DEFAULT_THRESHOLD, 1))
                .summaryAttributes(yaml.strings("SummaryAttributes"))
                .body(source(yaml))
                .tests(tests(yaml, "Log"))
                .build();
    }

    private Detection policy(YamlFile yaml) {
        yaml.onlyKeys(POLICY_KEYS);
        return common(yaml, DetectionKind.POLICY, "PolicyID")
                .resourceTypes(yaml.strings("ResourceTypes"))
                .suppressions(yaml.strings("Suppressions"))
                .body(source(yaml))
                .tests(tests(yaml, "Resource"))
                .build();
    }

    private Detection.Builder common(YamlFile yaml, DetectionKind kind, String idKey) {
        String id = yaml.requiredString(idKey);
        for (char c : ID_FORBIDDEN.toCharArray()) {
            if (id.indexOf(c) >= 0) {
                throw yaml.problem(idKey + " must not contain any of " + ID_FORBIDDEN + ": " + id);
            }
        }
        return Detection.newDetection(kind, id)
                .enabled(yaml.requiredBoolean("Enabled"))
                .severity(severity(yaml))
                .displayName(yaml.string("DisplayName", ""))
                .description(yaml.string("Description", ""))
                .tags(yaml.strings("Tags"))
                .reports(yaml.listsByKey("Reports"))
                .runbook(yaml.string("Runbook", ""))
                .reference(yaml.string("Reference", ""))
                .outputIds(yaml.strings("OutputIds"))
                .createdByExternal(yaml.string("CreatedBy"))
                .createdBy(actor);
    }

    private static Severity severity(YamlFile yaml) {
        String text = yaml.requiredString("Severity");
        try {
            return Severity.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw yaml.problem("Severity must be one of Info, Low, Medium, High, Critical, not " + text);
        }
    }

    private static List<UnitTest> tests(YamlFile yaml, String eventKey) {
        List<UnitTest> out = new ArrayList<>();
        for (YamlFile test : yaml.items("Tests")) {
            test.onlyKeys(TEST_KEYS);
            if (!test.has(eventKey)) {
                throw test.problem(eventKey + " is required (the sample event)");
            }
            out.add(new UnitTest(test.requiredString("Name"), test.requiredBoolean("ExpectedResult"), test.jsonText(eventKey),
                    test.textMappings("Mocks")));
        }
        return out;
    }

    /** The text of the file {@code Filename} names, beside the YAML file. */
    private String source(YamlFile yaml) {
        String name = yaml.requiredString("Filename");
        return zip.textBeside(yaml.path(), name)
                .orElseThrow(() -> yaml.problem("Filename " + name + " is not in the zip beside it"));
    }

    private SavedQuery query(YamlFile yaml, boolean scheduled) {
        yaml.onlyKeys(scheduled ? SCHEDULED_QUERY_KEYS : QUERY_KEYS);
        String name = yaml.requiredString("QueryName");
        String sql = yaml.has("Query") ? yaml.string("Query") : yaml.string("SnowflakeQuery");
        if (sql == null || sql.isBlank()) {
            throw yaml.problem(yaml.has("AthenaQuery") || yaml.has("DatabricksQuery")
                    ? "the emulator's data lake is Snowflake: give the SQL as Query or SnowflakeQuery"
                    : "Query is required (the SQL)");
        }
        Schedule schedule = null;
        if (scheduled) {
            boolean enabled = yaml.requiredBoolean("Enabled");
            YamlFile s = yaml.mapping("Schedule");
            if (s == null) {
                throw yaml.problem("Schedule is required for a scheduled query");
            }
            s.onlyKeys(SCHEDULE_KEYS);
            String cron = s.string("CronExpression");
            Integer rate = s.optionalInteger("RateMinutes", 2);
            if ((cron == null) == (rate == null)) {
                throw s.problem("give either CronExpression or RateMinutes, exactly one of them");
            }
            int timeout = s.integer("TimeoutMinutes", -1, 1);
            if (timeout < 0) {
                throw s.problem("TimeoutMinutes is required");
            }
            if (rate != null && timeout > rate) {
                throw s.problem("TimeoutMinutes (" + timeout + ") must not be more than RateMinutes (" + rate + ")");
            }
            schedule = new Schedule(cron, rate, timeout, !enabled);
        }
        // the store gives a new query its id
        return new SavedQuery("(new)", name, yaml.string("Description", ""), sql.strip(), yaml.strings("Tags"), schedule,
                false, actor, null, null);
    }

    private DataModel dataModel(YamlFile yaml) {
        yaml.onlyKeys(DATA_MODEL_KEYS);
        List<DataModel.Mapping> mappings = new ArrayList<>();
        for (YamlFile m : yaml.items("Mappings")) {
            m.onlyKeys(Set.of("Name", "Path", "Method"));
            if (m.has("Path") == m.has("Method")) {
                throw m.problem("a mapping has either Path or Method, exactly one of them");
            }
            mappings.add(new DataModel.Mapping(m.requiredString("Name"), m.string("Path"), m.string("Method")));
        }
        if (mappings.isEmpty()) {
            throw yaml.problem("Mappings is required (a list with at least one mapping)");
        }
        boolean methods = mappings.stream().anyMatch(m -> m.method() != null);
        if (methods && !yaml.has("Filename")) {
            throw yaml.problem("Filename is required when a mapping names a Method");
        }
        return new DataModel(yaml.requiredString("DataModelID"), yaml.string("DisplayName", ""),
                yaml.string("Description", ""), yaml.requiredBoolean("Enabled"), yaml.requiredStrings("LogTypes"), mappings,
                yaml.has("Filename") ? source(yaml) : null, false, null, null);
    }

    private GlobalHelper global(YamlFile yaml) {
        yaml.onlyKeys(GLOBAL_KEYS);
        return new GlobalHelper(yaml.requiredString("GlobalID"), yaml.string("Description", ""), yaml.strings("Tags"),
                source(yaml), false, actor, null, actor, null);
    }

    private OtherEntity other(YamlFile yaml, byte[] text, String idKey, String what) {
        String id = yaml.requiredString(idKey);
        return once(yaml, what, id, new OtherEntity(id, new String(text, StandardCharsets.UTF_8)));
    }

    /** The value, unless the upload already held one of this kind with this id. */
    private <T> T once(YamlFile yaml, String what, String id, T value) {
        if (!seen.add(what + "|" + id)) {
            throw yaml.problem("the upload holds two " + what + "s named " + id);
        }
        return value;
    }

    private static Set<String> union(Set<String> base, String... more) {
        return Stream.concat(base.stream(), Stream.of(more)).collect(Collectors.toUnmodifiableSet());
    }
}
