package dev.pantherkernel.emulator.sources;

import java.util.List;
import java.util.Locale;

/** Where an S3 source reads from and how: the fields only {@code S3LogIntegration} has. */
public record S3Settings(
        String awsAccountId,
        String s3Bucket,
        List<S3PrefixLogTypes> s3PrefixLogTypes,
        String kmsKey,
        String logProcessingRole,
        LogStreamType logStreamType,
        String jsonArrayEnvelopeField,
        boolean managedBucketNotifications,
        String stackName) {

    public S3Settings {
        s3PrefixLogTypes = List.copyOf(s3PrefixLogTypes);
    }

    /** The CloudFormation stack that made a source's processing role, named after the source's label. */
    public static String stackNameFor(String label) {
        return "panther-log-source-" + (label == null ? "" : label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
    }

    /** The older single-prefix field: the first prefix, if any. */
    public String s3Prefix() {
        return s3PrefixLogTypes.isEmpty() ? null : s3PrefixLogTypes.get(0).prefix();
    }
}
