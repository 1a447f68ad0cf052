package dev.pantherkernel.emulator.alerts;

import dev.pantherkernel.emulator.core.ApiException;
import dev.pantherkernel.emulator.core.DateTimes;
import dev.pantherkernel.emulator.paging.Connection;
import dev.pantherkernel.emulator.paging.Cursors;
import dev.pantherkernel.emulator.paging.Edge;
import dev.pantherkernel.emulator.paging.PageInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Every alert and its comments; changes replace an alert with a new value. */
public final class AlertStore {
    /** An alert's place in a listing: by creation time, ties broken by id, so a cursor names an exact position. */
    private record Position(Instant createdAt, String id) implements Comparable<Position> {
        static Position of(Alert a) {
            return new Position(a.createdAt(), a.id());
        }

        @Override
        public int compareTo(Position o) {
            int byTime = createdAt.compareTo(o.createdAt);
            return byTime != 0 ? byTime : id.compareTo(o.id);
        }
    }

    private final Map<String, Alert> alerts = new LinkedHashMap<>();
    private final Map<String, Comment> comments = new LinkedHashMap<>();
    private final Clock clock;

    public AlertStore(Clock clock, List<Alert> initial) {
        this.clock = clock;
        initial.forEach(a -> alerts.put(a.id(), a));
    }

    public synchronized Alert get(String id) {
        Alert alert = alerts.get(id);
        if (alert == null) {
            throw ApiException.notFound("alert " + id);
        }
        return alert;
    }

    public synchronized List<Alert> all() {
        return List.copyOf(alerts.values());
    }

    /** One page of matching alerts in the given order, after the cursor's position (keyset paging: no gaps, no repeats). */
    synchronized Connection<Alert> page(AlertFilter filter, boolean ascending, String cursor, int pageSize) {
        Position after = null;
        if (cursor != null && !cursor.isEmpty()) {
            List<String> key = Cursors.sortKeyOf(cursor);
            if (key.size() != 2) {
                throw ApiException.invalidInput("invalid cursor");
            }
            after = new Position(DateTimes.parse(key.get(0)), key.get(1));
        }
        Position start = after;
        int direction = ascending ? 1 : -1;
        List<Alert> matching = alerts.values().stream()
                .filter(filter)
                .filter(a -> start == null || direction * Position.of(a).compareTo(start) > 0)
                .sorted((a, b) -> direction * Position.of(a).compareTo(Position.of(b)))
                .limit(pageSize + 1L)
                .toList();
        boolean more = matching.size() > pageSize;
        List<Alert> page = more ? matching.subList(0, pageSize) : matching;
        String end = page.isEmpty() ? null : keyOf(page.get(page.size() - 1));
        PageInfo info = new PageInfo(page.isEmpty() ? null : keyOf(page.get(0)), more ? end : null, more, start != null);
        return new Connection<>(page.stream().map(Edge::new).toList(), info);
    }

    private static String keyOf(Alert a) {
        return Cursors.after(List.of(DateTimes.format(a.createdAt()), a.id()));
    }

    synchronized List<Alert> update(List<String> ids, UnaryOperator<Alert> change) {
        ids.forEach(this::get);
        List<Alert> updated = new ArrayList<>();
        for (String id : ids) {
            Alert next = change.apply(alerts.get(id));
            alerts.put(id, next);
            updated.add(next);
        }
        return updated;
    }

    /** Comments the alert; the alert must exist. */
    public synchronized Comment comment(String alertId, String body, String format, Object author) {
        get(alertId);
        Comment comment = new Comment(UUID.randomUUID().toString(), alertId, body, format, clock.instant(), author, null, null);
        comments.put(comment.id(), comment);
        return comment;
    }

    /** The comments on one alert, oldest first. */
    public synchronized List<Comment> comments(String alertId) {
        return comments.values().stream().filter(c -> c.alertId().equals(alertId)).toList();
    }

    public synchronized Comment commentById(String id) {
        Comment comment = comments.get(id);
        if (comment == null) {
            throw ApiException.notFound("comment " + id);
        }
        return comment;
    }

    /** Rewrites a comment of this alert (a comment does not move to another alert). */
    public synchronized Comment rewrite(String id, String alertId, String body, String format, Object actor) {
        Comment comment = commentById(id);
        if (!comment.alertId().equals(alertId)) {
            throw ApiException.invalidInput("comment " + id + " is on alert " + comment.alertId() + ", not " + alertId);
        }
        Comment rewritten = comment.rewritten(body, format, clock.instant(), actor);
        comments.put(id, rewritten);
        return rewritten;
    }

    Clock clock() {
        return clock;
    }
}
