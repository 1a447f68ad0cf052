package dev.pantherkernel.magics.entity;

import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.datalake.indicator.EventIndicators;
import dev.pantherkernel.magics.datalake.indicator.IndicatorKind;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entities an alert's events name ({@code alert ID --entities}): one row per indicator value, with its kind, how
 * many of the events name it, and the {@code entity} command that profiles it.
 */
@Internal
public final class AlertEntities {

    private AlertEntities() {
    }

    /** The entities of {@code events} (an alert's events, one row each), the most frequent of each kind first. */
    public static Table of(Table events) {
        Map<List<String>, Integer> counts = new LinkedHashMap<>();
        for (int row = 0; row < events.rowCount(); row++) {
            EventIndicators.of(events, row).forEach((family, values) -> values.forEach(v -> counts.merge(List.of(family, v), 1, Integer::sum)));
        }
        StringColumn kind = StringColumn.create("kind");
        StringColumn family = StringColumn.create("indicator");
        StringColumn value = StringColumn.create("value");
        IntColumn count = IntColumn.create("events");
        StringColumn pivot = StringColumn.create("pivot");
        counts.entrySet().stream()
                .sorted(Map.Entry.<List<String>, Integer>comparingByKey((a, b) -> a.get(0).compareTo(b.get(0)))
                        .thenComparing(Map.Entry.<List<String>, Integer>comparingByValue().reversed()))
                .forEach(e -> {
                    kind.append(IndicatorKind.noun(e.getKey().get(0)));
                    family.append(e.getKey().get(0));
                    value.append(e.getKey().get(1));
                    count.append(e.getValue());
                    pivot.append(EntityProfile.pivotCommand(e.getKey().get(0), e.getKey().get(1)));
                });
        return Table.create("entities", kind, family, value, count, pivot);
    }
}
