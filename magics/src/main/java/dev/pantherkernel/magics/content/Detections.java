package dev.pantherkernel.magics.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pantherkernel.magics.client.NotFoundException;
import dev.pantherkernel.magics.client.RestRequest;
import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.paging.FetchReport;
import dev.pantherkernel.magics.paging.Fetched;
import dev.pantherkernel.magics.paging.PageListener;
import dev.pantherkernel.magics.paging.RestPager;
import dev.pantherkernel.magics.table.ColumnSelection;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.table.RowSink;
import dev.pantherkernel.magics.table.SelectedRowsTableBuilder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import dev.pantherkernel.magics.values.AlertType;
import dev.pantherkernel.magics.values.Severity;

/**
 * Panther's detections (rules, simple rules, scheduled rules, policies) over its REST API: listed with filters into
 * one table, found by id whatever their kind, and switched on or off. A change is sent once: the detection as Panther
 * gave it, with only {@code enabled} changed, and without running its tests again.
 */
@Internal
public final class Detections {

    /** The columns of a detection, in order; lists of words are one text ({@code AWS.CloudTrail, Okta.SystemLog}). */
    public static final List<String> COLUMNS = List.of("id", "displayName", "subtype", "format", "enabled", "severity",
            "logTypes", "resourceTypes", "scheduledQueries", "tags", "managed", "dedupPeriodMinutes", "threshold",
            "createdAt", "lastModified", "description", "runbook");

    private final Connection connection;
    private final PageListener listener;

    public Detections(Connection connection, PageListener listener) {
        this.connection = connection;
        this.listener = listener;
    }

    /** A detection and where it lives. */
    public record Found(DetectionKind kind, JsonNode detection) {
    }

    /** Every detection that matches, all pages of each kind, in one table. */
    public Result list(DetectionFilter filter, long limit, List<String> columns) {
        long started = System.nanoTime();
        RowSink rows = sink();
        List<String> notes = new ArrayList<>();
        int pages = 0;
        Fetched ended = null;
        for (DetectionKind kind : DetectionKind.of(filter.subtypes())) {
            if (!filter.logTypes().isEmpty() && kind.logTypeParameter() == null) {
                notes.add(kind.path().substring(1) + " left out: they have no log types to filter by");
                continue;
            }
            long left = limit > 0 ? limit - rows.rowCount() : 0;
            Fetched fetched;
            try {
                fetched = new RestPager(connection.client(), connection.heap()).fetch(filter.listRequest(kind), left,
                        (p, n) -> listener.pageFetched(p, rows.rowCount()), shaped(rows, kind));
            } catch (PantherException e) {
                if (rows.rowCount() == 0) {
                    throw e;
                }
                fetched = new Fetched(0, rows.rowCount(), false, false, e);
            }
            pages += fetched.pages();
            ended = new Fetched(pages, rows.rowCount(), fetched.truncated(), fetched.interrupted(), fetched.failure());
            if (!fetched.complete() || limit > 0 && rows.rowCount() >= limit) {
                break;
            }
        }
        Result.Builder result = Result.newResult(ColumnSelection.keep(rows.table(), columns)).operation("detections")
                .endpoint(connection.endpoint().uri().getHost()).elapsed(Duration.ofNanos(System.nanoTime() - started));
        notes.forEach(result::detail);
        if (ended != null) {
            FetchReport.pageByPage(limit, "detections").apply(ended, result);
        }
        return result.build();
    }

    /** The detection with this id, whatever its kind; empty when none has it. */
    public Optional<Found> find(String id) {
        for (DetectionKind kind : DetectionKind.values()) {
            try {
                return Optional.of(new Found(kind, connection.client().rest(RestRequest.get(kind.path() + "/{id}", id))));
            } catch (NotFoundException notThisKind) {
                // next kind
            }
        }
        return Optional.empty();
    }

    /** One detection as a one-row table. */
    public Result show(Found found, List<String> columns) {
        RowSink row = sink();
        shaped(row, found.kind()).accept(found.detection());
        return Result.newResult(ColumnSelection.keep(row.table(), columns)).operation("detection")
                .endpoint(connection.endpoint().uri().getHost()).pages(1).build();
    }

    /** Sends the detection back with {@code enabled} set (once, tests not run again); Panther's answer as it is now. */
    public Found setEnabled(Found found, boolean enabled) {
        ObjectNode changed = ((ObjectNode) found.detection()).deepCopy().put("enabled", enabled);
        RestRequest put = RestRequest.put(found.kind().path() + "/{id}", changed.path("id").asText())
                .query("run-tests-first", "false").body(changed);
        JsonNode answer = connection.client().rest(put);
        return new Found(found.kind(), answer.isMissingNode() || !answer.isObject() ? changed : answer);
    }

    private static RowSink sink() {
        return new SelectedRowsTableBuilder("detections", COLUMNS.stream().map(List::of).toList());
    }

    private static RowSink shaped(RowSink rows, DetectionKind kind) {
        return new ShapedRows(rows, row -> row.put("subtype", kind.subtype().name()).put("format", kind.format()));
    }

    /** "rule AWS.Root.Login", for messages. */
    public static String describe(Found found) {
        return found.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + found.detection().path("id").asText();
    }

    /**
     * Which detections to list: their kinds by the alert subtypes they raise, their state, severities, log types, tags
     * and a part of their name. Empty lists mean any. {@link #listRequest} writes them as the query of a list request,
     * the severities as Panther spells them (HIGH, CRITICAL).
     *
     * @param enabled true for enabled ones only, false for disabled ones only, null for both
     */
    public record DetectionFilter(List<AlertType> subtypes, Boolean enabled, List<Severity> severities, List<String> logTypes,
                                  List<String> tags, String nameContains) {

        public DetectionFilter {
            subtypes = List.copyOf(subtypes);
            severities = List.copyOf(severities);
            logTypes = List.copyOf(logTypes);
            tags = List.copyOf(tags);
        }

        public static DetectionFilter all() {
            return new DetectionFilter(List.of(), null, List.of(), List.of(), List.of(), null);
        }

        /** The request that lists the detections of {@code kind} this filter lets through (one page; the pager goes on). */
        RestRequest listRequest(DetectionKind kind) {
            RestRequest request = RestRequest.get(kind.path());
            if (enabled != null) {
                request = request.query("state", enabled ? "enabled" : "disabled");
            }
            if (!severities.isEmpty()) {
                request = request.query("severity", severities.stream().map(Enum::name).toList());
            }
            if (!logTypes.isEmpty()) {
                request = request.query(kind.logTypeParameter(), logTypes);
            }
            if (!tags.isEmpty()) {
                request = request.query("tag", tags);
            }
            if (nameContains != null && !nameContains.isBlank()) {
                request = request.query("name-contains", nameContains);
            }
            return request;
        }
    }
}
