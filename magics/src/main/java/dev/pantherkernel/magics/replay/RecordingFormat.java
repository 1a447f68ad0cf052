package dev.pantherkernel.magics.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The words of a recording file, version 1: gzip of JSON lines, each line an object whose {@code type} says what it
 * is (the first line is the header, with {@code format} and {@code version}). docs/recording-format.md describes it
 * for people; this class is where the code keeps it.
 */
final class RecordingFormat {

    static final String FORMAT = "panther-kernel-recording";
    static final int VERSION = 1;

    static final String TYPE = "type";
    static final String CONNECTION = "connection";
    static final String BODY = "body";
    static final String ANSWER = "answer";
    static final String CLOCK = "clock";
    static final String SCHEMA = "schema";

    private RecordingFormat() {
    }

    /** Puts {@code body} into {@code line} as text when it is UTF-8 (JSON always is), else as base64. */
    static void putBody(ObjectNode line, byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            line.put("text", text);
        } catch (CharacterCodingException notText) {
            line.put("base64", Base64.getEncoder().encodeToString(body));
        }
    }

    /** The body a {@code body} line holds. */
    static byte[] body(JsonNode line) {
        if (line.has("text")) {
            return line.get("text").asText().getBytes(StandardCharsets.UTF_8);
        }
        return Base64.getDecoder().decode(line.path("base64").asText());
    }
}
