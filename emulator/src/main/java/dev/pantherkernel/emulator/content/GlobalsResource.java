package dev.pantherkernel.emulator.content;

import dev.pantherkernel.emulator.auth.Permission;
import dev.pantherkernel.emulator.rest.Access;
import dev.pantherkernel.emulator.rest.QueryParameters;
import dev.pantherkernel.emulator.rest.RestAnswer;
import dev.pantherkernel.emulator.rest.RestException;
import dev.pantherkernel.emulator.rest.RestRequest;
import dev.pantherkernel.emulator.rest.RestResource;
import dev.pantherkernel.emulator.rest.RestRoutes;
import dev.pantherkernel.emulator.rest.RestTime;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * {@code /globals} and {@code /globals/{id}}: global helpers, over the store uploads write. As in Panther, a PUT's body
 * has no id and its answer wraps the helper in {@code data}.
 */
public final class GlobalsResource implements RestResource {
    private final KeyedStore<GlobalHelper> store;
    private final Clock clock;

    public GlobalsResource(KeyedStore<GlobalHelper> store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A global helper as REST answers it. */
    record RestGlobal(String id, String body, String description, List<String> tags, String createdAt, String lastModified) {
        static RestGlobal of(GlobalHelper g) {
            return new RestGlobal(g.id(), g.body(), g.description(), g.tags(), RestTime.of(g.createdAt()),
                    RestTime.of(g.lastModified()));
        }
    }

    /** The answer of a PUT. */
    record Wrapped(RestGlobal data) {}

    /** The body of creating a global helper. */
    record GlobalBody(String id, String body, String description, List<String> tags) {
        GlobalBody {
            RestRequest.required(id, "id");
            RestRequest.required(body, "body");
        }
    }

    /** The body of replacing one: the id is the path's. */
    record GlobalPutBody(String body, String description, List<String> tags) {
        GlobalPutBody {
            RestRequest.required(body, "body");
        }
    }

    @Override
    public void register(RestRoutes routes) {
        Access read = Access.needs(Permission.RuleRead);
        Access modify = Access.needs(Permission.RuleModify);
        routes.get("/globals", read, request -> RestAnswer.ok(request.query().page(DetectionRoutes.PAGE, 0)
                        .slice(store.list(filter(request.query())), RestGlobal::of)))
                .post("/globals", modify, request -> {
                    GlobalBody in = request.body(GlobalBody.class);
                    return RestAnswer.ok(RestGlobal.of(store.create(helper(in.id(), in.body(), in.description(), in.tags(),
                            request.caller()), "global")));
                })
                .get("/globals/{id}", read, request -> RestAnswer.ok(RestGlobal.of(get(request.path("id")))))
                .put("/globals/{id}", modify, request -> {
                    GlobalPutBody in = request.body(GlobalPutBody.class);
                    Instant now = clock.instant();
                    Upsert<GlobalHelper> put = store.upsert(helper(request.path("id"), in.body(), in.description(), in.tags(),
                            request.caller()), (old, next) -> old.replacedBy(next, request.caller(), now));
                    Wrapped answer = new Wrapped(RestGlobal.of(put.value()));
                    return put.created() ? RestAnswer.created(answer) : RestAnswer.ok(answer);
                })
                .delete("/globals/{id}", modify, request -> {
                    store.remove(get(request.path("id")).id());
                    return RestAnswer.noContent();
                });
    }

    private GlobalHelper helper(String id, String body, String description, List<String> tags, Object actor) {
        Instant now = clock.instant();
        return new GlobalHelper(id, description == null ? "" : description, tags == null ? List.of() : tags, body, false, actor,
                now, actor, now);
    }

    /** {@code name-contains} (the id, ignoring case), {@code created-by}, {@code last-modified-by}. */
    private static Predicate<GlobalHelper> filter(QueryParameters q) {
        String contains = q.string("name-contains");
        String createdBy = q.string("created-by");
        String modifiedBy = q.string("last-modified-by");
        return g -> (contains == null || g.id().toLowerCase(Locale.ROOT).contains(contains.toLowerCase(Locale.ROOT)))
                && (createdBy == null || createdBy.equals(DetectionListing.idOf(g.createdBy())))
                && (modifiedBy == null || modifiedBy.equals(DetectionListing.idOf(g.lastModifiedBy())));
    }

    private GlobalHelper get(String id) {
        return store.find(id).orElseThrow(() -> RestException.notFound("global " + id));
    }
}
