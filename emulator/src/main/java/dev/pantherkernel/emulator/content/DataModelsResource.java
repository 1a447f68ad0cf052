package dev.pantherkernel.emulator.content;

import dev.pantherkernel.emulator.auth.Permission;
import dev.pantherkernel.emulator.rest.Access;
import dev.pantherkernel.emulator.rest.RestAnswer;
import dev.pantherkernel.emulator.rest.RestException;
import dev.pantherkernel.emulator.rest.RestRequest;
import dev.pantherkernel.emulator.rest.RestResource;
import dev.pantherkernel.emulator.rest.RestRoutes;
import dev.pantherkernel.emulator.rest.RestTime;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** {@code /data-models} and {@code /data-models/{id}}, over the store uploads write; read and written as rules are. */
public final class DataModelsResource implements RestResource {
    private final KeyedStore<DataModel> store;
    private final Clock clock;

    public DataModelsResource(KeyedStore<DataModel> store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** One name of a data model: a path in the event or a method of the body, exactly one of them. */
    record RestMapping(String name, String path, String method) {
        RestMapping {
            RestRequest.required(name, "mappings[].name");
            if ((path == null) == (method == null)) {
                throw RestException.badRequest("mapping " + name + " has either path or method, exactly one of them");
            }
        }
    }

    /** A data model as REST answers it. */
    record RestDataModel(String id, String displayName, String description, boolean enabled, List<String> logTypes,
            List<RestMapping> mappings, String body, String createdAt, String lastModified) {
        static RestDataModel of(DataModel m) {
            return new RestDataModel(m.id(), m.displayName(), m.description(), m.enabled(), m.logTypes(),
                    m.mappings().stream().map(x -> new RestMapping(x.name(), x.path(), x.method())).toList(), m.body(),
                    RestTime.of(m.createdAt()), RestTime.of(m.lastModified()));
        }
    }

    /** The body of creating or replacing a data model. */
    record DataModelBody(String id, String displayName, String description, Boolean enabled, List<String> logTypes,
            List<RestMapping> mappings, String body) {
        DataModelBody {
            RestRequest.required(id, "id");
        }

        DataModel toModel(Instant now) {
            return new DataModel(id, displayName == null ? "" : displayName, description == null ? "" : description,
                    enabled == null || enabled, logTypes == null ? List.of() : logTypes,
                    mappings == null ? List.of() : mappings.stream().map(m -> new DataModel.Mapping(m.name(), m.path(), m.method())).toList(),
                    body, false, now, now);
        }
    }

    @Override
    public void register(RestRoutes routes) {
        Access read = Access.needs(Permission.RuleRead);
        Access modify = Access.needs(Permission.RuleModify);
        routes.get("/data-models", read, request -> RestAnswer.ok(request.query().page(DetectionRoutes.PAGE, 0)
                        .slice(store.all(), RestDataModel::of)))
                .post("/data-models", modify, request -> RestAnswer.ok(RestDataModel.of(
                        store.create(request.body(DataModelBody.class).toModel(clock.instant()), "data model"))))
                .get("/data-models/{id}", read, request -> RestAnswer.ok(RestDataModel.of(get(request.path("id")))))
                .put("/data-models/{id}", modify, request -> {
                    DataModelBody in = request.body(DataModelBody.class);
                    if (!request.path("id").equals(in.id())) {
                        throw RestException.badRequest("the body's id " + in.id() + " is not the path's " + request.path("id"));
                    }
                    Instant now = clock.instant();
                    Upsert<DataModel> put = store.upsert(in.toModel(now), (old, next) -> old.replacedBy(next, now));
                    RestDataModel answer = RestDataModel.of(put.value());
                    return put.created() ? RestAnswer.created(answer) : RestAnswer.ok(answer);
                })
                .delete("/data-models/{id}", modify, request -> {
                    store.remove(get(request.path("id")).id());
                    return RestAnswer.noContent();
                });
    }

    private DataModel get(String id) {
        return store.find(id).orElseThrow(() -> RestException.notFound("data model " + id));
    }
}
