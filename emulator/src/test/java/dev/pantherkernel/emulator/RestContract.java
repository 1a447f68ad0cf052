package dev.pantherkernel.emulator;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The one place where REST exchanges meet our OpenAPI description ({@code rest/panther-rest-openapi.yaml}): every
 * request {@link RestClient} sends and every answer it gets goes through {@link #check}, with Atlassian's OpenAPI
 * validator (swagger-parser and JSON Schema underneath), not hand-written checks. The validator is strict: a field an
 * answer has beyond its schema is an error, and so are a query parameter the operation does not declare and a request
 * without the {@code X-API-Key} every operation requires.
 */
final class RestContract {
    static final String DESCRIPTION = "/dev/pantherkernel/emulator/rest/panther-rest-openapi.yaml";

    /** What a test means an exchange to be. */
    enum Intent {
        /** Request and answer both as described. */
        WITHIN,
        /** The request deliberately breaks the description (no key, a bad parameter, an unknown field); the answer must still be described. */
        BAD_REQUEST,
        /** Not checked: injected faults answer outside any description. */
        UNCHECKED
    }

    /** What the validator found about one exchange. */
    record Verdict(List<String> requestProblems, List<String> answerProblems) {}

    /** Loaded once for all test classes: parsing the description takes a while, the validator holds no state per exchange. */
    private static final class Holder {
        static final String TEXT = read();
        static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator.createFor(withSecurityOnEveryOperation())
                .withBasePathOverride("/")
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR)
                        .withLevel("validation.request.security.missing", ValidationReport.Level.ERROR)
                        .build())
                .build();

        /**
         * The validator checks only an operation's own {@code security}; OpenAPI says the document's applies to every
         * operation that has none, so it is copied there (the description itself states it once).
         */
        private static OpenAPI withSecurityOnEveryOperation() {
            OpenAPI api = description();
            api.getPaths().values().forEach(item -> item.readOperations().stream().filter(op -> op.getSecurity() == null)
                    .forEach(op -> op.setSecurity(api.getSecurity())));
            return api;
        }

        private static String read() {
            try (InputStream in = RestContract.class.getResourceAsStream(DESCRIPTION)) {
                if (in == null) {
                    throw new IllegalStateException("the emulator's resources have no " + DESCRIPTION);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private RestContract() {}

    /** The description as swagger-parser reads it, references resolved as the validator resolves them. */
    static OpenAPI description() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        options.setResolveCombinators(false);
        return new OpenAPIV3Parser().readContents(Holder.TEXT, null, options).getOpenAPI();
    }

    /** Every described operation as {@code "GET /alerts/{id}"}, sorted. */
    static TreeSet<String> describedOperations() {
        TreeSet<String> out = new TreeSet<>();
        description().getPaths().forEach((path, item) -> item.readOperationsMap().keySet()
                .forEach((PathItem.HttpMethod method) -> out.add(method.name() + " " + path)));
        return out;
    }

    /** Checks one exchange as the validator sees it; the test decides what the problems mean (see {@link RestClient}). */
    static Verdict check(String method, URI uri, Map<String, String> requestHeaders, String requestBody, int status,
            Map<String, List<String>> answerHeaders, String answerBody) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, uri.getRawPath());
        query(uri.getRawQuery()).forEach(request::withQueryParam);
        requestHeaders.forEach(request::withHeader);
        if (requestBody != null && !requestBody.isEmpty()) {
            request.withBody(requestBody);
        }
        SimpleResponse.Builder answer = new SimpleResponse.Builder(status);
        answerHeaders.forEach(answer::withHeader);
        if (answerBody != null && !answerBody.isEmpty()) {
            answer.withBody(answerBody);
        }
        ValidationReport requestReport = Holder.VALIDATOR.validateRequest(request.build());
        ValidationReport answerReport = Holder.VALIDATOR.validateResponse(uri.getRawPath(), Request.Method.valueOf(method), answer.build());
        return new Verdict(problems(requestReport), problems(answerReport));
    }

    private static List<String> problems(ValidationReport report) {
        if (!report.hasErrors()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .forEach(m -> out.add(m.getKey() + ": " + m.getMessage()));
        out.add(SimpleValidationReportFormat.getInstance().apply(report));
        return out;
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return out;
    }
}
