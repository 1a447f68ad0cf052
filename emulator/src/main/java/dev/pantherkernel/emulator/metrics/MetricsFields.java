package dev.pantherkernel.emulator.metrics;

import dev.pantherkernel.emulator.alerts.Alert;
import dev.pantherkernel.emulator.alerts.AlertStore;
import dev.pantherkernel.emulator.alerts.AlertType;
import dev.pantherkernel.emulator.alerts.DetectionOrigins;
import dev.pantherkernel.emulator.alerts.Origins;
import dev.pantherkernel.emulator.alerts.Severity;
import dev.pantherkernel.emulator.auth.Permission;
import dev.pantherkernel.emulator.schema.Input;
import dev.pantherkernel.emulator.schema.RootFields;
import dev.pantherkernel.emulator.schema.SchemaPart;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** {@code metrics}: alert counts from the alerts, event and byte counts from the data lake. */
public final class MetricsFields implements SchemaPart {
    private final AlertStore alerts;
    private final DetectionOrigins detections;
    private final LogVolume volume;
    private final BiFunction<Instant, Instant, Double> bytesQueried;

    /** {@code detections} names the series of {@code alertsPerRule} (a deleted detection by its id). */
    public MetricsFields(AlertStore alerts, DetectionOrigins detections, LogVolume volume,
            BiFunction<Instant, Instant, Double> bytesQueried) {
        this.alerts = alerts;
        this.detections = detections;
        this.volume = volume;
        this.bytesQueried = bytesQueried;
    }

    @Override
    public void wire(RootFields root) {
        root.query("metrics", Permission.SummaryRead, env -> {
            Input in = Input.of(env);
            // bytes are counted by reading every event whole: only when asked for (an events count is cheap)
            boolean bytes = env.getSelectionSet().contains("bytes*") || env.getSelectionSet().contains("totalBytes*");
            return compute(Buckets.of(in.instant("fromDate"), in.instant("toDate"), in.integer("intervalInMinutes")), bytes);
        });
    }

    MetricsOutput compute(Buckets b, boolean measureBytes) throws SQLException {
        List<Alert> inRange = alerts.all().stream()
                .filter(a -> a.type().listing().equals("ALERT") && b.contains(a.createdAt()))
                .toList();

        Map<String, Map<String, Double>> perSeverity = new LinkedHashMap<>();
        for (Severity severity : Severity.values()) {
            perSeverity.put("Rule " + severity, b.zeros());
        }
        Map<String, Double> perRule = new LinkedHashMap<>();
        for (Alert a : inRange) {
            String kind = a.type() == AlertType.POLICY ? "Policy " : "Rule ";
            b.add(perSeverity.computeIfAbsent(kind + a.severity(), k -> b.zeros()), a.createdAt(), 1);
            perRule.merge(a.detectionId(), 1.0, Double::sum);
        }
        List<MetricsOutput.SeriesWithEntityID> rules = new ArrayList<>();
        perRule.forEach((id, count) -> rules.add(new MetricsOutput.SeriesWithEntityID(id, detectionName(id), count)));
        rules.sort(Comparator.comparingDouble(MetricsOutput.SeriesWithEntityID::value).reversed()
                .thenComparing(MetricsOutput.SeriesWithEntityID::entityId));

        Map<String, Map<String, Double>> events = new LinkedHashMap<>();
        Map<String, Map<String, Double>> bytes = new LinkedHashMap<>();
        Map<String, double[]> latency = new LinkedHashMap<>();
        for (LogVolume.Row row : volume.between(b.from(), b.to(), b.width().toMinutes(), measureBytes)) {
            b.add(events.computeIfAbsent(row.logType(), k -> b.zeros()), row.bucket(), row.events());
            b.add(bytes.computeIfAbsent(row.source(), k -> b.zeros()), row.bucket(), row.bytes());
            double[] sum = latency.computeIfAbsent(row.logType(), k -> new double[2]);
            sum[0] += row.latencySeconds();
            sum[1] += row.events();
        }
        double queried = bytesQueried.apply(b.from(), b.to());
        List<MetricsOutput.SeriesWithBreakdown> processed = series(bytes);
        return new MetricsOutput(
                rules,
                series(perSeverity),
                processed.stream().map(s -> new MetricsOutput.Series(s.label(), s.value())).toList(),
                processed,
                List.of(new MetricsOutput.SeriesWithBreakdown("Data Lake", queried, Map.of())),
                series(events),
                latency.entrySet().stream()
                        .map(e -> new MetricsOutput.Series(e.getKey(), e.getValue()[1] == 0 ? 0 : e.getValue()[0] / e.getValue()[1]))
                        .toList(),
                inRange.size(),
                total(processed),
                total(processed),
                queried,
                total(series(events)));
    }

    private String detectionName(String id) {
        return detections.find(id).map(Origins.Detection::name).orElse(id);
    }

    private static List<MetricsOutput.SeriesWithBreakdown> series(Map<String, Map<String, Double>> breakdowns) {
        List<MetricsOutput.SeriesWithBreakdown> out = new ArrayList<>();
        breakdowns.forEach((label, breakdown) -> out.add(new MetricsOutput.SeriesWithBreakdown(label,
                breakdown.values().stream().mapToDouble(Double::doubleValue).sum(), breakdown)));
        return out;
    }

    private static double total(List<MetricsOutput.SeriesWithBreakdown> series) {
        return series.stream().mapToDouble(MetricsOutput.SeriesWithBreakdown::value).sum();
    }
}
