package dev.pantherkernel.emulator.rest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.pantherkernel.emulator.auth.ApiToken;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One REST request as a handler sees it: path parameters, query, body and the key that sent it. */
public final class RestRequest {
    private final Map<String, String> path;
    private final QueryParameters query;
    private final byte[] body;
    private final ApiToken caller;

    RestRequest(Map<String, String> path, QueryParameters query, byte[] body, ApiToken caller) {
        this.path = Map.copyOf(path);
        this.query = query;
        this.body = body;
        this.caller = caller;
    }

    /** A named segment of the path template, e.g. {@code id} of {@code /alerts/{id}}. */
    public String path(String name) {
        String value = path.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the path template has no {" + name + "}");
        }
        return value;
    }

    public QueryParameters query() {
        return query;
    }

    /** The key that sent the request. */
    public ApiToken caller() {
        return caller;
    }

    /**
     * The JSON body read into {@code type} (a record, fields named as Panther names them); fields it does not have
     * are ignored. A missing body, text that is not JSON or a value of the wrong type is a 400 naming the field.
     */
    public <T> T body(Class<T> type) {
        if (body.length == 0) {
            throw RestException.badRequest("this operation needs a JSON body");
        }
        try {
            T value = RestJson.MAPPER.readValue(body, type);
            if (value == null) {
                throw RestException.badRequest("the body must be a JSON object");
            }
            return value;
        } catch (ValueInstantiationException e) {
            // a record's own check (a required field) failed: its message is the answer
            if (e.getCause() instanceof RestException rest) {
                throw rest;
            }
            throw RestException.badRequest("invalid body: " + e.getOriginalMessage());
        } catch (InvalidFormatException e) {
            String allowed = e.getTargetType() != null && e.getTargetType().isEnum()
                    ? " (one of " + Arrays.stream(e.getTargetType().getEnumConstants()).map(Object::toString)
                            .collect(Collectors.joining(", ")) + ")"
                    : "";
            throw RestException.badRequest(field(e) + ": '" + e.getValue() + "' is not valid" + allowed);
        } catch (JsonParseException e) {
            throw RestException.badRequest("the body is not JSON: " + e.getOriginalMessage());
        } catch (JsonMappingException e) {
            throw RestException.badRequest(field(e) + ": " + e.getOriginalMessage());
        } catch (JacksonException e) {
            throw RestException.badRequest("the body is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw RestException.badRequest("the body could not be read: " + e.getMessage());
        }
    }

    /** For a body record's compact constructor: a field Panther's description marks required. */
    public static <T> T required(T value, String field) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            throw RestException.badRequest(field + " is required");
        }
        return value;
    }

    /** For a body record's compact constructor: a required list, none of whose items may be null. */
    public static <T> List<T> requiredList(List<T> values, String field) {
        required(values, field);
        if (values.contains(null)) {
            throw RestException.badRequest(field + " must not hold null");
        }
        return values;
    }

    private static String field(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "body" : path;
    }
}
