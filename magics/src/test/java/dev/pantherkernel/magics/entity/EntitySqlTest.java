package dev.pantherkernel.magics.entity;

import dev.pantherkernel.magics.datalake.catalog.CatalogTable.CatalogColumn;
import dev.pantherkernel.magics.datalake.catalog.CatalogTable;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EntitySqlTest {

    private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-08T00:00:00Z");

    private static CatalogTable table(String database, String name, String logType, String... columns) {
        List<CatalogColumn> all = new ArrayList<>();
        for (String c : List.of("p_event_time", "p_log_type")) {
            all.add(new CatalogColumn(c, "timestamp", ""));
        }
        for (String c : columns) {
            all.add(new CatalogColumn(c, "variant", ""));
        }
        return new CatalogTable(database, name, logType, "", all);
    }

    private static final CatalogTable TRAIL = table("panther_logs.public", "aws_cloudtrail", "AWS.CloudTrail", "eventName", "userAgent",
            "p_any_ip_addresses", "p_any_usernames", "p_any_aws_arns", "p_any_trace_ids");
    private static final CatalogTable OKTA = table("panther_logs.public", "okta_systemlog", "Okta.SystemLog", "eventType", "outcome",
            "client", "p_any_ip_addresses", "p_any_usernames", "p_any_emails", "p_enrichment");
    private static final CatalogTable FLOW = table("panther_logs.public", "aws_vpcflow", "AWS.VPCFlow", "action", "p_any_ip_addresses");

    private static EntitySql sql(String value, String family) {
        return new EntitySql(new EntityRequest(value, family, FROM, TO));
    }

    @Test
    void writesTheValueAsAQuotedLiteralNeverAsCode() {
        String text = sql("x') OR 1=1 --\\", "p_any_usernames").events(List.of(TRAIL)).orElseThrow();

        assertThat(text).contains("ARRAY_CONTAINS('x'') OR 1=1 --' || CHR(92)::VARIANT, p_any_usernames)")
                .contains("p_event_time >= TIMESTAMP '2026-11-01 00:00:00.000' AND p_event_time < TIMESTAMP '2026-11-08 00:00:00.000'");
    }

    @Test
    void asksOnlyTheTablesThatHoldTheEntitysColumnInOneUnion() {
        String text = sql("alice@example.com", "p_any_emails").events(List.of(TRAIL, OKTA, FLOW)).orElseThrow();

        assertThat(text).contains("FROM panther_logs.public.okta_systemlog")
                .as("CloudTrail has no emails but user names, where the email's local part may be")
                .contains("'name link' AS matched_as").contains("FROM panther_logs.public.aws_cloudtrail")
                .doesNotContain("aws_vpcflow");
        assertThat(sql("alice@example.com", "p_any_emails").events(List.of(FLOW))).isEmpty();
    }

    @Test
    void readsTheActionAndCountryWhereTheLogTypeKnowsThemAndNullElsewhere() {
        String text = sql("203.0.113.9", "p_any_ip_addresses").events(List.of(OKTA, FLOW)).orElseThrow();

        assertThat(text).contains("eventType || ':' || outcome:result::VARCHAR AS action")
                .contains("client:geographicalContext.country::VARCHAR AS country")
                .contains("'aws_vpcflow' AS p_table").contains("action AS action, NULL AS user_agent, NULL AS country")
                .contains("NULL AS p_any_emails").contains("NULL AS p_enrichment");
    }

    @Test
    void anEmailAlsoFindsTheUserNameOfItsLocalPartMarkedAsALinkCandidate() {
        String text = sql("Jordan.Lee@Example.com", "p_any_emails").events(List.of(TRAIL, OKTA)).orElseThrow();

        assertThat(text).contains("ARRAY_CONTAINS('jordan.lee'::VARIANT, p_any_usernames)")
                .contains("CASE WHEN ARRAY_CONTAINS('jordan.lee@example.com'::VARIANT, p_any_emails) THEN 'entity' ELSE 'name link' END");
    }

    @Test
    void aUserNameAlsoFindsEmailsWhoseLocalPartItIs() {
        String text = sql("jordan.lee", "p_any_usernames").events(List.of(OKTA)).orElseThrow();

        assertThat(text).contains("CONTAINS(LOWER(',' || ARRAY_TO_STRING(p_any_emails, ',')), ',jordan.lee@')");
    }

    @Test
    void aGuessOfTwoFamiliesLooksInBothWhereTheTableHasThem() {
        String text = new EntitySql(new EntityRequest("jordan.lee", List.of("p_any_domain_names", "p_any_usernames"), FROM, TO))
                .events(List.of(TRAIL)).orElseThrow();

        assertThat(text).contains("AND (ARRAY_CONTAINS('jordan.lee'::VARIANT, p_any_usernames))").doesNotContain("p_any_domain_names");
    }

    @Test
    void ruleMatchesAreCountedPerAlertInOneQuery() {
        CatalogTable matches = table("panther_rule_matches.public", "aws_cloudtrail", "AWS.CloudTrail", "p_any_ip_addresses",
                "p_alert_id", "p_rule_id", "p_rule_severity");

        String text = sql("203.0.113.9", "p_any_ip_addresses").matches(List.of(matches)).orElseThrow();

        assertThat(text).contains("FROM panther_rule_matches.public.aws_cloudtrail")
                .contains("GROUP BY p_alert_id, p_rule_id, p_rule_severity");
        assertThat(sql("203.0.113.9", "p_any_ip_addresses").matches(List.of(TRAIL))).as("not a rule-match table").isEmpty();
    }

    @Test
    void lookupTablesAreAskedForAnAddressOnlyWhenTheyExist() {
        CatalogTable tor = table("panther_lookups.public", "tor_exit_nodes", "Tor.ExitNode", "ip");
        CatalogTable otx = table("panther_lookups.public", "otx_pulses", "", "indicator", "name", "adversary");

        String text = sql("203.0.113.9", "p_any_ip_addresses").lookups(List.of(tor, otx)).orElseThrow();

        assertThat(text).contains("FROM panther_lookups.public.tor_exit_nodes WHERE ip = '203.0.113.9'")
                .contains("FROM panther_lookups.public.otx_pulses WHERE indicator = '203.0.113.9'");
        assertThat(sql("203.0.113.9", "p_any_ip_addresses").lookups(List.of())).isEmpty();
        assertThat(sql("alice", "p_any_usernames").lookups(List.of(tor, otx))).isEmpty();
    }
}
