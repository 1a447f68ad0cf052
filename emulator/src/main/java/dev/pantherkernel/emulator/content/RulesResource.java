package dev.pantherkernel.emulator.content;

import dev.pantherkernel.emulator.alerts.Severity;
import dev.pantherkernel.emulator.auth.Permission;
import dev.pantherkernel.emulator.content.DetectionRoutes.RestUnitTest;
import dev.pantherkernel.emulator.rest.Access;
import dev.pantherkernel.emulator.rest.Actor;
import dev.pantherkernel.emulator.rest.RestRequest;
import dev.pantherkernel.emulator.rest.RestResource;
import dev.pantherkernel.emulator.rest.RestRoutes;
import dev.pantherkernel.emulator.rest.RestTime;
import java.util.List;
import java.util.Map;

/** {@code /rules} and {@code /rules/{id}}: Python rules, over the detection store GraphQL and alerts read. */
public final class RulesResource implements RestResource {
    private final DetectionStore store;

    public RulesResource(DetectionStore store) {
        this.store = store;
    }

    /** A rule as REST answers it. */
    record RestRule(String id, String displayName, String description, String body, boolean enabled, Severity severity,
            List<String> logTypes, String inlineFilters, int dedupPeriodMinutes, int threshold, String runbook,
            List<String> summaryAttributes, List<String> tags, Map<String, List<String>> reports, List<String> outputIDs,
            boolean managed, List<RestUnitTest> tests, String createdAt, Actor createdBy, String createdByExternal,
            String lastModified) {

        static RestRule of(Detection d) {
            return new RestRule(d.id(), d.displayName(), d.description(), d.body(), d.enabled(), d.severity(), d.logTypes(),
                    d.inlineFilters(), d.dedupPeriodMinutes(), d.threshold(), d.runbook(), d.summaryAttributes(), d.tags(),
                    d.reports(), d.outputIds(), d.managed(), d.tests().stream().map(RestUnitTest::of).toList(),
                    RestTime.of(d.createdAt()), Actor.of(d.createdBy()), d.createdByExternal(), RestTime.of(d.lastModified()));
        }
    }

    /** The body of creating or replacing a rule. */
    record RuleBody(String id, String displayName, String description, String body, Boolean enabled, Severity severity,
            List<String> logTypes, String inlineFilters, Integer dedupPeriodMinutes, Integer threshold, String runbook,
            List<String> summaryAttributes, List<String> tags, Map<String, List<String>> reports, List<String> outputIDs,
            List<RestUnitTest> tests) implements DetectionRoutes.RuleInput {

        RuleBody {
            RestRequest.required(id, "id");
            RestRequest.required(body, "body");
            RestRequest.required(severity, "severity");
            DetectionRoutes.RuleInput.check(dedupPeriodMinutes, threshold);
        }

        @Override
        public void applyOwn(Detection.Builder d) {
            applyRule(d);
            d.body(body);
            DetectionRoutes.set(logTypes, d::logTypes);
            DetectionRoutes.set(inlineFilters, d::inlineFilters);
        }
    }

    @Override
    public void register(RestRoutes routes) {
        new DetectionRoutes<>(store, DetectionKind.RULE, "/rules", RuleBody.class, RestRule::of,
                q -> DetectionListing.anyOf(q, "log-type", Detection::logTypes))
                .register(routes, Access.needs(Permission.RuleRead), Access.needs(Permission.RuleModify));
    }
}
