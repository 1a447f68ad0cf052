package dev.pantherkernel.kernel.render;

import java.lang.reflect.Array;
import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.Collection;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The plain text of a cell's value that has no renderer of its own, bounded: a front end that is sent tens of megabytes
 * of output for one cell freezes, or drops it (Jupyter server's IOPub rate limit), and the kernel holds it again in its
 * history. An array reads as JShell shows one ({@code int[3] { 1, 2, 3 }}) rather than {@code [I@5592301d}; a big
 * array or JDK collection is written only as far as it is shown; any text past {@link #MAX_CHARS} is cut, with a line
 * saying how much. The value itself stays whole in the cell's variables.
 */
public final class ValueText {

    /** The most characters of a value's text that go to the notebook. */
    public static final int MAX_CHARS = 100_000;
    /** The most elements of an array, collection or map that are written. */
    static final int MAX_ELEMENTS = 1_000;
    /** Arrays within arrays are written this deep; deeper ones by their type and length only. */
    private static final int MAX_DEPTH = 4;

    private ValueText() {
    }

    public static String of(Object value) {
        return cut(text(value));
    }

    /** {@code text} as the notebook gets it: whole up to {@link #MAX_CHARS}, else its start and what was left out. */
    static String cut(String text) {
        return cut(text, MAX_CHARS, "the value itself is whole; print a part of it, or write it to a file");
    }

    /** {@code text} up to {@code max} characters, then a line saying how much was left out and {@code whereWhole}. */
    static String cut(String text, int max, String whereWhole) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
        return text.substring(0, end) + String.format(Locale.ROOT, "%n… %,d more characters not shown (%,d in all): %s",
                text.length() - end, text.length(), whereWhole);
    }

    private static String text(Object value) {
        if (value == null) {
            return "null";
        }
        if (value.getClass().isArray()) {
            return array(value, 0);
        }
        if (value instanceof Collection<?> collection && writtenBy(value, AbstractCollection.class)) {
            return elements(collection.iterator(), collection.size(), "[", "]",
                    item -> item == collection ? "(this Collection)" : element(item, 0));
        }
        if (value instanceof Map<?, ?> map && writtenBy(value, AbstractMap.class)) {
            return elements(map.entrySet().iterator(), map.size(), "{", "}", item -> {
                Map.Entry<?, ?> entry = (Map.Entry<?, ?>) item;
                return (entry.getKey() == map ? "(this Map)" : element(entry.getKey(), 0)) + "="
                        + (entry.getValue() == map ? "(this Map)" : element(entry.getValue(), 0));
            });
        }
        return String.valueOf(value);
    }

    /** Whether the value's toString is the JDK's own of {@code base}: then writing fewer elements loses nothing else. */
    private static boolean writtenBy(Object value, Class<?> base) {
        try {
            return value.getClass().getMethod("toString").getDeclaringClass() == base;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** @param depth how deep in arrays this one lies: an array that holds itself must not be written forever */
    private static String array(Object array, int depth) {
        int length = Array.getLength(array);
        // the length goes in the first brackets, as Java writes the array's creation: int[2][] for int[][] of 2
        String component = array.getClass().getComponentType().getSimpleName();
        int bracket = component.indexOf('[');
        String base = bracket < 0 ? component : component.substring(0, bracket);
        String rest = bracket < 0 ? "" : component.substring(bracket);
        Iterator<Object> items = IntStream.range(0, length).mapToObj(i -> Array.get(array, i)).iterator();
        String listed = listed(items, length, depth >= MAX_DEPTH ? 0 : MAX_ELEMENTS, item -> element(item, depth + 1));
        return base + "[" + length + "]" + rest + (listed.isEmpty() ? " { }" : " { " + listed + " }");
    }

    /** As the JDK writes a collection or map, up to {@link #MAX_ELEMENTS} of its elements. */
    private static String elements(Iterator<?> items, int size, String open, String close, Function<Object, String> element) {
        return open + listed(items, size, MAX_ELEMENTS, element) + close;
    }

    /**
     * Up to {@code most} of {@code size} items, each as {@code write} has it, while the text stays under
     * {@link #MAX_CHARS}, then how many more there are; joined by commas.
     */
    private static String listed(Iterator<?> items, int size, int most, Function<Object, String> write) {
        StringJoiner joined = new StringJoiner(", ");
        int shown = 0;
        while (items.hasNext() && shown < most && joined.length() <= MAX_CHARS) {
            joined.add(write.apply(items.next()));
            shown++;
        }
        if (shown < size) {
            joined.add(String.format(Locale.ROOT, "… %,d more", size - shown));
        }
        return joined.toString();
    }

    /** An element: a nested array as JShell writes one, anything else as its own text. */
    private static String element(Object item, int depth) {
        return item != null && item.getClass().isArray() ? array(item, depth) : String.valueOf(item);
    }
}
