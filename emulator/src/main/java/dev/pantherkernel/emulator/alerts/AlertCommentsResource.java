package dev.pantherkernel.emulator.alerts;

import dev.pantherkernel.emulator.auth.Permission;
import dev.pantherkernel.emulator.rest.Access;
import dev.pantherkernel.emulator.rest.Actor;
import dev.pantherkernel.emulator.rest.RestAnswer;
import dev.pantherkernel.emulator.rest.RestRequest;
import dev.pantherkernel.emulator.rest.RestResource;
import dev.pantherkernel.emulator.rest.RestRoutes;
import dev.pantherkernel.emulator.rest.RestTime;

/**
 * {@code /alert-comments} and {@code /alert-comments/{id}}: the comments GraphQL's {@code createAlertComment} makes,
 * in the same store, so either API reads what the other wrote.
 */
public final class AlertCommentsResource implements RestResource {
    private final AlertStore store;

    public AlertCommentsResource(AlertStore store) {
        this.store = store;
    }

    /** A comment as REST answers it. */
    record RestComment(String id, String alertId, String body, CommentFormat format, String createdAt, Actor createdBy,
            String updatedAt, Actor updatedBy) {
        static RestComment of(Comment c) {
            return new RestComment(c.id(), c.alertId(), c.body(), CommentFormat.valueOf(c.format()), RestTime.of(c.createdAt()),
                    Actor.of(c.createdBy()), RestTime.of(c.updatedAt()), Actor.of(c.updatedBy()));
        }
    }

    /** The body of creating and rewriting a comment: all three fields are required in REST. */
    record CommentInput(String alertId, String body, CommentFormat format) {
        CommentInput {
            RestRequest.required(alertId, "alertId");
            RestRequest.required(body, "body");
            RestRequest.required(format, "format");
        }
    }

    @Override
    public void register(RestRoutes routes) {
        Access read = Access.needs(Permission.AlertRead);
        Access modify = Access.needs(Permission.AlertModify);
        routes.get("/alert-comments", read, request -> {
            String alertId = request.query().required("alert-id");
            return RestAnswer.ok(request.query().page(25, 50).slice(store.comments(alertId), RestComment::of));
        }).post("/alert-comments", modify, request -> {
            CommentInput in = request.body(CommentInput.class);
            return RestAnswer.ok(RestComment.of(store.comment(in.alertId(), in.body(), in.format().name(), request.caller())));
        }).get("/alert-comments/{id}", read, request -> RestAnswer.ok(RestComment.of(store.commentById(request.path("id")))))
                .post("/alert-comments/{id}", modify, request -> {
                    CommentInput in = request.body(CommentInput.class);
                    return RestAnswer.ok(RestComment.of(store.rewrite(request.path("id"), in.alertId(), in.body(), in.format().name(),
                            request.caller())));
                });
    }
}
