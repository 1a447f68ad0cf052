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

/**
 * {@code /simple-rules} and {@code /simple-rules/{id}}: rules written as YAML, over the detection store. Panther
 * generates Python from them ({@code include-python=true} asks for it as {@code pythonBody}); the emulator does not, so
 * {@code pythonBody} is never answered.
 */
public final class SimpleRulesResource implements RestResource {
    private final DetectionStore store;

    public SimpleRulesResource(DetectionStore store) {
        this.store = store;
    }

    /** A simple rule as REST answers it; its YAML parts are text. */
    record RestSimpleRule(String id, String displayName, String description, String detection, String alertTitle,
            String alertContext, String dynamicSeverities, String groupBy, String inlineFilters, boolean enabled,
            Severity severity, List<String> logTypes, int dedupPeriodMinutes, int threshold, String runbook,
            List<String> summaryAttributes, List<String> tags, Map<String, List<String>> reports, List<String> outputIDs,
            boolean managed, List<RestUnitTest> tests, String createdAt, Actor createdBy, String createdByExternal,
            String lastModified) {

        static RestSimpleRule of(Detection d) {
            return new RestSimpleRule(d.id(), d.displayName(), d.description(), d.detection(), d.alertTitle(), d.alertContext(),
                    d.dynamicSeverities(), d.groupBy(), d.inlineFilters(), d.enabled(), d.severity(), d.logTypes(),
                    d.dedupPeriodMinutes(), d.threshold(), d.runbook(), d.summaryAttributes(), d.tags(), d.reports(),
                    d.outputIds(), d.managed(), d.tests().stream().map(RestUnitTest::of).toList(), RestTime.of(d.createdAt()),
                    Actor.of(d.createdBy()), d.createdByExternal(), RestTime.of(d.lastModified()));
        }
    }

    /** The body of creating or replacing a simple rule ({@code pythonBody} in it is ignored, as the server makes it). */
    record SimpleRuleBody(String id, String displayName, String description, String detection, String alertTitle,
            String alertContext, String dynamicSeverities, String groupBy, String inlineFilters, Boolean enabled,
            Severity severity, List<String> logTypes, Integer dedupPeriodMinutes, Integer threshold, String runbook,
            List<String> summaryAttributes, List<String> tags, Map<String, List<String>> reports, List<String> outputIDs,
            List<RestUnitTest> tests) implements DetectionRoutes.RuleInput {

        SimpleRuleBody {
            RestRequest.required(id, "id");
            RestRequest.required(detection, "detection");
            RestRequest.required(severity, "severity");
            DetectionRoutes.RuleInput.check(dedupPeriodMinutes, threshold);
        }

        @Override
        public void applyOwn(Detection.Builder d) {
            applyRule(d);
            d.detection(detection);
            DetectionRoutes.set(alertTitle, d::alertTitle);
            DetectionRoutes.set(alertContext, d::alertContext);
            DetectionRoutes.set(dynamicSeverities, d::dynamicSeverities);
            DetectionRoutes.set(groupBy, d::groupBy);
            DetectionRoutes.set(inlineFilters, d::inlineFilters);
            DetectionRoutes.set(logTypes, d::logTypes);
        }
    }

    @Override
    public void register(RestRoutes routes) {
        new DetectionRoutes<>(store, DetectionKind.SIMPLE_RULE, "/simple-rules", SimpleRuleBody.class, RestSimpleRule::of,
                q -> {
                    q.bool("include-python");
                    return DetectionListing.anyOf(q, "log-type", Detection::logTypes);
                })
                .register(routes, Access.needs(Permission.RuleRead), Access.needs(Permission.RuleModify));
    }
}
