package dev.pantherkernel.kernel.protocol;

import org.dflib.jjava.jupyter.messages.Message;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The notebook cell an execute request comes from, as JupyterLab and Notebook 7 name it in the request's metadata
 * ({@code cellId}), and the cells deleted since the last request ({@code deletedCells}). Other front ends name none.
 */
public final class RequestCell {

    private RequestCell() {
    }

    public static String id(Message<?> request) {
        Object id = metadata(request).get("cellId");
        return id instanceof String s && !s.isBlank() ? s : null;
    }

    public static List<String> deleted(Message<?> request) {
        Object deleted = metadata(request).get("deletedCells");
        return deleted instanceof Collection<?> cells ? cells.stream().map(String::valueOf).toList() : List.of();
    }

    private static Map<String, Object> metadata(Message<?> request) {
        Map<String, Object> metadata = request.getMetadata();
        return metadata == null ? Map.of() : metadata;
    }
}
