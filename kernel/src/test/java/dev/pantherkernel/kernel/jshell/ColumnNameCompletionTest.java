package dev.pantherkernel.kernel.jshell;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnNameCompletionTest {

    private final Table alerts = Table.create("alerts", StringColumn.create("id"), StringColumn.create("severity"),
            StringColumn.create("status"), InstantColumn.create("createdAt"), StringColumn.create("assignee.email"));
    private final ColumnNameCompletion completion = new ColumnNameCompletion(
            name -> Optional.ofNullable(Map.<String, Object>of("alerts", alerts, "text", "not a table").get(name)));

    private Optional<JavaCodeAssist.Completion> at(String code) {
        return completion.complete(code, code.length());
    }

    @Test
    void theColumnsOfTheVariablesTableAreOfferedInsideAColumnArgument() {
        String code = "alerts.stringColumn(\"se";

        assertThat(at(code)).hasValueSatisfying(c -> {
            assertThat(c.candidates()).containsExactly("severity");
            assertThat(c.start()).isEqualTo(code.length() - 2);
            assertThat(c.end()).isEqualTo(code.length());
        });
    }

    @Test
    void namesThatStartWithWhatIsTypedComeBeforeNamesThatContainIt() {
        assertThat(at("var x = alerts.column(\"s").orElseThrow().candidates()).containsExactly("severity", "status",
                "assignee.email");
    }

    @Test
    void aLaterArgumentOfASelectIsCompletedToo() {
        assertThat(at("alerts.select(\"id\", \"crea").orElseThrow().candidates()).containsExactly("createdAt");
        assertThat(at("alerts.select(\"id\",\n        \"STAT").orElseThrow().candidates()).containsExactly("status");
    }

    @Test
    void nothingIsOfferedOutsideAColumnArgumentOrForAVariableThatHoldsNoTable() {
        assertThat(at("alerts.setName(\"se")).isEmpty();
        assertThat(at("alerts.column(\"se\")")).isEmpty();
        assertThat(at("text.column(\"se")).isEmpty();
        assertThat(at("missing.column(\"se")).isEmpty();
        assertThat(at("alerts.column(\"zzz")).isEmpty();
    }
}
