package dev.pantherkernel.kernel.render.picture;

import java.util.Locale;

/**
 * Writes SVG elements. Coordinates are rounded to a tenth of a pixel, which keeps a picture of a year of daily bars
 * small; text is escaped for XML, which also makes it safe inside HTML.
 */
final class Svg {

    /** A font every browser and image viewer has; plotly's own falls back to the same family. */
    static final String FONT = "Helvetica, Arial, sans-serif";
    /** Text and lines that read on a light and on a dark page alike (the colour the figures' JSON uses). */
    static final String NEUTRAL = "#808080";
    static final String GRID = "rgba(128,128,128,0.25)";

    private final StringBuilder out = new StringBuilder(4096);

    Svg open(String name, String... attributes) {
        out.append('<').append(name);
        attributes(attributes);
        out.append('>');
        return this;
    }

    Svg close(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    /** An element without content. */
    Svg empty(String name, String... attributes) {
        out.append('<').append(name);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    Svg text(double x, double y, String text, String... attributes) {
        out.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y)).append('"');
        attributes(attributes);
        out.append('>');
        escaped(text);
        out.append("</text>");
        return this;
    }

    Svg escaped(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    // XML 1.0 refuses most control characters; a value from a log may hold one
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        out.append(c);
                    }
                }
            }
        }
        return this;
    }

    private void attributes(String... pairs) {
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                out.append(' ').append(pairs[i]).append("=\"");
                escaped(pairs[i + 1]);
                out.append('"');
            }
        }
    }

    /** A coordinate as SVG wants it: at most one decimal, none when whole. */
    static String number(double value) {
        long tenths = Math.round(value * 10);
        if (tenths % 10 == 0) {
            return Long.toString(tenths / 10);
        }
        return String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }

    /** How wide a text is drawn at {@code size} px, near enough to lay labels out (capitals and digits are wider). */
    static double width(String text, double size) {
        double ems = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            ems += Character.isUpperCase(c) || Character.isDigit(c) ? 0.67 : c == ' ' || c == '.' || c == ',' ? 0.3 : 0.53;
        }
        return ems * size;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
