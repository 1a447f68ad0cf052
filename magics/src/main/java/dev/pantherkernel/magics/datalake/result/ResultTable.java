package dev.pantherkernel.magics.datalake.result;

import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.table.ColumnKind;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows of a result, a page at a time, and the table they make. Pages are kept as they were read (typed arrays,
 * texts as codes in the result's {@link TextDictionaries}) and the table's columns are made once, at the end, each
 * in one piece ({@link ColumnJoin}): no value is appended to a growing Tablesaw column. A result may also be joined
 * from several, in order ({@link #joined}): the parts of a partitioned query.
 */
@Internal
public final class ResultTable implements PageTarget {

    private final TextDictionaries dictionaries;
    /** Every dictionary the pages read into: this result's, and those of the parts it was joined from. */
    private final List<TextDictionaries> readInto = new ArrayList<>();
    private final List<PageRows> pages = new ArrayList<>();
    private final List<Integer> counts = new ArrayList<>();
    private ColumnLayout layout;
    private long rows;
    private Table table;
    private final Map<String, String> inferredKinds = new LinkedHashMap<>();

    private ResultTable(TextDictionaries dictionaries) {
        this.dictionaries = dictionaries;
        readInto.add(dictionaries);
    }

    /** No columns until the first page comes ({@link #begin}). */
    public static ResultTable none() {
        return new ResultTable(new TextDictionaries());
    }

    /** The columns of {@code page}, no rows yet. */
    public static ResultTable like(PageRows page) {
        ResultTable table = none();
        table.begin(page);
        return table;
    }

    /** The rows of {@code parts}, one after another: they must have the same columns. */
    public static ResultTable joined(List<ResultTable> parts) {
        ResultTable all = none();
        for (ResultTable part : parts) {
            if (part.layout == null) {
                continue;
            }
            if (all.layout == null) {
                all.layout = part.layout;
            }
            all.readInto.add(part.dictionaries);
            for (int i = 0; i < part.pages.size(); i++) {
                all.append(part.pages.get(i), part.counts.get(i));
            }
        }
        return all;
    }

    @Override
    public TextDictionaries dictionaries() {
        return dictionaries;
    }

    @Override
    public void begin(PageRows first) {
        layout = first.layout();
    }

    @Override
    public void append(PageRows page, int count) {
        pages.add(page);
        counts.add(count);
        rows += count;
    }

    @Override
    public long rowCount() {
        return rows;
    }

    /**
     * The table of every row, made on the first call (later calls give the same table). Each column's page chunks
     * are let go once the column is made, so the rows are in memory about once, not twice, while it is made.
     */
    public Table table(String name) {
        if (table != null) {
            return table;
        }
        if (layout == null) {
            return table = Table.create(name);
        }
        return table = Table.create(name, whileNoPageIsRead(0));
    }

    /** The columns, made with every dictionary's lock held: no reader still at a page (stopped early) adds to one. */
    private List<Column<?>> whileNoPageIsRead(int lock) {
        if (lock < readInto.size()) {
            synchronized (readInto.get(lock)) {
                return whileNoPageIsRead(lock + 1);
            }
        }
        if (pages.isEmpty()) {
            append(PageRows.empty(layout), 0);
        }
        int total = Math.toIntExact(rows);
        List<Column<?>> columns = new ArrayList<>(layout.size());
        for (int c = 0; c < layout.size(); c++) {
            ColumnJoin join = pages.get(0).chunk(c).join(layout.name(c), total);
            for (int p = 0; p < pages.size(); p++) {
                join.add(pages.get(p).chunk(c), counts.get(p));
                pages.get(p).release(c);
            }
            columns.add(join.column());
            ColumnKind inferred = join.inferredKind();
            if (inferred != null) {
                inferredKinds.put(layout.name(c), inferred.name().toLowerCase(Locale.ROOT));
            }
        }
        pages.clear();
        return columns;
    }

    /**
     * The columns whose kind their values decided, and the kind they got (lower case: {@code long}, {@code instant});
     * known once {@link #table} was made.
     */
    public Map<String, String> inferredKinds() {
        return inferredKinds;
    }
}
