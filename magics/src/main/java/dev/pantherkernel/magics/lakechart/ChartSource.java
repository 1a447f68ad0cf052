package dev.pantherkernel.magics.lakechart;

/** What a data lake chart aggregates: a table of the data lake, or the rows of a query (a cell's SQL). */
public sealed interface ChartSource {

    /** The relation after {@code FROM}, aliased {@code t}. */
    String relation();

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
        public String relation() {
            return name + " t";
        }

        @Override
        public String label() {
            return name;
        }
    }

    record Query(String sql) implements ChartSource {
        @Override
        public String relation() {
            // the newline ends a -- comment on the query's last line before the closing parenthesis
            return "(\n" + withoutTrailingSemicolons(sql).indent(4) + ") t";
        }

        @Override
        public String label() {
            return "sql";
        }

        private static String withoutTrailingSemicolons(String sql) {
            String text = sql.strip();
            while (text.endsWith(";")) {
                text = text.substring(0, text.length() - 1).strip();
            }
            return text;
        }
    }
}
