package dev.pantherkernel.magics.datalake.result;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CompactJsonTest {

    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "[\"10.0.0.1\"]", "[]", "{}", "[[],{},[[]]]", "{\"a\":1,\"b\":[true,false,null],\"c\":{\"d\":\"e\"}}",
            "[ 1 , -0 , 1.50 , 1e10 , -2.5E-3 , 12345678901234567890123 , 0.1000000000000000055511151231257827 ]",
            "[\"tab\\there\", \"quote \\\" and \\\\ backslash\", \"\\u0001\\u001f\", \"/slash\", \"\\u007f\"]",
            "{\"we\\\"ird \\u0000 key\":\"v\", \"\":\"\", \"ключ\":\"значение\"}",
            "[\"caf\\u00e9 na\\u00efve \\u2028 \\u2029\", \"\\ud83d\\ude00 😀 日本語\", \"\\ud800 lone\"]",
            "[[[[[[[[[[\"deep\"]]]]]]]]]]"})
    void aStructureIsCopiedAsJacksonsGeneratorCopiesIt(String json) throws IOException {
        assertThat(compact(json)).isEqualTo(jackson(json));
    }

    @Property(tries = 300)
    void anyTextInAnArrayOrObjectIsCopiedAsJacksonsGeneratorCopiesIt(@ForAll("texts") String text) throws IOException {
        String json = MAPPER.writeValueAsString(List.of(text, List.of(text), Map.of(text, text)));

        assertThat(compact(json)).isEqualTo(jackson(json));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().all().ofMaxLength(40);
    }

    @Test
    void aVeryLongTextIsCopiedWhole() throws IOException {
        String json = "[\"" + "x\\u00e9\\\"".repeat(20_000) + "\"]";

        assertThat(compact(json)).isEqualTo(jackson(json)).hasSizeGreaterThan(60_000);
    }

    @Test
    void copyingLeavesTheParserAtTheStructuresEndAndEachCopyStandsAlone() throws IOException {
        CompactJson copier = new CompactJson();
        try (JsonParser parser = JSON.createParser("[[1,\"a\"],{\"b\":2},\"after\"]")) {
            parser.nextToken();
            parser.nextToken();
            assertThat(copier.copy(parser).toString()).isEqualTo("[1,\"a\"]");
            assertThat(parser.currentToken()).isEqualTo(JsonToken.END_ARRAY);
            parser.nextToken();
            assertThat(copier.copy(parser).toString()).isEqualTo("{\"b\":2}");
            assertThat(parser.nextToken()).isEqualTo(JsonToken.VALUE_STRING);
        }
    }

    private static String compact(String json) throws IOException {
        try (JsonParser parser = JSON.createParser(json)) {
            parser.nextToken();
            return new CompactJson().copy(parser).toString();
        }
    }

    /** What the reader wrote before: Jackson's generator copying the structure. */
    private static String jackson(String json) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonParser parser = JSON.createParser(json); JsonGenerator generator = JSON.createGenerator(out)) {
            parser.nextToken();
            generator.copyCurrentStructure(parser);
        }
        return out.toString();
    }
}
