package dev.pantherkernel.emulator.sources;

import java.util.List;

/** Which log types the objects under one key prefix of a bucket hold, and the prefixes below it to leave out. */
public record S3PrefixLogTypes(String prefix, List<String> logTypes, List<String> excludedPrefixes) {
    public S3PrefixLogTypes {
        logTypes = List.copyOf(logTypes);
        excludedPrefixes = List.copyOf(excludedPrefixes);
    }
}
