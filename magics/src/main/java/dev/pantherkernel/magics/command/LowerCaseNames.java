package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.chart.Aggregation;
import dev.pantherkernel.magics.chart.ChartKind;
import dev.pantherkernel.magics.lakechart.LakeChartRequest.OtherSeries;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

/**
 * Completion candidates for our own option values (chart kinds, aggregations), in the lower case the help and
 * README write them; Panther's enums (severities, statuses) stay upper case, as Panther spells them.
 */
abstract class LowerCaseNames implements Iterable<String> {

    private final Enum<?>[] values;

    LowerCaseNames(Enum<?>[] values) {
        this.values = values;
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).iterator();
    }

    public static final class Kinds extends LowerCaseNames {
        public Kinds() {
            super(ChartKind.values());
        }
    }

    public static final class OtherSeriesWords extends LowerCaseNames {
        public OtherSeriesWords() {
            super(OtherSeries.values());
        }
    }

    public static final class Aggregations extends LowerCaseNames {
        public Aggregations() {
            super(Aggregation.values());
        }
    }
}
