package dev.pantherkernel.emulator.demo;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the sample data is generated from: the same settings (and the same code) make the same data.
 *
 * @param tableScales log tables at a scale of their own: table name to its scale
 */
public record DemoSettings(long seed, double scale, int days, Map<String, Double> tableScales) {
    /** The demo a newcomer gets, which the build packs. */
    public static final DemoSettings DEFAULT = new DemoSettings(DefaultDemo.SEED, DefaultDemo.SCALE, DefaultDemo.DAYS, Map.of());

    public DemoSettings {
        // sorted, so that the same settings read the same whatever order the tables were given in
        tableScales = Map.copyOf(new TreeMap<>(tableScales));
    }

    /** The settings as one line of text, the same for equal settings: {@code seed=7 scale=2.0 days=365 aws_vpcflow=3.0}. */
    String describe() {
        StringBuilder out = new StringBuilder("seed=" + seed + " scale=" + scale + " days=" + days);
        new TreeMap<>(tableScales).forEach((table, value) -> out.append(' ').append(table).append('=').append(value));
        return out.toString();
    }
}
