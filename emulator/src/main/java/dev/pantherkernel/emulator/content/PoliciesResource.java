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
 * {@code /policies} and {@code /policies/{id}}: cloud policies, over the detection store. The emulator scans no cloud
 * resources, so the filter {@code compliance-status} is refused rather than answered with made-up results.
 */
public final class PoliciesResource implements RestResource {
    private final DetectionStore store;

    public PoliciesResource(DetectionStore store) {
        this.store = store;
    }

    /** A policy as REST answers it (no runbook, unlike rules). */
    record RestPolicy(String id, String displayName, String description, String body, boolean enabled, Severity severity,
            List<String> resourceTypes, List<String> suppressions, List<String> tags, Map<String, List<String>> reports,
            List<String> outputIDs, boolean managed, List<RestUnitTest> tests, String createdAt, Actor createdBy,
            String createdByExternal, String lastModified) {

        static RestPolicy of(Detection d) {
            return new RestPolicy(d.id(), d.displayName(), d.description(), d.body(), d.enabled(), d.severity(),
                    d.resourceTypes(), d.suppressions(), d.tags(), d.reports(), d.outputIds(), d.managed(),
                    d.tests().stream().map(RestUnitTest::of).toList(), RestTime.of(d.createdAt()), Actor.of(d.createdBy()),
                    d.createdByExternal(), RestTime.of(d.lastModified()));
        }
    }

    /** The body of creating or replacing a policy. */
    record PolicyBody(String id, String displayName, String description, String body, Boolean enabled, Severity severity,
            List<String> resourceTypes, List<String> suppressions, List<String> tags, Map<String, List<String>> reports,
            List<String> outputIDs, List<RestUnitTest> tests) implements DetectionRoutes.Input {

        PolicyBody {
            RestRequest.required(id, "id");
            RestRequest.required(body, "body");
            RestRequest.required(severity, "severity");
        }

        @Override
        public void applyOwn(Detection.Builder d) {
            d.body(body);
            DetectionRoutes.set(resourceTypes, d::resourceTypes);
            DetectionRoutes.set(suppressions, d::suppressions);
        }
    }

    @Override
    public void register(RestRoutes routes) {
        new DetectionRoutes<>(store, DetectionKind.POLICY, "/policies", PolicyBody.class, RestPolicy::of, q -> {
            if (q.oneOf("compliance-status", List.of("PASS", "FAIL", "ERROR"), null) != null) {
                throw RestException.badRequest("compliance-status is not supported by the emulator: it scans no cloud resources");
            }
            return DetectionListing.anyOf(q, "resource-type", Detection::resourceTypes);
        }).register(routes, Access.needs(Permission.PolicyRead), Access.needs(Permission.PolicyModify));
    }
}
