package dev.pantherkernel.emulator.content;

import dev.pantherkernel.emulator.alerts.Severity;
import dev.pantherkernel.emulator.auth.Permission;
import dev.pantherkernel.emulator.content.DetectionRoutes.RestUnitTest;
import dev.pantherkernel.emulator.rest.Access;
import dev.pantherkernel.emulator.rest.Actor;
import dev.pantherkernel.emulator.rest.RestException;
import dev.pantherkernel.emulator.rest.RestRequest;
import dev.pantherkernel.emulator.rest.RestResource;
import dev.pantherkernel.emulator.rest.RestRoutes;
import dev.pantherkernel.emulator.rest.RestTime;
import java.util.List;
import java.util.Map;

/**
 * {@code /scheduled-rules} and {@code /scheduled-rules/{id}}: rules over the results of scheduled queries, named by
 * the queries' names; a rule must name queries that are saved.
 */
public final class ScheduledRulesResource implements RestResource {
    private final DetectionStore store;
    private final SavedQueryStore queries;

    public ScheduledRulesResource(DetectionStore store, SavedQueryStore queries) {
        this.store = store;
        this.queries = queries;
    }

    /** A scheduled rule as REST answers it. */
    record RestScheduledRule(String id, String displayName, String description, String body, boolean enabled,
            Severity severity, List<String> scheduledQueries, int dedupPeriodMinutes, int threshold, String runbook,
            List<String> summaryAttributes, List<String> tags, Map<String, List<String>> reports, List<String> outputIDs,
            boolean managed, List<RestUnitTest> tests, String createdAt, Actor createdBy, String createdByExternal,
            String lastModified) {

        static RestScheduledRule of(Detection d) {
            return new RestScheduledRule(d.id(), d.displayName(), d.description(), d.body(), d.enabled(), d.severity(),
                    d.scheduledQueries(), d.dedupPeriodMinutes(), d.threshold(), d.runbook(), d.summaryAttributes(), d.tags(),
                    d.reports(), d.outputIds(), d.managed(), d.tests().stream().map(RestUnitTest::of).toList(),
                    RestTime.of(d.createdAt()), Actor.of(d.createdBy()), d.createdByExternal(), RestTime.of(d.lastModified()));
        }
    }

    /** The body of creating or replacing a scheduled rule. */
    record ScheduledRuleBody(String id, String displayName, String description, String body, Boolean enabled,
            Severity severity, List<String> scheduledQueries, Integer dedupPeriodMinutes, Integer threshold, String runbook,
            List<String> summaryAttributes, List<String> tags, Map<String, List<String>> reports, List<String> outputIDs,
            List<RestUnitTest> tests) implements DetectionRoutes.RuleInput {

        ScheduledRuleBody {
            RestRequest.required(id, "id");
            RestRequest.required(body, "body");
            RestRequest.required(severity, "severity");
            DetectionRoutes.RuleInput.check(dedupPeriodMinutes, threshold);
        }

        @Override
        public void applyOwn(Detection.Builder d) {
            applyRule(d);
            d.body(body);
            DetectionRoutes.set(scheduledQueries, d::scheduledQueries);
        }
    }

    @Override
    public void register(RestRoutes routes) {
        new DetectionRoutes<>(store, DetectionKind.SCHEDULED_RULE, "/scheduled-rules", ScheduledRuleBody.class,
                RestScheduledRule::of, q -> DetectionListing.anyOf(q, "scheduled-query", Detection::scheduledQueries))
                .checking(this::runsSavedQueries)
                .register(routes, Access.needs(Permission.RuleRead), Access.needs(Permission.RuleModify));
    }

    /** A scheduled rule runs at least one query, and each one it names is saved. */
    private void runsSavedQueries(Detection d) {
        if (d.scheduledQueries().isEmpty()) {
            throw RestException.badRequest("scheduledQueries must name at least one saved query");
        }
        for (String name : d.scheduledQueries()) {
            if (queries.findByName(name).isEmpty()) {
                throw RestException.badRequest("scheduledQueries names " + name + ", which is not a saved query");
            }
        }
    }
}
