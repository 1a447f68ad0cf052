package dev.pantherkernel.emulator.schema;

import dev.pantherkernel.emulator.core.ApiException;
import dev.pantherkernel.emulator.core.DateTimes;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The custom scalars of the schema. */
final class Scalars {
    private Scalars() {}

    static List<GraphQLScalarType> all() {
        return List.of(instant("DateTime"), instant("Timestamp"), json(), email(), longInteger());
    }

    /** Panther's {@code Long}: a 64-bit integer, which GraphQL's {@code Int} (32 bits) cannot hold. */
    private static GraphQLScalarType longInteger() {
        return GraphQLScalarType.newScalar().name("Long").coercing(new Coercing<Long, Long>() {
            @Override
            public Long serialize(Object value, GraphQLContext context, Locale locale) {
                if (value instanceof Number n) {
                    return n.longValue();
                }
                throw new CoercingSerializeException("not a whole number: " + value);
            }

            @Override
            public Long parseValue(Object input, GraphQLContext context, Locale locale) {
                if (input instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
                    return n.longValue();
                }
                throw new CoercingParseValueException("Long must be a whole number, got " + input);
            }

            @Override
            public Long parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                if (input instanceof IntValue v && v.getValue().bitLength() < 64) {
                    return v.getValue().longValue();
                }
                throw new CoercingParseLiteralException("Long must be a whole number of at most 64 bits");
            }
        }).build();
    }

    private static GraphQLScalarType instant(String name) {
        return GraphQLScalarType.newScalar().name(name).coercing(new Coercing<Instant, String>() {
            @Override
            public String serialize(Object value, GraphQLContext context, Locale locale) {
                if (value instanceof Instant instant) {
                    return DateTimes.format(instant);
                }
                if (value instanceof OffsetDateTime time) {
                    return DateTimes.format(time.toInstant());
                }
                throw new CoercingSerializeException("not an instant: " + value);
            }

            @Override
            public Instant parseValue(Object input, GraphQLContext context, Locale locale) {
                if (input instanceof String text) {
                    return parse(text, CoercingParseValueException::new);
                }
                throw new CoercingParseValueException(name + " must be a string");
            }

            @Override
            public Instant parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                if (input instanceof StringValue text) {
                    return parse(text.getValue(), CoercingParseLiteralException::new);
                }
                throw new CoercingParseLiteralException(name + " must be a string");
            }
        }).build();
    }

    private static <E extends RuntimeException> Instant parse(String text, Function<String, E> failure) {
        try {
            return DateTimes.parse(text);
        } catch (ApiException e) {
            throw failure.apply(e.getMessage());
        }
    }

    private static GraphQLScalarType email() {
        return GraphQLScalarType.newScalar().name("Email").coercing(new Coercing<String, String>() {
            @Override
            public String serialize(Object value, GraphQLContext context, Locale locale) {
                return value.toString();
            }

            @Override
            public String parseValue(Object input, GraphQLContext context, Locale locale) {
                if (input instanceof String text && looksLikeEmail(text)) {
                    return text;
                }
                throw new CoercingParseValueException("not an e-mail address: " + input);
            }

            @Override
            public String parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                if (input instanceof StringValue text && looksLikeEmail(text.getValue())) {
                    return text.getValue();
                }
                throw new CoercingParseLiteralException("not an e-mail address");
            }
        }).build();
    }

    private static boolean looksLikeEmail(String text) {
        int at = text.indexOf('@');
        return at > 0 && at == text.lastIndexOf('@') && at < text.length() - 1;
    }

    private static GraphQLScalarType json() {
        return GraphQLScalarType.newScalar().name("JSON").coercing(new Coercing<Object, Object>() {
            @Override
            public Object serialize(Object value, GraphQLContext context, Locale locale) {
                return value;
            }

            @Override
            public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                return input;
            }

            @Override
            public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                return literal(input, variables);
            }
        }).build();
    }

    private static Object literal(Value<?> value, CoercedVariables variables) {
        if (value instanceof StringValue v) {
            return v.getValue();
        } else if (value instanceof IntValue v) {
            return v.getValue();
        } else if (value instanceof FloatValue v) {
            return v.getValue();
        } else if (value instanceof BooleanValue v) {
            return v.isValue();
        } else if (value instanceof NullValue) {
            return null;
        } else if (value instanceof VariableReference v) {
            return variables.get(v.getName());
        } else if (value instanceof ArrayValue v) {
            return v.getValues().stream().map(item -> literal(item, variables)).toList();
        } else if (value instanceof ObjectValue v) {
            Map<String, Object> object = new LinkedHashMap<>();
            v.getObjectFields().forEach(field -> object.put(field.getName(), literal(field.getValue(), variables)));
            return object;
        }
        throw new CoercingParseLiteralException("not a JSON value: " + value);
    }
}
