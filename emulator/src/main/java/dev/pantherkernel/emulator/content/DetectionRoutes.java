package dev.pantherkernel.emulator.content;

import dev.pantherkernel.emulator.alerts.Severity;
import dev.pantherkernel.emulator.rest.Access;
import dev.pantherkernel.emulator.rest.QueryParameters;
import dev.pantherkernel.emulator.rest.RestAnswer;
import dev.pantherkernel.emulator.rest.RestException;
import dev.pantherkernel.emulator.rest.RestRequest;
import dev.pantherkernel.emulator.rest.RestRoutes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The five operations of one detection path ({@code /rules}, {@code /simple-rules}, {@code /scheduled-rules},
 * {@code /policies}): list with Panther's filters, create (409 when the id is taken), get, create-or-replace (201 when
 * it created) and delete, over the detection store GraphQL and alerts read. Unit tests are not run: the emulator has
 * no Python, so {@code run-tests-first} saves as {@code false} would and {@code run-tests-only} saves nothing.
 */
final class DetectionRoutes<I extends DetectionRoutes.Input> {
    /** The listing's default page size (no maximum is declared). */
    static final int PAGE = 100;

    /**
     * A body of a detection path, in the fields all four kinds share. A field the body leaves out (null) keeps the
     * stored value when a PUT replaces a detection, and takes Panther's default when it creates one.
     */
    interface Input {
        String id();

        String displayName();

        String description();

        Boolean enabled();

        Severity severity();

        List<String> tags();

        Map<String, List<String>> reports();

        List<String> outputIDs();

        List<RestUnitTest> tests();

        /** The fields of this kind beyond the shared ones. */
        void applyOwn(Detection.Builder detection);

        default void applyTo(Detection.Builder d) {
            set(displayName(), d::displayName);
            set(description(), d::description);
            set(enabled(), d::enabled);
            set(severity(), d::severity);
            set(tags(), d::tags);
            set(reports(), d::reports);
            set(outputIDs(), d::outputIds);
            set(tests(), t -> d.tests(t.stream().map(RestUnitTest::toUnitTest).toList()));
            applyOwn(d);
        }
    }

    /** The shared fields of the three rule kinds. */
    interface RuleInput extends Input {
        String runbook();

        Integer dedupPeriodMinutes();

        Integer threshold();

        List<String> summaryAttributes();

        /** For a body's compact constructor: dedup and threshold are at least 1. */
        static void check(Integer dedupPeriodMinutes, Integer threshold) {
            if (dedupPeriodMinutes != null && dedupPeriodMinutes < 1) {
                throw RestException.badRequest("dedupPeriodMinutes must be at least 1, got " + dedupPeriodMinutes);
            }
            if (threshold != null && threshold < 1) {
                throw RestException.badRequest("threshold must be at least 1, got " + threshold);
            }
        }

        default void applyRule(Detection.Builder d) {
            set(runbook(), d::runbook);
            set(dedupPeriodMinutes(), d::dedupPeriodMinutes);
            set(threshold(), d::threshold);
            set(summaryAttributes(), d::summaryAttributes);
        }
    }

    private final DetectionStore store;
    private final DetectionKind kind;
    private final String path;
    private final Class<I> inputType;
    private final Function<Detection, ?> view;
    private final Function<QueryParameters, Predicate<Detection>> ownFilters;
    private Consumer<Detection> check = d -> { };

    /** {@code ownFilters} reads the filters of this kind beyond the shared ones ({@code log-type} ...). */
    DetectionRoutes(DetectionStore store, DetectionKind kind, String path, Class<I> inputType, Function<Detection, ?> view,
            Function<QueryParameters, Predicate<Detection>> ownFilters) {
        this.store = store;
        this.kind = kind;
        this.path = path;
        this.inputType = inputType;
        this.view = view;
        this.ownFilters = ownFilters;
    }

    /** What a detection of this kind must satisfy before it is saved (a 400 otherwise). */
    DetectionRoutes<I> checking(Consumer<Detection> rule) {
        this.check = rule;
        return this;
    }

    void register(RestRoutes routes, Access read, Access modify) {
        String one = path + "/{id}";
        routes.get(path, read, request -> {
            QueryParameters q = request.query();
            Predicate<Detection> filter = DetectionListing.of(q).and(ownFilters.apply(q));
            return RestAnswer.ok(q.page(PAGE, 0).slice(store.list(kind, filter), view));
        }).post(path, modify, request -> {
            I in = request.body(inputType);
            if (testsOnly(request)) {
                return RestAnswer.noContent();
            }
            return RestAnswer.ok(view.apply(store.create(build(in, Optional.empty()), request.caller())));
        }).get(one, read, request -> RestAnswer.ok(view.apply(store.get(kind, request.path("id")))))
                .put(one, modify, request -> {
                    I in = request.body(inputType);
                    String id = request.path("id");
                    if (!id.equals(in.id())) {
                        throw RestException.badRequest("the body's id " + in.id() + " is not the path's " + id);
                    }
                    if (testsOnly(request)) {
                        return RestAnswer.noContent();
                    }
                    Upsert<Detection> put = RestException.conflictIsBadRequest(
                            () -> store.put(build(in, store.find(kind, id)), request.caller()));
                    return put.created() ? RestAnswer.created(view.apply(put.value())) : RestAnswer.ok(view.apply(put.value()));
                })
                .delete(one, modify, request -> {
                    store.delete(store.get(kind, request.path("id")).id());
                    return RestAnswer.noContent();
                });
    }

    /** {@code run-tests-only=true}: the tests would run and nothing is saved; both flags must be booleans. */
    private static boolean testsOnly(RestRequest request) {
        request.query().bool("run-tests-first");
        return Boolean.TRUE.equals(request.query().bool("run-tests-only"));
    }

    private Detection build(I in, Optional<Detection> stored) {
        Detection detection = stored.map(d -> d.transform(in::applyTo)).orElseGet(() -> {
            Detection.Builder b = Detection.newDetection(kind, in.id());
            in.applyTo(b);
            return b.build();
        });
        check.accept(detection);
        return detection;
    }

    static <T> void set(T value, Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }

    /** A unit test as REST shows it: the event as JSON text. */
    record RestUnitTest(String name, Boolean expectedResult, String resource, List<Map<String, String>> mocks) {
        RestUnitTest {
            RestRequest.required(name, "tests[].name");
            RestRequest.required(expectedResult, "tests[].expectedResult");
            RestRequest.required(resource, "tests[].resource");
        }

        static RestUnitTest of(UnitTest t) {
            return new RestUnitTest(t.name(), t.expectedResult(), t.resource(), t.mocks());
        }

        UnitTest toUnitTest() {
            return new UnitTest(name, expectedResult, resource, mocks == null ? List.of() : mocks);
        }
    }
}
