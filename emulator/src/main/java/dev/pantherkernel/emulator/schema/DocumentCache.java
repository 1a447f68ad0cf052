package dev.pantherkernel.emulator.schema;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Keeps parsed and validated documents by query text: paging clients send the same query for every
 * page, so parsing and validating it once keeps the results path fast.
 */
final class DocumentCache implements PreparsedDocumentProvider {
    private static final int CAPACITY = 500;

    private final Map<String, PreparsedDocumentEntry> entries = new ConcurrentHashMap<>();

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        PreparsedDocumentEntry cached = entries.get(input.getQuery());
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        PreparsedDocumentEntry entry = parseAndValidate.apply(input);
        if (entries.size() >= CAPACITY) {
            // crude but bounded: a few hundred distinct queries is far more than any client sends
            entries.clear();
        }
        entries.put(input.getQuery(), entry);
        return CompletableFuture.completedFuture(entry);
    }
}
