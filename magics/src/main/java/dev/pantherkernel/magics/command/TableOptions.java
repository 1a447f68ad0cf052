package dev.pantherkernel.magics.command;

import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Options every table-making command takes. */
final class TableOptions {

    @Option(names = "--as", paramLabel = "NAME", converter = JavaNameConverter.class, description = "Also bind the table to the Java variable NAME.")
    String as;

    @Option(names = "--limit", paramLabel = "N", description = "Stop after N rows (the result says it was cut short).")
    long limit;

    @Option(names = "--columns", paramLabel = "A,B", split = ",", description = "Keep only these columns, in this order.")
    List<String> columns = new ArrayList<>();

    @Option(names = "--full", description = "Show this table whole: every row, whole values, the whole footer (see `display`).")
    boolean full;

    public String as() {
        return as;
    }

    public long limit() {
        return limit;
    }

    /** The columns asked for, each once: a column named twice ({@code --columns id,id}) is kept at its first place. */
    public List<String> columns() {
        return List.copyOf(new LinkedHashSet<>(columns));
    }

    public boolean full() {
        return full;
    }
}
