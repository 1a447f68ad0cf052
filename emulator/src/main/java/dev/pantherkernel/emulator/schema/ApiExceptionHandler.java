package dev.pantherkernel.emulator.schema;

import dev.pantherkernel.emulator.core.ApiException;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Turns exceptions from data fetchers into the errors Panther sends: our own {@link ApiException}s
 * keep their message (e.g. {@code access denied}) and path; anything else is an internal error whose
 * details stay in the server log.
 */
final class ApiExceptionHandler implements DataFetcherExceptionHandler {
    private static final System.Logger LOG = System.getLogger(ApiExceptionHandler.class.getName());

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(DataFetcherExceptionHandlerParameters params) {
        Throwable failure = params.getException();
        while (failure instanceof CompletionException && failure.getCause() != null) {
            failure = failure.getCause();
        }
        GraphqlErrorBuilder<?> error = GraphqlErrorBuilder.newError(params.getDataFetchingEnvironment());
        if (failure instanceof ApiException api) {
            error.message(api.getMessage()).extensions(Map.of("code", api.code()));
        } else {
            LOG.log(System.Logger.Level.ERROR, "data fetcher failed at " + params.getPath(), failure);
            error.message("internal server error").extensions(Map.of("code", "INTERNAL_SERVER_ERROR"));
        }
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult(error.build()).build());
    }
}
