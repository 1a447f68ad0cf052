package dev.pantherkernel.emulator.bulk;

/**
 * The API's {@code UploadDetectionEntitiesOutput}: statistics per kind. Rules of every kind (Python, simple,
 * scheduled) count as {@code rules}; saved and scheduled queries as {@code queries}.
 */
public record UploadResult(
        UploadStatistics rules,
        UploadStatistics policies,
        UploadStatistics queries,
        UploadStatistics dataModels,
        UploadStatistics globalHelpers,
        UploadStatistics lookupTables,
        UploadStatistics correlationRules) {}
