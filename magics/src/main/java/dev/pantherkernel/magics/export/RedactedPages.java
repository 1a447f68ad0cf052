package dev.pantherkernel.magics.export;

import dev.pantherkernel.magics.datalake.result.ResultSink.ResultColumn;
import dev.pantherkernel.magics.datalake.result.ResultSink;
import dev.pantherkernel.magics.redact.Redaction;
import tech.tablesaw.api.Table;

import java.util.List;

/**
 * The pages of a streamed result on their way to a file, through the session's redaction: the file never holds a
 * value redaction replaces, and a column whose every value becomes a pseudonym ({@code --columns}) is written as text.
 */
final class RedactedPages implements ResultSink {

    private final ResultSink file;
    private final Redaction redaction;
    private final Redaction.Counted counted;

    RedactedPages(ResultSink file, Redaction redaction, Redaction.Counted counted) {
        this.file = file;
        this.redaction = redaction;
        this.counted = counted;
    }

    @Override
    public void begin(List<ResultColumn> columns) {
        file.begin(columns.stream().map(c -> new ResultColumn(c.name(), c.type(), redaction.kindOf(c.name(), c.kind()))).toList());
    }

    @Override
    public void page(Table rows) {
        file.page(redaction.table(rows, counted));
    }
}
