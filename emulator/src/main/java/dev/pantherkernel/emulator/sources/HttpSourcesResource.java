package dev.pantherkernel.emulator.sources;

import dev.pantherkernel.emulator.auth.Permission;
import dev.pantherkernel.emulator.rest.Access;
import dev.pantherkernel.emulator.rest.RestAnswer;
import dev.pantherkernel.emulator.rest.RestRequest;
import dev.pantherkernel.emulator.rest.RestResource;
import dev.pantherkernel.emulator.rest.RestRoutes;
import java.util.List;

/**
 * {@code /log-sources/http} and {@code /log-sources/http/{id}} over the store GraphQL's {@code sources} lists (an HTTP
 * source added here is listed there; there is no REST list). Answers carry the source's secrets, as Panther's do.
 */
public final class HttpSourcesResource implements RestResource {
    private final SourceStore store;

    public HttpSourcesResource(SourceStore store) {
        this.store = store;
    }

    /** {@code logStreamTypeOptions}. */
    record StreamOptions(String jsonArrayEnvelopeField) {}

    /** An HTTP source as REST answers it ({@code HTTPSource}). */
    record RestHttpSource(String integrationId, String integrationLabel, List<String> logTypes, LogStreamType logStreamType,
            StreamOptions logStreamTypeOptions, String authMethod, String authHeaderKey, String authSecretValue, String authHmacAlg,
            String authBearerToken, String authUsername, String authPassword) {
        static RestHttpSource of(LogSource source) {
            HttpSettings h = source.http();
            return new RestHttpSource(source.integrationId(), source.integrationLabel(), source.logTypes(), h.logStreamType(),
                    h.jsonArrayEnvelopeField() == null ? null : new StreamOptions(h.jsonArrayEnvelopeField()), h.authMethod(),
                    h.authHeaderKey(), h.authSecretValue(), h.authHmacAlg(), h.authBearerToken(), h.authUsername(), h.authPassword());
        }
    }

    /** The body of adding and changing an HTTP source ({@code ModifyHTTPSource}). */
    record HttpSourceInput(String integrationLabel, List<String> logTypes, LogStreamType logStreamType, StreamOptions logStreamTypeOptions,
            String authMethod, String authHeaderKey, String authSecretValue, String authHmacAlg, String authBearerToken,
            String authUsername, String authPassword) {
        HttpSourceInput {
            RestRequest.required(integrationLabel, "integrationLabel");
            RestRequest.requiredList(logTypes, "logTypes");
            RestRequest.required(logStreamType, "logStreamType");
            RestRequest.required(authMethod, "authMethod");
        }

        HttpSettings settings() {
            return new HttpSettings(logStreamType, logStreamTypeOptions == null ? null : logStreamTypeOptions.jsonArrayEnvelopeField(),
                    authMethod, authHeaderKey, authSecretValue, authHmacAlg, authBearerToken, authUsername, authPassword);
        }
    }

    @Override
    public void register(RestRoutes routes) {
        Access read = Access.needs(Permission.LogSourceRead);
        Access modify = Access.needs(Permission.LogSourceModify);
        routes.post("/log-sources/http", modify, request -> {
            HttpSourceInput in = request.body(HttpSourceInput.class);
            return RestAnswer.created(RestHttpSource.of(store.createHttp(in.integrationLabel(), in.logTypes(), in.settings(), request.caller())));
        })
                .get("/log-sources/http/{id}", read, request -> RestAnswer.ok(RestHttpSource.of(store.http(request.path("id")))))
                .put("/log-sources/http/{id}", modify, request -> {
                    HttpSourceInput in = request.body(HttpSourceInput.class);
                    return RestAnswer.ok(RestHttpSource.of(store.updateHttp(request.path("id"), in.integrationLabel(), in.logTypes(),
                            in.settings())));
                })
                .delete("/log-sources/http/{id}", modify, request -> {
                    store.deleteHttp(request.path("id"));
                    return RestAnswer.noContent();
                });
    }
}
