package dev.pantherkernel.emulator.bulk;

import java.util.ArrayList;
import java.util.List;

/**
 * The API's {@code UploadStatistics} of one kind of content: how many entities the upload held ({@code total}), how
 * many were new ({@code created}, the API's {@code new}), how many changed what was stored, and how many it deleted
 * (never, for CLASSIC_ZIP uploads, which do not remove what they leave out).
 */
public record UploadStatistics(int total, int created, int modified, int deleted, List<String> totalIds,
        List<String> newIds, List<String> modifiedIds, List<String> deletedIds) {

    public UploadStatistics {
        totalIds = List.copyOf(totalIds);
        newIds = List.copyOf(newIds);
        modifiedIds = List.copyOf(modifiedIds);
        deletedIds = List.copyOf(deletedIds);
    }

    /** Counts entities one by one, each as new, modified or the same as stored. */
    static final class Counter {
        private final List<String> total = new ArrayList<>();
        private final List<String> created = new ArrayList<>();
        private final List<String> modified = new ArrayList<>();

        void created(String id) {
            total.add(id);
            created.add(id);
        }

        void modified(String id) {
            total.add(id);
            modified.add(id);
        }

        void unchanged(String id) {
            total.add(id);
        }

        UploadStatistics statistics() {
            return new UploadStatistics(total.size(), created.size(), modified.size(), 0, total, created, modified, List.of());
        }
    }
}
