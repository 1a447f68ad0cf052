package dev.pantherkernel.magics.redact;

import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.table.PartialResultException;
import dev.pantherkernel.magics.table.Result;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Tables, texts and errors with consistent pseudonyms in place of emails, IPs, user names and ARNs. */
class RedactionTest {

    private final Redaction redaction = on(RedactionSettings.everyKind());

    private static Redaction on(RedactionSettings settings) {
        Redaction redaction = new Redaction();
        redaction.use(settings);
        return redaction;
    }

    private static String all(Table table) {
        StringBuilder out = new StringBuilder();
        table.columns().forEach(c -> {
            for (int i = 0; i < c.size(); i++) {
                out.append(c.getString(i)).append('\n');
            }
        });
        return out.toString();
    }

    private static Table logins() {
        return Table.create("logins",
                StringColumn.create("who", "jordan.lee@example.com", "sam.kim@example.com", "jordan.lee@example.com"),
                StringColumn.create("ip", "203.0.113.9", "2001:db8::7", "203.0.113.9"),
                StringColumn.create("userName", "jordan.lee", "Sam Kim", ""),
                StringColumn.create("event", "{\"actor\":{\"alternateId\":\"jordan.lee@example.com\",\"displayName\":\"Jordan Lee\","
                        + "\"type\":\"User\"},\"client\":{\"ipAddress\":\"203.0.113.9\"},\"count\":1.50}",
                        "{\"p_any_usernames\":[\"skim\"],\"arn\":\"arn:aws:iam::123456789012:user/skim\"}", "[]"),
                StringColumn.create("title", "AWS console login without MFA by jordan.lee", "Okta admin privileges granted", "x"),
                LongColumn.create("n", 1, 2, 3));
    }

