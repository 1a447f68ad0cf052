package dev.pantherkernel.emulator.alerts;

import dev.pantherkernel.emulator.paging.Connection;
import dev.pantherkernel.emulator.paging.Cursors;
import java.sql.SQLException;
import java.util.List;

/** Reads the events that raised an alert, a page at a time, from the rule matches database. */
public interface AlertEvents {
    /**
     * Up to {@code limit} events of the alert starting at {@code offset}, oldest first, each a JSON
     * object; one more than asked tells the caller that more follow.
     */
    List<Object> read(String table, String alertId, int offset, int limit) throws SQLException;

    default Connection<Object> page(Alert alert, String cursor, int pageSize) throws SQLException {
        int from = Cursors.offsetOf(cursor);
        if (alert.eventTable() == null) {
            return Connection.fromOffset(List.of(), from, false);
        }
        List<Object> rows = read(alert.eventTable(), alert.id(), from, pageSize + 1);
        boolean more = rows.size() > pageSize;
        return Connection.fromOffset(more ? rows.subList(0, pageSize) : rows, from, more);
    }
}
