package dev.pantherkernel.magics.datalake.sql;

import dev.pantherkernel.magics.client.SentValues;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pseudonym in data lake SQL goes to Panther as its original, quoted as any value is: from a variable, a list, or a
 * string literal written in the SQL. An original with quotes or backslashes never becomes code.
 */
class PseudonymsInSqlTest {

    private static final String NAME = "name-0123456789ab.redacted";
    private static final String IP = "ip-0123456789ab.redacted";
    private static final Map<String, String> ORIGINALS = Map.of(NAME, "o'brien\\x", IP, "203.0.113.9");
    private static final SentValues SENT = new SentValues() {
        @Override
        public String whole(String value) {
            return ORIGINALS.getOrDefault(value, value);
        }

        @Override
        public String within(String text) {
            String out = text;
            for (Map.Entry<String, String> e : ORIGINALS.entrySet()) {
                out = out.replace(e.getKey(), e.getValue());
            }
            return out;
        }

        @Override
        public boolean replacesAny() {
            return true;
        }
    };

    private static String fill(String sql, Map<String, Object> variables) {
        return SqlTemplate.fill(ParsedSql.of(sql), name -> Optional.ofNullable(variables.get(name)), (n, v) -> String.valueOf(v), SENT).sql();
    }

    @Test
    void aVariableHoldingAPseudonymIsBoundAsItsOriginalSafelyQuoted() {
        assertThat(fill("SELECT * FROM t WHERE who = {who}", Map.of("who", NAME)))
                .isEqualTo("SELECT * FROM t WHERE who = 'o''brien' || CHR(92) || 'x'");
        assertThat(fill("SELECT * FROM t WHERE ip IN {ips}", Map.of("ips", List.of(IP, "198.51.100.7"))))
                .isEqualTo("SELECT * FROM t WHERE ip IN ('203.0.113.9', '198.51.100.7')");
    }

    @Test
    void aPseudonymWrittenInAStringLiteralIsWrittenAgainAsItsOriginal() {
        assertThat(fill("SELECT * FROM t WHERE ip = '" + IP + "' AND msg LIKE '%from " + IP + "%'", Map.of()))
                .isEqualTo("SELECT * FROM t WHERE ip = '203.0.113.9' AND msg LIKE '%from 203.0.113.9%'");
        assertThat(fill("SELECT * FROM t WHERE who = '" + NAME + "'", Map.of()))
                .isEqualTo("SELECT * FROM t WHERE who = 'o''brien' || CHR(92) || 'x'");
    }

    @Test
    void aLiteralWithoutPseudonymsAndCommentsAndNamesStayAsWritten() {
        String sql = "SELECT \"" + IP + "\" FROM t -- " + IP + "\nWHERE a = 'it''s' AND b = 'x\\y " + IP + "'";

        assertThat(fill(sql, Map.of())).as("a literal with a backslash is Snowflake's to read").isEqualTo(sql);
    }
}
