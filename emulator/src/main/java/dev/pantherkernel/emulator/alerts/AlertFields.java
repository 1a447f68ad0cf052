package dev.pantherkernel.emulator.alerts;

import dev.pantherkernel.emulator.auth.Caller;
import dev.pantherkernel.emulator.auth.Permission;
import dev.pantherkernel.emulator.core.ApiException;
import dev.pantherkernel.emulator.paging.PageSize;
import dev.pantherkernel.emulator.schema.Input;
import dev.pantherkernel.emulator.schema.PantherSchema;
import dev.pantherkernel.emulator.schema.RootFields;
import dev.pantherkernel.emulator.schema.SchemaPart;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The alert operations of the API. */
public final class AlertFields implements SchemaPart {
    /** The largest alerts page Panther is known to accept. */
    public static final int MAX_ALERTS_PAGE = 50;
    public static final int MAX_EVENTS_PAGE = 50;

    private final AlertStore store;
    private final AlertEvents events;
    private final Function<String, Optional<?>> userById;
    private final Function<String, Optional<String>> userIdByEmail;
    private final DetectionOrigins origins;

    /**
     * {@code userById}/{@code userIdByEmail} look assignees up in the user directory (a deleted
     * assignee reads as no assignee); {@code origins} the detections behind alerts.
     */
    public AlertFields(AlertStore store, AlertEvents events, Function<String, Optional<?>> userById,
            Function<String, Optional<String>> userIdByEmail, DetectionOrigins origins) {
        this.store = store;
        this.events = events;
        this.userById = userById;
        this.userIdByEmail = userIdByEmail;
        this.origins = origins;
    }

    @Override
    public void wire(RootFields root) {
        root.query("alert", Permission.AlertRead, env -> store.get(env.getArgument("id")));
        root.query("alerts", Permission.AlertRead, env -> {
            Input in = Input.of(env);
            return store.page(AlertFilter.of(in), "ascending".equals(in.string("sortDir")), in.string("cursor"),
                    PageSize.check(in.integer("pageSize"), 25, MAX_ALERTS_PAGE));
        });
        root.mutation("updateAlertStatusById", Permission.AlertModify, env -> {
            Input in = Input.of(env);
            AlertStatus status = in.enumValue("status", AlertStatus.class);
            Object actor = Caller.of(env).token();
            return Map.of("alerts", store.update(in.strings("ids"),
                    a -> a.withStatus(status, store.clock().instant(), actor)));
        });
        root.mutation("updateAlertsAssigneeById", Permission.AlertModify, env -> {
            Input in = Input.of(env);
            String assignee = in.string("assigneeId");
            if (assignee != null && userById.apply(assignee).isEmpty()) {
                throw ApiException.notFound("user " + assignee);
            }
            return assign(env, in.strings("ids"), assignee);
        });
        root.mutation("updateAlertsAssigneeByEmail", Permission.AlertModify, env -> {
            Input in = Input.of(env);
            String email = in.string("assigneeEmail");
            String assignee = null;
            if (email != null) {
                assignee = userIdByEmail.apply(email).orElseThrow(() -> ApiException.notFound("user " + email));
            }
            return assign(env, in.strings("ids"), assignee);
        });
        root.mutation("createAlertComment", Permission.AlertModify, env -> {
            Input in = Input.of(env);
            return Map.of("comment", store.comment(in.string("alertId"), in.string("body"),
                    in.has("format") ? in.string("format") : "PLAIN_TEXT", Caller.of(env).token()));
        });

        root.types()
                .type("Alert", t -> t
                        .dataFetcher("assignee", env -> {
                            String id = env.<Alert>getSource().assigneeId();
                            return id == null ? null : userById.apply(id).orElse(null);
                        })
                        .dataFetcher("origin", env -> origins.originOf(env.<Alert>getSource()))
                        .dataFetcher("events", env -> {
                            Input in = Input.of(env);
                            return events.page(env.getSource(), in.string("cursor"),
                                    PageSize.check(in.integer("pageSize"), 25, MAX_EVENTS_PAGE));
                        }))
                .type("AlertOrigin", t -> t.typeResolver(PantherSchema.byClass(Map.of(
                        Origins.Detection.class, "Detection",
                        Origins.DeletedDetection.class, "DeletedDetection",
                        Origins.SystemError.class, "SystemError"))))
                .type("Comment", t -> t.dataFetcher("entity", env -> store.get(env.<Comment>getSource().alertId())))
                .type("CommentEntity", t -> t.typeResolver(PantherSchema.byClass(Map.of(Alert.class, "Alert"))));
    }

    private Map<String, List<Alert>> assign(DataFetchingEnvironment env, List<String> ids, String assigneeId) {
        Object actor = Caller.of(env).token();
        return Map.of("alerts", store.update(ids, a -> a.withAssignee(assigneeId, store.clock().instant(), actor)));
    }
}
