package dev.pantherkernel.emulator.alerts;

import dev.pantherkernel.emulator.auth.Permission;
import dev.pantherkernel.emulator.rest.Access;
import dev.pantherkernel.emulator.rest.QueryParameters;
import dev.pantherkernel.emulator.rest.RestAnswer;
import dev.pantherkernel.emulator.rest.RestException;
import dev.pantherkernel.emulator.rest.RestList;
import dev.pantherkernel.emulator.rest.RestRequest;
import dev.pantherkernel.emulator.rest.RestResource;
import dev.pantherkernel.emulator.rest.RestRoutes;
import dev.pantherkernel.emulator.rest.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code /alerts}, {@code /alerts/{id}} and {@code /alerts/{id}/events} over the store GraphQL's alert fields use, so
 * a status or assignee set through one API is what the other reads.
 */
public final class AlertsResource implements RestResource {
    /** Listing types ({@code type}) and kinds ({@code sub-type}) REST accepts; the correlation kinds raise no alert here. */
    private static final List<String> LISTINGS = List.of("ALERT", "DETECTION_ERROR", "SYSTEM_ERROR");
    private static final List<String> SUB_TYPES = List.of("RULE", "RULE_ERROR", "SCHEDULED_RULE", "SCHEDULED_RULE_ERROR", "POLICY",
            "SYSTEM_ERROR", "CORRELATION_RULE", "CORRELATION_RULE_ERROR");
    private static final Duration DEFAULT_WINDOW = Duration.ofDays(30);

    private final AlertStore store;
    private final AlertEvents events;
    private final Function<String, Optional<?>> userById;
    private final DetectionOrigins origins;

    /** {@code userById} looks assignees up in the user directory; {@code origins} the detections behind alerts. */
    public AlertsResource(AlertStore store, AlertEvents events, Function<String, Optional<?>> userById, DetectionOrigins origins) {
        this.store = store;
        this.events = events;
        this.userById = userById;
        this.origins = origins;
    }

    /** The body of {@code PATCH /alerts}: which alerts, and their new status, assignee or both. */
    record AlertsChange(List<String> ids, AlertStatus status, String assignee) {
        AlertsChange {
            RestRequest.required(ids, "ids");
            if (ids.isEmpty() || ids.stream().anyMatch(id -> id == null || id.isBlank())) {
                throw RestException.badRequest("ids must name at least one alert");
            }
            requireAChange(status, assignee);
        }
    }

    /** The body of {@code PATCH /alerts/{id}}. */
    record AlertChange(AlertStatus status, String assignee) {
        AlertChange {
            requireAChange(status, assignee);
        }
    }

    private static void requireAChange(AlertStatus status, String assignee) {
        if (status == null && assignee == null) {
            throw RestException.badRequest("give a status, an assignee or both");
        }
    }

    @Override
    public void register(RestRoutes routes) {
        Access read = Access.needs(Permission.AlertRead);
        Access modify = Access.needs(Permission.AlertModify);
        routes.get("/alerts", read, this::list)
                .patch("/alerts", modify, request -> {
                    AlertsChange change = request.body(AlertsChange.class);
                    apply(change.ids(), change.status(), change.assignee(), request);
                    return RestAnswer.noContent();
                })
                .get("/alerts/{id}", read, request -> RestAnswer.ok(view(store.get(request.path("id")))))
                .patch("/alerts/{id}", modify, request -> {
                    AlertChange change = request.body(AlertChange.class);
                    apply(List.of(request.path("id")), change.status(), change.assignee(), request);
                    return RestAnswer.okWithoutBody();
                })
                .get("/alerts/{id}/events", read, request -> {
                    Alert alert = store.get(request.path("id"));
                    PageRequest page = request.query().page(25, AlertFields.MAX_EVENTS_PAGE);
                    return RestAnswer.ok(RestList.from(events.page(alert, page.cursor(), page.limit()), Function.identity()));
                });
    }

    private RestAnswer list(RestRequest request) {
        QueryParameters q = request.query();
        Instant now = store.clock().instant();
        Set<AlertType> kinds = null;
        List<String> subTypes = q.allOneOf("sub-type", SUB_TYPES);
        if (subTypes != null) {
            // a kind this store never holds (the correlation kinds) matches no alert rather than every alert
            kinds = EnumSet.noneOf(AlertType.class);
            for (AlertType type : AlertType.values()) {
                if (subTypes.contains(type.name())) {
                    kinds.add(type);
                }
            }
        }
        AlertFilter filter = new AlertFilter(
                q.oneOf("type", LISTINGS, "ALERT"),
                q.string("detection-id"),
                time(q, "created-after", now.minus(DEFAULT_WINDOW)),
                time(q, "created-before", now),
                q.enums("severity", Severity.class),
                q.enums("status", AlertStatus.class),
                kinds,
                q.string("name-contains"),
                q.strings("assignee"),
                q.strings("log-source"),
                q.strings("log-type"),
                q.strings("resource-type"),
                count(q, "event-count-min"),
                count(q, "event-count-max"));
        boolean ascending = "asc".equals(q.oneOf("sort-dir", List.of("asc", "desc"), "desc"));
        PageRequest page = q.page(25, AlertFields.MAX_ALERTS_PAGE);
        return RestAnswer.ok(RestList.from(store.page(filter, ascending, page.cursor(), page.limit()), this::view));
    }

    private void apply(List<String> ids, AlertStatus status, String assignee, RestRequest request) {
        // an empty assignee unassigns, as GraphQL's assigneeId: null does
        String assigneeId = assignee == null || assignee.isEmpty() ? null : assignee;
        if (assigneeId != null && userById.apply(assigneeId).isEmpty()) {
            throw RestException.notFound("user " + assigneeId);
        }
        Object actor = request.caller();
        ids.forEach(store::get);
        if (status != null) {
            store.update(ids, a -> a.withStatus(status, store.clock().instant(), actor));
        }
        if (assignee != null) {
            store.update(ids, a -> a.withAssignee(assigneeId, store.clock().instant(), actor));
        }
    }

    private RestAlert view(Alert alert) {
        return RestAlert.of(alert, userById, origins);
    }

    private static Integer count(QueryParameters q, String name) {
        Long value = q.integer(name);
        return value == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    /** The four forms Panther takes: a date, a month, an RFC 3339 time or Unix seconds (a date or month is its start, in UTC). */
    static Instant time(QueryParameters q, String name, Instant byDefault) {
        String text = q.string(name);
        if (text == null) {
            return byDefault;
        }
        String t = text.strip();
        try {
            if (!t.isEmpty() && t.chars().allMatch(Character::isDigit)) {
                return Instant.ofEpochSecond(Long.parseLong(t));
            }
            if (t.length() == 7) {
                return YearMonth.parse(t).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException | NumberFormatException e) {
            throw RestException.badRequest(name + " must be a date (2025-01-01), a month (2025-01), an RFC 3339 time or Unix seconds, got '"
                    + text + "'");
        }
    }
}
