package dev.pantherkernel.emulator.schema;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A field read straight off its source object. graphql-java calls a light fetcher without building a
 * {@link DataFetchingEnvironment}, which matters for fields that run once per row of a large result page.
 */
public final class SourceField<S> implements LightDataFetcher<Object> {
    private final Function<S, Object> read;

    private SourceField(Function<S, Object> read) {
        this.read = read;
    }

    public static <S> SourceField<S> of(Class<S> source, Function<S, Object> read) {
        return new SourceField<>(read);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> environment) {
        return read.apply((S) source);
    }

    @Override
    public Object get(DataFetchingEnvironment environment) {
        return get(environment.getFieldDefinition(), environment.getSource(), () -> environment);
    }
}
