package dev.pantherkernel.emulator.content;

import dev.pantherkernel.emulator.auth.Permission;
import dev.pantherkernel.emulator.rest.Access;
import dev.pantherkernel.emulator.rest.RestAnswer;
import dev.pantherkernel.emulator.rest.RestException;
import dev.pantherkernel.emulator.rest.RestRequest;
import dev.pantherkernel.emulator.rest.RestResource;
import dev.pantherkernel.emulator.rest.RestRoutes;
import dev.pantherkernel.emulator.rest.RestTime;
import java.util.List;

/**
 * {@code /queries} and {@code /queries/{id}}: saved and scheduled queries by their generated id, over the store that
 * scheduled rules and {@code deleteSavedQueriesByName} use. Names are unique (409 on create).
 */
public final class QueriesResource implements RestResource {
    private final SavedQueryStore store;

    public QueriesResource(SavedQueryStore store) {
        this.store = store;
    }

    /** When a scheduled query runs; exactly one of {@code cron} and {@code rateMinutes}. */
    record RestSchedule(String cron, Integer rateMinutes, Integer timeoutMinutes, Boolean disabled) {
        static RestSchedule of(Schedule s) {
            return s == null ? null : new RestSchedule(s.cron(), s.rateMinutes(), s.timeoutMinutes(), s.disabled());
        }

        Schedule toSchedule() {
            if ((cron == null) == (rateMinutes == null)) {
                throw RestException.badRequest("schedule has either cron or rateMinutes, exactly one of them");
            }
            if ((rateMinutes != null && rateMinutes < 1) || (timeoutMinutes != null && timeoutMinutes < 1)) {
                throw RestException.badRequest("schedule's rateMinutes and timeoutMinutes must be at least 1");
            }
            return new Schedule(cron, rateMinutes, timeoutMinutes == null ? Schedule.DEFAULT_TIMEOUT_MINUTES : timeoutMinutes,
                    Boolean.TRUE.equals(disabled));
        }
    }

    /** A saved query as REST answers it. */
    record RestQuery(String id, String name, String description, String sql, RestSchedule schedule, boolean managed,
            String createdAt, String updatedAt) {
        static RestQuery of(SavedQuery q) {
            return new RestQuery(q.id(), q.name(), q.description(), q.sql(), RestSchedule.of(q.schedule()), q.managed(),
                    RestTime.of(q.createdAt()), RestTime.of(q.updatedAt()));
        }
    }

    /** The body of saving or changing a query. */
    record QueryBody(String name, String sql, String description, RestSchedule schedule) {
        QueryBody {
            RestRequest.required(name, "name");
            RestRequest.required(sql, "sql");
        }

        SavedQuery toQuery(List<String> tags) {
            return new SavedQuery("(given by the store)", name, description == null ? "" : description, sql, tags,
                    schedule == null ? null : schedule.toSchedule(), false, null, null, null);
        }
    }

    @Override
    public void register(RestRoutes routes) {
        Access read = Access.needs(Permission.DataAnalyticsRead);
        Access modify = Access.needs(Permission.DataAnalyticsModify);
        routes.get("/queries", read, request -> RestAnswer.ok(request.query().page(DetectionRoutes.PAGE, 0)
                        .slice(store.all(), RestQuery::of)))
                .post("/queries", modify, request -> RestAnswer.ok(RestQuery.of(
                        store.create(request.body(QueryBody.class).toQuery(List.of()), request.caller()))))
                .get("/queries/{id}", read, request -> RestAnswer.ok(RestQuery.of(store.get(request.path("id")))))
                .post("/queries/{id}", modify, request -> {
                    QueryBody in = request.body(QueryBody.class);
                    SavedQuery stored = store.get(request.path("id"));
                    // REST has no tags: a change keeps the ones an upload gave
                    return RestAnswer.ok(RestQuery.of(RestException.conflictIsBadRequest(
                            () -> store.update(stored.id(), in.toQuery(stored.tags())))));
                })
                .delete("/queries/{id}", modify, request -> {
                    store.delete(store.get(request.path("id")).id());
                    return RestAnswer.noContent();
                });
    }
}
