package dev.pantherkernel.emulator.actors;

import dev.pantherkernel.emulator.ai.AlertEvidence;
import dev.pantherkernel.emulator.alerts.Alert;
import dev.pantherkernel.emulator.alerts.AlertStore;
import dev.pantherkernel.emulator.auth.ApiToken;
import dev.pantherkernel.emulator.auth.Caller;
import dev.pantherkernel.emulator.auth.Permission;
import dev.pantherkernel.emulator.core.ApiException;
import dev.pantherkernel.emulator.schema.Input;
import dev.pantherkernel.emulator.schema.RootFields;
import dev.pantherkernel.emulator.schema.SchemaPart;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Actor profiles and the alert actor query: {@code executeAlertActorQuery} starts a data lake query (polled like any
 * other) that lists the actors of the alert's events, and the query's {@code results.actorProfiles} describe the
 * people behind them.
 */
public final class ActorFields implements SchemaPart {
    /** The columns of an alert's events that name who acted. */
    private static final List<String> ACTOR_COLUMNS = List.of("p_any_actor_ids", "p_any_emails", "p_any_usernames");
    private static final int MAX_LIMIT = 1000;
    private static final int KEPT = 1000;

    private final ActorProfiles profiles;
    private final AlertStore alerts;
    private final AlertEvidence evidence;
    private final QueryStarter queries;
    private final String matchesDatabase;
    private final Map<String, List<ActorProfile>> byQuery = new LinkedHashMap<>();

    /** Starts a data lake query in Snowflake's SQL, as its issuer, and returns its id. */
    public interface QueryStarter {
        String start(String sql, ApiToken issuer);
    }

    public ActorFields(ActorProfiles profiles, AlertStore alerts, AlertEvidence evidence, QueryStarter queries, String matchesDatabase) {
        this.profiles = profiles;
        this.alerts = alerts;
        this.evidence = evidence;
        this.queries = queries;
        this.matchesDatabase = matchesDatabase;
    }

    @Override
    public void wire(RootFields root) {
        root.query("actorProfileInfo", Permission.DataAnalyticsRead, env -> {
            String id = env.getArgument("id");
            return profiles.find(id).orElseThrow(() -> ApiException.notFound("actor profile " + id));
        });
        root.mutation("executeAlertActorQuery", Permission.DataAnalyticsRead, env -> {
            Input in = Input.of(env);
            Alert alert = alerts.get(in.string("alertId"));
            int limit = in.has("limit") ? in.integer("limit") : 25;
            if (limit < 1 || limit > MAX_LIMIT) {
                throw ApiException.invalidInput("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
            }
            if (alert.eventTable() == null) {
                throw ApiException.invalidInput("alert " + alert.id() + " has no events, so no actors");
            }
            String id = queries.start(sql(alert, limit), Caller.of(env).token());
            remember(id, profiles.namedBy(identifiers(alert)));
            return Map.of("id", id);
        });
    }

    /** The profiles that describe the rows of a query started by {@code executeAlertActorQuery}; none for others. */
    public synchronized List<Object> profilesOfQuery(String queryId) {
        return List.copyOf(byQuery.getOrDefault(queryId, List.of()));
    }

    private synchronized void remember(String queryId, List<ActorProfile> found) {
        if (byQuery.size() >= KEPT) {
            byQuery.remove(byQuery.keySet().iterator().next());
        }
        byQuery.put(queryId, found);
    }

    private Set<String> identifiers(Alert alert) {
        Set<String> out = new LinkedHashSet<>();
        evidence.of(alert, MAX_LIMIT, 0).entities().forEach((column, values) -> {
            if (ACTOR_COLUMNS.contains(column)) {
                values.forEach(v -> out.add(v.value()));
            }
        });
        return out;
    }

    /** Who acted in the alert's events, most events first, as Panther's data lake would answer it. */
    private String sql(Alert alert, int limit) {
        return """
            SELECT actor.value::string AS actor_id,
                   COUNT(DISTINCT p_row_id) AS events,
                   MIN(p_event_time) AS first_seen,
                   MAX(p_event_time) AS last_seen
            FROM %s.public.%s, LATERAL FLATTEN(input => p_any_actor_ids) actor
            WHERE p_alert_id = '%s'
            GROUP BY actor_id
            ORDER BY events DESC, actor_id
            LIMIT %d""".formatted(matchesDatabase, alert.eventTable(), alert.id(), limit);
    }
}
