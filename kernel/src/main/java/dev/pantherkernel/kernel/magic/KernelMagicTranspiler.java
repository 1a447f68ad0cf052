package dev.pantherkernel.kernel.magic;

import org.dflib.jjava.jupyter.kernel.magic.MagicTranspiler;
import org.dflib.jjava.jupyter.kernel.magic.ParsedCellMagic;
import org.dflib.jjava.jupyter.kernel.magic.ParsedLineMagic;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.List;

/**
 * Turns {@code %name args} lines into Java calls to {@link MagicCalls}. Unlike jjava 1.0-a6's own transpiler it
 * ends the call with a plain {@code ;}, so a magic's value is the cell's value, and it encodes arguments as UTF-8
 * whatever the JVM's default charset.
 */
public final class KernelMagicTranspiler extends MagicTranspiler {

    private static final Pattern UNESCAPED_QUOTE = Pattern.compile("(?<!\\\\)\"");
    private static final String CALLS = MagicCalls.class.getName();

    @Override
    public String transpileLine(ParsedLineMagic magic) {
        if (insideStringLiteral(magic.linePrefix)) {
            return magic.raw;
        }
        return leadingWhitespace(magic.raw) + CALLS + ".line(" + encoded(magic.magicCall.name)
                + argumentList(magic.magicCall.args) + ");";
    }

    @Override
    public String transpileCell(ParsedCellMagic magic) {
        return CALLS + ".cell(" + encoded(magic.magicCall.name) + ", " + encoded(magic.magicCall.body)
                + argumentList(magic.magicCall.args) + ");";
    }

    /** The matched text starts with the spaces before the {@code %}; keeping them keeps error columns right. */
    private static String leadingWhitespace(String raw) {
        int i = 0;
        while (i < raw.length() && Character.isWhitespace(raw.charAt(i))) {
            i++;
        }
        return raw.substring(0, i);
    }

    private static boolean insideStringLiteral(String linePrefix) {
        boolean inString = false;
        Matcher quotes = UNESCAPED_QUOTE.matcher(linePrefix);
        while (quotes.find()) {
            inString = !inString;
        }
        return inString;
    }

    private static String argumentList(List<String> args) {
        return args.stream().map(a -> ", " + encoded(a)).collect(Collectors.joining());
    }

    /** Base64 keeps any character of an argument out of Java's quoting rules. */
    private static String encoded(String text) {
        return "\"" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "\"";
    }
}
