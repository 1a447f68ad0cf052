package dev.pantherkernel.magics.lakechart;

import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.datalake.sql.DerivedSql;

/** What a data lake chart aggregates: a table of the data lake, or the rows of a query (a cell's SQL). */
@Internal
public sealed interface ChartSource {

    /** The relation after {@code FROM}, aliased {@code t}. */
    default String relation() {
        return relationSql().text();
    }

    /** {@link #relation()}, derived from the SQL the user wrote (a query's; nothing of a table's). */
    DerivedSql relationSql();

    /** How the options name it, for errors that say what a chart's SQL was generated from. */
    String option();

    /** The name the chart's title and footer give it. */
    String label();

    /** A data lake table, bare ({@code aws_cloudtrail}) or qualified ({@code panther_logs.public.aws_cloudtrail}). */
    static ChartSource table(String name) {
        return new Table(SqlNames.table("--table", name));
    }

    /** The rows of a query, aggregated as a subquery. */
    static ChartSource query(String sql) {
        return new Query(sql);
    }

    record Table(String name) implements ChartSource {
        @Override
        public DerivedSql relationSql() {
            return DerivedSql.newDerivedSql("").write(name + " t").build();
        }

        @Override
        public String option() {
            return "--table " + name;
        }

        @Override
        public String label() {
            return name;
        }
    }

    record Query(String sql) implements ChartSource {
        /**
         * The query stripped of surrounding blanks and trailing semicolons, each line indented, in parentheses: the
         * newline before the closing one ends a -- comment on the query's last line.
         */
        @Override
        public DerivedSql relationSql() {
            int start = 0;
            while (start < sql.length() && Character.isWhitespace(sql.charAt(start))) {
                start++;
            }
            int end = sql.length();
            while (end > start && (Character.isWhitespace(sql.charAt(end - 1)) || sql.charAt(end - 1) == ';')) {
                end--;
            }
            DerivedSql.Builder out = DerivedSql.newDerivedSql(sql).write("(\n");
            int line = start;
            while (line < end) {
                int newline = sql.indexOf('\n', line);
                int lineEnd = newline < 0 || newline > end ? end : newline;
                int contentEnd = lineEnd > line && sql.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
                out.write("    ").copy(line, contentEnd).write("\n");
                line = lineEnd + 1;
            }
            return out.write(") t").build();
        }

        @Override
        public String option() {
            return "the cell's query with --chart";
        }

        @Override
        public String label() {
            return "sql";
        }
    }
}
