package dev.pantherkernel.emulator.data;

import dev.pantherkernel.emulator.sources.HttpSettings;
import dev.pantherkernel.emulator.sources.LogSource;
import dev.pantherkernel.emulator.sources.LogStreamType;
import dev.pantherkernel.emulator.sources.S3PrefixLogTypes;
import dev.pantherkernel.emulator.sources.S3Settings;
import dev.pantherkernel.emulator.sources.SourceKind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The sample organisation's log sources: one per log table, named as the table's {@code p_source_label} and with the
 * id its rows carry in {@code p_source_id}, so the sources and the data lake agree. CloudTrail and VPC flow logs
 * arrive through the {@code acme-logs} bucket of the production account, Okta's System Log through an HTTP endpoint
 * that Okta's event hooks post to.
 */
public final class SampleSources {
    private static final String BUCKET = "acme-logs";

    private SampleSources() {}

    /** The id of a table's source, which its rows carry as {@code p_source_id}. */
    public static String sourceId(long seed, String table) {
        return UUID.nameUUIDFromBytes(("source|" + seed + "|" + table).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** @param admin the user who set the sources up */
    public static List<LogSource> sources(long seed, Instant anchor, Object admin) {
        List<LogSource> out = new ArrayList<>();
        int n = 0;
        for (LogTable table : SampleDataLake.TABLES) {
            Instant created = anchor.minus(Duration.ofDays(380 - 45L * n++)).plusSeconds(36_217);
            String id = sourceId(seed, table.name());
            List<String> logTypes = List.of(table.logType());
            LogSource source = switch (table.name()) {
                case "okta_systemlog" -> new LogSource(id, table.sourceLabel(), SourceKind.HTTP, logTypes, created, admin,
                        created.plus(Duration.ofDays(3)), true, null, new HttpSettings(LogStreamType.JsonArray, "data.events",
                                "SharedSecret", "Authorization", secret(seed, table.name()), null, null, null, null));
                case "aws_vpcflow" -> s3(id, table, created, admin, "vpcflow/AWSLogs/" + AwsCloudTrail.PROD_ACCOUNT + "/vpcflowlogs/",
                        LogStreamType.Lines);
                case "aws_cloudtrail" -> s3(id, table, created, admin, "cloudtrail/AWSLogs/", LogStreamType.Auto);
                default -> s3(id, table, created, admin, table.name() + "/", LogStreamType.Auto);
            };
            out.add(source);
        }
        return out;
    }

    private static LogSource s3(String id, LogTable table, Instant created, Object admin, String prefix, LogStreamType stream) {
        String label = table.sourceLabel();
        String account = AwsCloudTrail.PROD_ACCOUNT;
        S3Settings settings = new S3Settings(account, BUCKET, List.of(new S3PrefixLogTypes(prefix, List.of(table.logType()), List.of())),
                "arn:aws:kms:us-east-1:" + account + ":key/" + UUID.nameUUIDFromBytes(BUCKET.getBytes(StandardCharsets.UTF_8)),
                "arn:aws:iam::" + account + ":role/PantherLogProcessingRole-" + table.name().replace('_', '-'), stream, null, true,
                S3Settings.stackNameFor(label));
        return new LogSource(id, label, SourceKind.S3, List.of(table.logType()), created, admin, created.plus(Duration.ofDays(1)),
                true, settings, null);
    }

    /** The shared secret Okta's hooks send; made from the seed, so it is the same every run and never a real one. */
    private static String secret(long seed, String table) {
        return UUID.nameUUIDFromBytes(("hook-secret|" + seed + "|" + table).getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
    }
}
