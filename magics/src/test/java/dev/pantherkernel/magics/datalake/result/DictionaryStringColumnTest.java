package dev.pantherkernel.magics.datalake.result;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tech.tablesaw.api.StringColumn;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.function.Supplier;
import tech.tablesaw.api.Table;

/** A string column made in bulk from a dictionary behaves exactly like one appended value by value. */
class DictionaryStringColumnTest {

    @Property(tries = 200)
    void aColumnMadeFromCodesAnswersLikeOneAppendedValueByValue(@ForAll("texts") List<String> texts) {
        assertSameColumn(texts);
    }

    /** Past the short keys, Tablesaw keeps mostly distinct values as plain text (1 repeat) and others with int keys. */
    @Example
    void moreDistinctValuesThanAByteOrAShortKeyHoldAreKept() {
        int[][] distinctAndRepeats = {{254, 1}, {255, 3}, {65_535, 1}, {65_535, 3}};
        for (int[] shape : distinctAndRepeats) {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < shape[0]; i++) {
                texts.add("value " + i);
                for (int r = 1; r < shape[1]; r++) {
                    texts.add(i % 7 == 0 ? null : "value " + (i / 2));
                }
            }
            assertSameColumn(texts);
        }
    }

    @Example
    void textsInTheDictionaryThatNoRowHoldsAreNotCategories() {
        TextDictionary dictionary = new TextDictionary();
        int kept = dictionary.code("kept");
        dictionary.code("read but not kept");

        StringColumn column = DictionaryStringColumn.of("s", dictionary, new int[] {kept, kept}, 2);

        assertThat(column.countUnique()).isEqualTo(1);
        assertThat(column.unique().asList()).containsExactly("kept");
        assertThat(column.isEqualTo("read but not kept").size()).isZero();
    }

    @Example
    void lookingUpTextByItsCharactersFindsTheSameCodeAsByTheString() {
        TextDictionary dictionary = new TextDictionary();
        char[] chars = "xxhello worldxx".toCharArray();
        int code = dictionary.code(chars, 2, 11, 0);

        assertThat(dictionary.code("hello world")).isEqualTo(code);
        assertThat(dictionary.code(chars, 2, 5, 1)).isNotEqualTo(code);
        assertThat(dictionary.value(code)).isEqualTo("hello world");
        for (int i = 0; i < 10_000; i++) {
            assertThat(dictionary.code("v" + i)).isEqualTo(dictionary.code(("v" + i).toCharArray(), 0, ("v" + i).length(), i));
        }
        assertThat(dictionary.size()).isEqualTo(10_000 + 2);
    }

    @Property(tries = 200)
    void theHashOfCharactersInABufferIsTheHashOfTheirString(@ForAll @StringLength(max = 23) String text,
                                                           @ForAll @IntRange(max = 5) int before) {
        char[] buffer = ("<".repeat(before) + text + ">").toCharArray();

        assertThat(TextDictionary.hash(buffer, before, text.length())).isEqualTo(text.hashCode());
    }

    /** What a call gives, or the kind of exception it throws (a plain-text column cannot count by category). */
    private static Object answer(Supplier<Object> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            return e.getClass().getName();
        }
    }

    private static Object categories(StringColumn column) {
        Table counts = column.countByCategory().sortOn("Category");
        return List.of(counts.column(0).asList(), counts.column(1).asList());
    }

    @Provide
    Arbitrary<List<String>> texts() {
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(3).withChars("ab "),
                Arbitraries.of(""), Arbitraries.strings().ofMaxLength(12).injectNull(0.2));
        return text.list().ofMaxSize(400);
    }

    private static void assertSameColumn(List<String> texts) {
        TextDictionary dictionary = new TextDictionary();
        int[] codes = new int[texts.size()];
        StringColumn appended = StringColumn.create("s");
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            codes[i] = text == null ? DictionaryStringColumn.MISSING : dictionary.code(text);
            appended.append(text);
        }
        StringColumn bulk = DictionaryStringColumn.of("s", dictionary, codes, texts.size());

        assertThat(bulk.asList()).isEqualTo(appended.asList());
        assertThat(bulk.isMissing()).isEqualTo(appended.isMissing());
        assertThat(bulk.countUnique()).isEqualTo(appended.countUnique());
        assertThat(bulk.countMissing()).isEqualTo(appended.countMissing());
        assertThat(bulk.asSet()).isEqualTo(appended.asSet());
        assertThat(answer(() -> categories(bulk))).isEqualTo(answer(() -> categories(appended)));
        for (String probe : List.of("a", "b", "", "value 1", "absent")) {
            assertThat(bulk.isEqualTo(probe)).isEqualTo(appended.isEqualTo(probe));
        }
        StringColumn sortedBulk = bulk.copy();
        sortedBulk.sortAscending();
        StringColumn sortedAppended = appended.copy();
        sortedAppended.sortAscending();
        assertThat(sortedBulk.asList()).isEqualTo(sortedAppended.asList());
        // the column goes on growing as any other
        for (String more : List.of("a", "new value", "", "value 1")) {
            bulk.append(more);
            appended.append(more);
        }
        if (bulk.size() > 0) {
            bulk.set(0, "changed");
            appended.set(0, "changed");
        }
        assertThat(bulk.asList()).isEqualTo(appended.asList());
        assertThat(bulk.countUnique()).isEqualTo(appended.countUnique());
    }
}
