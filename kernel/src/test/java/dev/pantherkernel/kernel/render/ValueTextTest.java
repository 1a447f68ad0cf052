package dev.pantherkernel.kernel.render;

import org.dflib.jjava.jupyter.kernel.display.common.Text;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ValueTextTest {

    @Test
    void aSmallValueIsItsOwnText() {
        assertThat(ValueText.of(42)).isEqualTo("42");
        assertThat(ValueText.of(null)).isEqualTo("null");
        assertThat(ValueText.of(List.of(1, 2))).isEqualTo("[1, 2]");
        assertThat(ValueText.of(new LinkedHashMap<>(Map.of("a", 1)))).isEqualTo("{a=1}");
    }

    @Test
    void aTextLongerThanTheLimitIsCutSayingHowMuchWasLeftOut() {
        String text = ValueText.of(new StringBuilder("y".repeat(250_000)));

        assertThat(text).startsWith("y".repeat(ValueText.MAX_CHARS))
                .endsWith("… 150,000 more characters not shown (250,000 in all): the value itself is whole; "
                        + "print a part of it, or write it to a file");
        assertThat(text.length()).isLessThan(ValueText.MAX_CHARS + 200);
    }

    @Test
    void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        String text = ValueText.cut("a" + "🐾".repeat(ValueText.MAX_CHARS));

        assertThat(text.substring(0, text.indexOf('\n'))).isEqualTo("a" + "🐾".repeat(ValueText.MAX_CHARS / 2 - 1));
    }

    @Test
    void anArrayReadsAsJShellWritesOne() {
        assertThat(ValueText.of(new int[] {1, 2, 3})).isEqualTo("int[3] { 1, 2, 3 }");
        assertThat(ValueText.of(new String[0])).isEqualTo("String[0] { }");
        assertThat(ValueText.of(new int[][] {{1, 2}, {3}})).isEqualTo("int[2][] { int[2] { 1, 2 }, int[1] { 3 } }");
    }

    @Test
    void aBigArrayShowsItsFirstThousandElementsAndHowManyMore() {
        String text = ValueText.of(new long[3_000_000]);

        assertThat(text).startsWith("long[3000000] { 0, 0, ").endsWith(", 0, … 2,999,000 more }");
        assertThat(text.split(", ")).hasSize(ValueText.MAX_ELEMENTS + 1);
    }

    @Test
    void anArrayThatHoldsItselfIsWrittenOnlyAFewLevelsDeep() {
        Object[] self = new Object[1];
        self[0] = self;

        assertThat(ValueText.of(self)).isEqualTo("Object[1] { Object[1] { Object[1] { Object[1] { Object[1] { … 1 more } } } } }");
    }

    @Test
    void aBigJdkListIsWrittenOnlyAsFarAsItIsShown() {
        AtomicInteger written = new AtomicInteger();
        List<Object> counted = new ArrayList<>();
        IntStream.range(0, 5_000).forEach(i -> counted.add(new Object() {
            @Override
            public String toString() {
                written.incrementAndGet();
                return Integer.toString(i);
            }
        }));

        assertThat(ValueText.of(counted)).startsWith("[0, 1, 2").endsWith(", 999, … 4,000 more]");
        assertThat(written).hasValue(ValueText.MAX_ELEMENTS);
    }

    @Test
    void aCollectionWithAToStringOfItsOwnKeepsIt() {
        List<Integer> own = new ArrayList<>(List.of(1, 2)) {
            @Override
            public String toString() {
                return "two numbers";
            }
        };

        assertThat(ValueText.of(own)).isEqualTo("two numbers");
    }

    @Test
    void aCollectionOrMapThatHoldsItselfSaysSo() {
        List<Object> list = new ArrayList<>();
        list.add(list);
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("me", map);

        assertThat(ValueText.of(list)).isEqualTo("[(this Collection)]");
        assertThat(ValueText.of(map)).isEqualTo("{me=(this Map)}");
    }

    @Test
    void theRendererCutsATextThatAnotherRendererWroteWhole() {
        ValueRenderer renderer = new ValueRenderer();
        Text.registerAll(renderer);

        Object shown = renderer.render("z".repeat(300_000)).getData(MIMEType.TEXT_PLAIN);

        assertThat(shown.toString()).hasSizeLessThan(ValueText.MAX_CHARS + 200).contains("200,000 more characters not shown");
    }
}
