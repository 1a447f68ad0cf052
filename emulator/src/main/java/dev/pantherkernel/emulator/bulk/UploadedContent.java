package dev.pantherkernel.emulator.bulk;

import dev.pantherkernel.emulator.content.Content.OtherEntity;
import dev.pantherkernel.emulator.content.DataModel;
import dev.pantherkernel.emulator.content.Detection;
import dev.pantherkernel.emulator.content.GlobalHelper;
import dev.pantherkernel.emulator.content.SavedQuery;
import java.util.ArrayList;
import java.util.List;

/** Everything one upload holds, read and checked file by file, not yet compared with what is stored. */
record UploadedContent(
        List<Detection> detections,
        List<SavedQuery> queries,
        List<DataModel> dataModels,
        List<GlobalHelper> globals,
        List<OtherEntity> correlationRules,
        List<OtherEntity> lookupTables) {

    UploadedContent {
        detections = List.copyOf(detections);
        queries = List.copyOf(queries);
        dataModels = List.copyOf(dataModels);
        globals = List.copyOf(globals);
        correlationRules = List.copyOf(correlationRules);
        lookupTables = List.copyOf(lookupTables);
    }

    boolean isEmpty() {
        return detections.isEmpty() && queries.isEmpty() && dataModels.isEmpty() && globals.isEmpty()
                && correlationRules.isEmpty() && lookupTables.isEmpty();
    }

    /** Collects entities in the order the files come. */
    static final class Builder {
        private final List<Detection> detections = new ArrayList<>();
        private final List<SavedQuery> queries = new ArrayList<>();
        private final List<DataModel> dataModels = new ArrayList<>();
        private final List<GlobalHelper> globals = new ArrayList<>();
        private final List<OtherEntity> correlationRules = new ArrayList<>();
        private final List<OtherEntity> lookupTables = new ArrayList<>();

        void detection(Detection value) {
            detections.add(value);
        }

        void query(SavedQuery value) {
            queries.add(value);
        }

        void dataModel(DataModel value) {
            dataModels.add(value);
        }

        void global(GlobalHelper value) {
            globals.add(value);
        }

        void correlationRule(OtherEntity value) {
            correlationRules.add(value);
        }

        void lookupTable(OtherEntity value) {
            lookupTables.add(value);
        }

        UploadedContent build() {
            return new UploadedContent(detections, queries, dataModels, globals, correlationRules, lookupTables);
        }
    }
}