    @Test
    void noOriginalValueIsLeftInTheTableAndTheShapeStays() {
        Table redacted = redaction.table(logins());

        assertThat(all(redacted)).doesNotContain("jordan.lee", "sam.kim", "203.0.113.9", "2001:db8::7", "Sam Kim", "Jordan Lee",
                "skim", "123456789012");
        assertThat(redacted.columnNames()).isEqualTo(logins().columnNames());
        assertThat(redacted.rowCount()).isEqualTo(3);
        assertThat(redacted.stringColumn("who").get(0)).matches("user-[0-9a-f]{12}@redacted\\.example");
        assertThat(redacted.stringColumn("ip").get(1)).matches("ip-[0-9a-f]{12}\\.redacted");
        assertThat(redacted.stringColumn("userName").get(1)).matches("name-[0-9a-f]{12}\\.redacted");
        assertThat(redacted.stringColumn("userName").isMissing(2)).as("a missing value stays missing").isTrue();
        assertThat(redacted.longColumn("n").asList()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void jsonTextStaysJsonWithItsKeysTypesAndOtherValues() {
        String event = redaction.table(logins()).stringColumn("event").get(0);

        assertThat(event).startsWith("{\"actor\":{\"alternateId\":\"user-").contains("\"type\":\"User\"")
                .contains("\"count\":1.50").contains("\"displayName\":\"name-").contains("\"ipAddress\":\"ip-");
    }

    @Test
    void theSameValueReadsTheSameInEveryTableSoJoinsMatchAsBefore() {
        Table left = redaction.table(logins());
        Table right = redaction.table(Table.create("alerts",
                StringColumn.create("assignee.email", "jordan.lee@example.com", "nobody@example.com"),
                StringColumn.create("srcAddr", "203.0.113.9", "198.51.100.1")));

        Table joined = left.joinOn("who").inner(right, "assignee.email");

        assertThat(joined.rowCount()).isEqualTo(logins().joinOn("who").inner(Table.create("alerts",
                StringColumn.create("assignee.email", "jordan.lee@example.com", "nobody@example.com")), "assignee.email").rowCount())
                .isEqualTo(2);
        assertThat(right.stringColumn("srcAddr").get(0)).isEqualTo(left.stringColumn("ip").get(0));
        assertThat(left.stringColumn("event").get(0)).contains(left.stringColumn("who").get(0)).contains(left.stringColumn("ip").get(0));
    }

    @Test
    void aUserNameKnownFromAFieldOrAnEmailIsReplacedInFreeTextButNoOrdinaryWordIs() {
        Table redacted = redaction.table(logins());
        String userName = redacted.stringColumn("userName").get(0);

        assertThat(redacted.stringColumn("title").get(0)).isEqualTo("AWS console login without MFA by " + userName);
        assertThat(redacted.stringColumn("title").get(1)).isEqualTo("Okta admin privileges granted");
        assertThat(redaction.text("a later footer names jordan.lee and Sam Kim")).doesNotContain("jordan.lee", "Sam Kim")
                .contains(userName);
    }

    @Test
    void redactingARedactedTableChangesNothing() {
        Table once = redaction.table(logins());

        Table twice = redaction.table(once);

        assertThat(twice).isSameAs(once);
    }

    @Test
    void namedColumnsLoseEveryValueAndANumberColumnBecomesText() {
        Redaction named = on(new RedactionSettings(true, EnumSet.of(RedactedKind.IP), List.of("TITLE", "n")));

        Table redacted = named.table(logins());

        assertThat(redacted.stringColumn("title").asList()).allMatch(v -> v.matches("value-[0-9a-f]{12}\\.redacted"));
        assertThat(redacted.column("n")).isInstanceOf(StringColumn.class);
        assertThat(redacted.stringColumn("who").get(0)).as("emails were not asked for").isEqualTo("jordan.lee@example.com");
        assertThat(redacted.stringColumn("ip").get(0)).startsWith("ip-");
    }

    @Test
    void offLeavesTablesAndTextsAsTheyAre() {
        Redaction off = new Redaction();
        Table table = logins();

        assertThat(off.table(table)).isSameAs(table);
        assertThat(off.text("jordan.lee@example.com")).isEqualTo("jordan.lee@example.com");
    }

    @Test
    void theFooterCountsTheDistinctValuesReplacedByKind() {
        Result result = redaction.result(Result.newResult(logins()).operation("sql").detail("query 7 from 203.0.113.9").build());

        assertThat(result.redaction()).isEqualTo("redacted: 2 emails, 2 IPs, 4 user names, 1 ARN (consistent pseudonyms; "
                + "the original values stay in this kernel)");
        assertThat(result.footer()).contains(result.redaction());
        assertThat(String.join(" ", result.footer())).doesNotContain("203.0.113.9");
        assertThat(redaction.result(Result.newResult(Table.create("t", StringColumn.create("s", "nothing here"))).build()).redaction())
                .isEqualTo("redaction on: no value to replace");
    }

    @Test
    void anErrorKeepsItsKindAndItsCaretStaysUnderThePlace() {
        UsageException error = new UsageException("no user 203.0.113.9 in jordan.lee@example.com's table");
        String sql = "WHERE ip = '203.0.113.9' AND x = 1";
        PantherException withLines = new PantherException("query failed", List.of(sql, " ".repeat(sql.indexOf('x')) + "^"));

        RuntimeException shown = redaction.failure(error);
        PantherException placed = (PantherException) redaction.failure(withLines);

        assertThat(shown).isInstanceOf(PantherException.class).hasMessageNotContaining("203.0.113.9").hasMessageNotContaining("jordan");
        assertThat(((PantherException) shown).kind()).isEqualTo("UsageException");
        String line = placed.details().get(0);
        assertThat(line).doesNotContain("203.0.113.9");
        assertThat(line.charAt(placed.details().get(1).indexOf('^'))).as("the caret is under x").isEqualTo('x');
    }

    @Test
    void aPartialResultKeepsItsRowsRedacted() {
        PartialResultException partial = new PartialResultException("stopped at 203.0.113.9", Result.newResult(logins()).build(), null);

        PartialResultException shown = (PartialResultException) redaction.failure(partial);

        assertThat(shown.getMessage()).doesNotContain("203.0.113.9");
        assertThat(all(shown.result().table())).doesNotContain("203.0.113.9", "jordan.lee");
    }

    @Test
    void aJsonBodyForARecordingHoldsPseudonymsOnly() {
        String body = "{\"data\":{\"users\":[{\"email\":\"jordan.lee@example.com\",\"givenName\":\"Jordan\"}]},"
                + "\"variables\":{\"sql\":\"SELECT * FROM t WHERE ip = '203.0.113.9'\"}}";

        String recorded = redaction.json(body);

        assertThat(recorded).doesNotContain("jordan.lee", "203.0.113.9", "\"Jordan\"").startsWith("{\"data\":{\"users\":[{\"email\":\"user-");
    }

    @Test
    void aJavaValueGoesToAQueryWithItsPseudonymsAsTheirOriginals() {
        Table redacted = redaction.table(logins());
        String who = redacted.stringColumn("who").get(0);
        String ip = redacted.stringColumn("ip").get(0);

        assertThat(redaction.original(who)).isEqualTo("jordan.lee@example.com");
        assertThat(redaction.original(List.of(who, ip, 3))).isEqualTo(List.of("jordan.lee@example.com", "203.0.113.9", 3));
        assertThat(redaction.original(new String[] {ip})).isEqualTo(List.of("203.0.113.9"));
        assertThat(redaction.original(Map.of("k", who))).isEqualTo(Map.of("k", "jordan.lee@example.com"));
        assertThat(redaction.sentValues().whole(ip)).isEqualTo("203.0.113.9");
        assertThat(redaction.original(Set.of(7))).isEqualTo(List.of(7));
    }
}
