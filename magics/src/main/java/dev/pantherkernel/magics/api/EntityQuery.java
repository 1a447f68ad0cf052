package dev.pantherkernel.magics.api;

import dev.pantherkernel.magics.core.PublicApi;
import dev.pantherkernel.magics.core.RecentWindow;
import dev.pantherkernel.magics.datalake.indicator.IndicatorKind;
import dev.pantherkernel.magics.entity.EntityLookup;
import dev.pantherkernel.magics.entity.EntityReport;
import dev.pantherkernel.magics.entity.EntityRequest;
import dev.pantherkernel.magics.session.PantherSession;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Everything about one entity from Java, the same engine as {@code %panther entity}:
 * {@code Panther.entity("203.0.113.9").since(Duration.ofDays(30)).fetch().alerts()}. Immutable: each call returns a
 * new query.
 */
@PublicApi
public final class EntityQuery {

    private final PantherSession session;
    private final String value;
    private final String kind;
    private final Duration since;
    private final Instant from;
    private final Instant to;

    EntityQuery(PantherSession session, String value, String kind, Duration since, Instant from, Instant to) {
        this.session = session;
        this.value = value;
        this.kind = kind;
        this.since = since;
        this.from = from;
        this.to = to;
    }

    /** What the value is: a short word ({@code ip}, {@code email}, {@code user}, ...) or a {@code p_any_*} name. */
    public EntityQuery kind(String word) {
        return new EntityQuery(session, value, word, since, from, to);
    }

    /** Its events of the last {@code window} (the default is 7 days). */
    public EntityQuery since(Duration window) {
        return new EntityQuery(session, value, kind, window, null, null);
    }

    /** Its events from {@code start} (inclusive) to {@code end}. */
    public EntityQuery between(Instant start, Instant end) {
        return new EntityQuery(session, value, kind, null, start, end);
    }

    /** Runs the profile's queries; the report's tables are redacted when the session redacts. */
    public EntityReport fetch() {
        String original = session.redaction().sentValues().within(value);
        List<String> families = IndicatorKind.entityFamilies("kind", kind, original);
        RecentWindow window = RecentWindow.of(since, from, to, session.clock().instant());
        EntityReport report = EntityLookup.of(session.connection(), new EntityRequest(original, families, window.from(), window.to()))
                .host(session.host()).fetch().redacted(session.redaction());
        session.remember(report.eventsResult());
        return report;
    }
}
