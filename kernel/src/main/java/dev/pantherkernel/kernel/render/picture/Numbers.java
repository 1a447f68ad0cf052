package dev.pantherkernel.kernel.render.picture;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/** Numbers on an axis: values read from plotly's JSON, "nice" tick steps (1, 2 or 5 times a power of ten), labels. */
final class Numbers {

    private Numbers() {
    }

    /** The value as a number: a JSON number, or text that holds one ({@code "12.0"}); NaN otherwise. */
    static double of(JsonNode value) {
        if (value == null || value.isNull()) {
            return Double.NaN;
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        String text = value.asText().trim();
        if (text.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** A step of 1, 2, 2.5 or 5 times a power of ten that cuts {@code span} into at most about {@code count} parts. */
    static double step(double span, int count) {
        if (!(span > 0)) {
            return 1;
        }
        double raw = span / Math.max(1, count);
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * power >= raw) {
                return m * power;
            }
        }
        return 10 * power;
    }

    /** The multiples of {@code step} from {@code min} to {@code max}. */
    static List<Double> ticks(double min, double max, double step) {
        List<Double> ticks = new ArrayList<>();
        for (double t = Math.ceil(min / step - 1e-9) * step; t <= max + step * 1e-9; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0 : t);
        }
        return ticks;
    }

    /** A tick's label as plotly writes it: {@code 1200} as {@code 1.2k}, {@code 3000000} as {@code 3M}. */
    static String label(double value) {
        double magnitude = Math.abs(value);
        if (magnitude >= 1e9) {
            return plain(value / 1e9) + "B";
        }
        if (magnitude >= 1e6) {
            return plain(value / 1e6) + "M";
        }
        if (magnitude >= 1e3) {
            return plain(value / 1e3) + "k";
        }
        return plain(value);
    }

    private static String plain(double value) {
        // a tick is a multiple of its step: rounding to 4 significant places drops binary noise (0.30000000000000004)
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }
}
