package dev.pantherkernel.magics.datalake.indicator;

import dev.pantherkernel.magics.core.UsageException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IndicatorKindTest {

    @Test
    void guessesTheFamilyFromTheValuesShape() {
        assertThat(IndicatorKind.guess("203.0.113.9")).isEqualTo("p_any_ip_addresses");
        assertThat(IndicatorKind.guess("2001:db8::1")).isEqualTo("p_any_ip_addresses");
        assertThat(IndicatorKind.guess("jordan.lee@example.com")).isEqualTo("p_any_emails");
        assertThat(IndicatorKind.guess("arn:aws:iam::123456789012:user/svc-backup-admin")).isEqualTo("p_any_aws_arns");
        assertThat(IndicatorKind.guess("123456789012")).isEqualTo("p_any_aws_account_ids");
        assertThat(IndicatorKind.guess("AKIA6DF80906A7196E1C")).isEqualTo("p_any_trace_ids");
        assertThat(IndicatorKind.guess("i-0a1b2c3d4e5f60718")).isEqualTo("p_any_aws_instance_ids");
        assertThat(IndicatorKind.guess("00:1a:2b:3c:4d:5e")).isEqualTo("p_any_mac_addresses");
        assertThat(IndicatorKind.guess("d41d8cd98f00b204e9800998ecf8427e")).isEqualTo("p_any_md5_hashes");
        assertThat(IndicatorKind.guess("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")).isEqualTo("p_any_sha256_hashes");
        assertThat(IndicatorKind.guess("bulkhosting.example")).isEqualTo("p_any_domain_names");
        assertThat(IndicatorKind.guess("svc-backup-admin")).isEqualTo("p_any_usernames");
        assertThat(IndicatorKind.guesses("jordan.lee")).as("a dotted name may be a domain or a user name")
                .containsExactly("p_any_domain_names", "p_any_usernames");
        assertThat(IndicatorKind.guesses("203.0.113.9")).containsExactly("p_any_ip_addresses");
    }

    @Test
    void anEntityIsLookedForInTheFamilyNamedOrGuessedAndNeverInAFreeTextSearch() {
        assertThat(IndicatorKind.entityFamilies("--kind", null, "10.0.0.1")).containsExactly("p_any_ip_addresses");
        assertThat(IndicatorKind.entityFamilies("--kind", "user", "10.0.0.1")).containsExactly("p_any_usernames");
        assertThatThrownBy(() -> IndicatorKind.entityFamilies("--kind", "TextSearch", "x")).isInstanceOf(UsageException.class)
                .hasMessageStartingWith("--kind: TextSearch is not a kind of entity");
    }

    @Test
    void theShortWordsAndPanthersNamesAreOneVocabulary() {
        assertThat(IndicatorKind.named("ip")).hasValue("p_any_ip_addresses");
        assertThat(IndicatorKind.named("P_ANY_EMAILS")).hasValue("p_any_emails");
        assertThat(IndicatorKind.named("textsearch")).hasValue("TextSearch");
        assertThatThrownBy(() -> IndicatorKind.parse("--kind", "emial", "search")).isInstanceOf(UsageException.class)
                .hasMessage("--kind: 'emial' is not an indicator kind; did you mean email? (`%panther help search` lists them)");
    }
}
