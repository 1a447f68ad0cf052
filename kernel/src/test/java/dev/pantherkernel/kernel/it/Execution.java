package dev.pantherkernel.kernel.it;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** What a front end received for one execute request: the reply and the IOPub messages. */
record Execution(JsonNode answer) {

    String status() {
        return answer.path("reply").path("content").path("status").asText();
    }

    List<JsonNode> outputs(String msgType) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode o : answer.path("outputs")) {
            if (o.path("msg_type").asText().equals(msgType)) {
                out.add(o.path("content"));
            }
        }
        return out;
    }

    /** The cell's value as text/plain (the Out[] line), or null. */
    String text() {
        return result("text/plain");
    }

    String html() {
        return result("text/html");
    }

    String result(String mime) {
        List<JsonNode> results = outputs("execute_result");
        return results.isEmpty() ? null : results.get(0).path("data").path(mime).asText(null);
    }

    String stdout() {
        return stream("stdout");
    }

    String stderr() {
        return stream("stderr");
    }

    private String stream(String name) {
        StringBuilder out = new StringBuilder();
        for (JsonNode s : outputs("stream")) {
            if (s.path("name").asText().equals(name)) {
                out.append(s.path("text").asText());
            }
        }
        return out.toString();
    }

    JsonNode error() {
        List<JsonNode> errors = outputs("error");
        return errors.isEmpty() ? null : errors.get(0);
    }

    String errorName() {
        JsonNode e = error();
        return e == null ? null : e.path("ename").asText();
    }

    String errorValue() {
        JsonNode e = error();
        return e == null ? null : e.path("evalue").asText();
    }

    /** The traceback lines without ANSI colours. */
    String traceback() {
        JsonNode e = error();
        if (e == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (JsonNode line : e.path("traceback")) {
            out.append(line.asText().replaceAll("\u001b\\[[0-9;]*m", "")).append('\n');
        }
        return out.toString();
    }

    /**
     * The outputs a front end keeps once the cell is done, as a saved notebook holds them: displays, streams, results
     * and errors in order, update_display_data applied to the display with its id, clear_output applied.
     */
    List<JsonNode> keptOutputs() {
        List<JsonNode> kept = new ArrayList<>();
        for (JsonNode o : answer.path("outputs")) {
            JsonNode content = o.path("content");
            switch (o.path("msg_type").asText()) {
                case "display_data", "stream", "execute_result", "error" -> kept.add(content);
                case "clear_output" -> kept.clear();
                case "update_display_data" -> {
                    String id = content.path("transient").path("display_id").asText();
                    for (int i = 0; i < kept.size(); i++) {
                        if (kept.get(i).path("transient").path("display_id").asText("").equals(id)) {
                            kept.set(i, content);
                        }
                    }
                }
                default -> {
                }
            }
        }
        return kept;
    }

    List<JsonNode> displays() {
        return outputs("display_data");
    }

    double secondsAfterInterrupt() {
        return answer.path("seconds_after_interrupt").asDouble(-1);
    }
}
