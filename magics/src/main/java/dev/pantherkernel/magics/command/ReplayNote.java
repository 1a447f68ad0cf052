package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.lakechart.LakeChartResult;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.table.Result;

/**
 * A command answered from a recording says so under its table or chart: {@code replayed from FILE, recorded T from
 * ENDPOINT}, so that a replayed investigation never passes for a live one.
 */
final class ReplayNote {

    private ReplayNote() {
    }

    static Object on(PantherSession session, Object value) {
        if (session == null) {
            return value;
        }
        if (value instanceof Result result) {
            return session.noteReplay(result);
        }
        if (value instanceof LakeChartResult chart) {
            return new LakeChartResult(chart.figure(), session.noteReplay(chart.buckets()), chart.sql(), chart.source(),
                    chart.rowsAggregated(), chart.showSql());
        }
        return value;
    }
}
