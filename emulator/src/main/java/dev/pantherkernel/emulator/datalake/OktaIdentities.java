package dev.pantherkernel.emulator.datalake;

import dev.pantherkernel.emulator.actors.IdentityObservations;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The people Okta's System Log shows acting, read from its table once, when first asked (the table does not change
 * after loading).
 */
public final class OktaIdentities implements IdentityObservations {
    private final DuckDb db;
    private final String table;
    private List<Observed> observed;

    /** @param table the Okta System Log table, qualified ({@code panther_logs.public.okta_systemlog}) */
    public OktaIdentities(DuckDb db, String table) {
        this.db = db;
        this.table = table;
    }

    @Override
    public synchronized List<Observed> all() {
        if (observed == null) {
            observed = read();
        }
        return observed;
    }

    private List<Observed> read() {
        String sql = """
            SELECT (actor->>'id') AS id, any_value(actor->>'alternateId'), any_value(actor->>'displayName'), min(p_event_time),
                   max(p_event_time) FILTER (WHERE eventType = 'user.session.start' AND (outcome->>'result') = 'SUCCESS')
            FROM %s
            WHERE (actor->>'id') IS NOT NULL
            GROUP BY 1
            ORDER BY 1
            """.formatted(table);
        List<Observed> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(new Observed(rs.getString(1), rs.getString(2), rs.getString(3), LakeTimes.instant(rs, 4), LakeTimes.instant(rs, 5)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the identities of " + table + ": " + e.getMessage(), e);
        }
        return List.copyOf(out);
    }
}
