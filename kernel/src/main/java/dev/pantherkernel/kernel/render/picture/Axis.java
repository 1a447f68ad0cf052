package dev.pantherkernel.kernel.render.picture;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One axis of a picture: what its values are (numbers, times or categories, as plotly would read them), the range it
 * shows, where on the picture that range lies, and its ticks.
 */
final class Axis {

    enum Kind { NUMBER, TIME, CATEGORY }

    private static final long DAY = 24L * 60 * 60 * 1000;

    private final Kind kind;
    private final Map<String, Integer> categories = new LinkedHashMap<>();
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private double from;
    private double to = 1;

    private Axis(Kind kind) {
        this.kind = kind;
    }

    /**
     * An axis for {@code values}: the kind the layout names ({@code date}, {@code category}, {@code linear}), else
     * numbers when every value reads as one, times when every value reads as one, categories otherwise.
     */
    static Axis of(String layoutType, Collection<JsonNode> values) {
        Kind kind = switch (layoutType == null ? "" : layoutType) {
            case "date" -> Kind.TIME;
            case "category", "multicategory" -> Kind.CATEGORY;
            case "linear", "log" -> Kind.NUMBER;
            default -> detect(values);
        };
        Axis axis = new Axis(kind);
        if (kind == Kind.CATEGORY) {
            values.forEach(v -> {
                if (v != null && !v.isNull()) {
                    axis.categories.putIfAbsent(v.asText(), axis.categories.size());
                }
            });
            axis.include(-0.5);
            axis.include(axis.categories.size() - 0.5);
        }
        return axis;
    }

    private static Kind detect(Collection<JsonNode> values) {
        boolean numbers = true;
        boolean times = true;
        boolean any = false;
        for (JsonNode v : values) {
            if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
                continue;
            }
            any = true;
            numbers &= !Double.isNaN(Numbers.of(v));
            times &= !Double.isNaN(Times.of(v));
        }
        return !any || numbers ? Kind.NUMBER : times ? Kind.TIME : Kind.CATEGORY;
    }

    Kind kind() {
        return kind;
    }

    /** Where a value lies on this axis, in its own units (a number, milliseconds, a category's index); NaN if none. */
    double coordinate(JsonNode value) {
        return switch (kind) {
            case NUMBER -> Numbers.of(value);
            case TIME -> Times.of(value);
            case CATEGORY -> {
                Integer index = value == null || value.isNull() ? null : categories.get(value.asText());
                yield index == null ? Double.NaN : index;
            }
        };
    }

    void include(double coordinate) {
        if (!Double.isNaN(coordinate) && !Double.isInfinite(coordinate)) {
            min = Math.min(min, coordinate);
            max = Math.max(max, coordinate);
        }
    }

    /**
     * Widens the range by {@code fraction} of itself at both ends, or only away from zero when {@code fromZero} (a
     * bar's base stays on the axis).
     */
    void pad(double fraction, boolean fromZero) {
        if (empty() || kind == Kind.CATEGORY) {
            return;
        }
        double span = max > min ? max - min : Math.max(Math.abs(max), 1);
        if (!fromZero || min != 0) {
            min -= span * fraction;
        }
        if (!fromZero || max != 0) {
            max += span * fraction;
        }
    }

    boolean empty() {
        return min > max;
    }

    /** The shortest distance between two of the coordinates: how much room a bar at each of them has. */
    double spacing(Collection<Double> coordinates) {
        if (kind == Kind.CATEGORY) {
            return 1;
        }
        TreeSet<Double> sorted = new TreeSet<>();
        coordinates.stream().filter(c -> !Double.isNaN(c)).forEach(sorted::add);
        double gap = Double.MAX_VALUE;
        Double previous = null;
        for (double c : sorted) {
            if (previous != null && c - previous < gap) {
                gap = c - previous;
            }
            previous = c;
        }
        return gap != Double.MAX_VALUE ? gap : kind == Kind.TIME ? DAY : 1;
    }

    /** Puts the axis's range between two points of the picture ({@code from} shows the lowest value). */
    void place(double fromPixel, double toPixel) {
        if (empty()) {
            min = 0;
            max = 1;
        } else if (min == max) {
            min -= kind == Kind.TIME ? DAY / 2.0 : 0.5;
            max += kind == Kind.TIME ? DAY / 2.0 : 0.5;
        }
        this.from = fromPixel;
        this.to = toPixel;
    }

    double pixel(double coordinate) {
        return from + (coordinate - min) / (max - min) * (to - from);
    }

    /** How many pixels one unit of this axis takes (a category, a millisecond, one). */
    double scale() {
        return Math.abs(to - from) / (max - min);
    }

    double start() {
        return from;
    }

    double end() {
        return to;
    }

    /** Ticks for at most about {@code count} labels. */
    List<Tick> ticks(int count) {
        List<Tick> ticks = new ArrayList<>();
        switch (kind) {
            case TIME -> ticks.addAll(Times.ticks(min, max, count));
            case NUMBER -> {
                for (double t : Numbers.ticks(min, max, Numbers.step(max - min, count))) {
                    ticks.add(Tick.of(t, Numbers.label(t)));
                }
            }
            case CATEGORY -> {
                int stride = Math.max(1, (int) Math.ceil(categories.size() / (double) Math.max(1, count)));
                categories.forEach((name, index) -> {
                    if (index % stride == 0) {
                        ticks.add(Tick.of(index, name));
                    }
                });
            }
        }
        return ticks;
    }

    /** The categories' names (for labels sized before the axis is placed). */
    Collection<String> categoryNames() {
        return categories.keySet();
    }
}
