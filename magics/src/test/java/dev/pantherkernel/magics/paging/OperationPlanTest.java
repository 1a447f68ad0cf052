package dev.pantherkernel.magics.paging;

import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.client.GraphQLRequest;
import dev.pantherkernel.magics.table.ColumnKind;
import dev.pantherkernel.magics.table.ColumnSpec;
import dev.pantherkernel.magics.testing.ApiSchema;
import dev.pantherkernel.magics.graphql.RowTarget;
import graphql.language.AstPrinter;
import graphql.language.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OperationPlanTest {

    private OperationPlan plan(String text, String path) {
        Document document = new OperationCheck(ApiSchema.get()).parseAndValidate(text);
        return OperationPlan.of(ApiSchema.get(), document, null, path);
    }

    private static String printed(PagedDocument paged) {
        return AstPrinter.printAstCompact(paged.document());
    }

    @Test
    void pageInfoAndACursorVariableAreAddedWhenTheOperationLacksThem() {
        OperationPlan plan = plan("{ alerts(input: {createdAtAfter: \"2026-01-01T00:00:00Z\", "
                + "createdAtBefore: \"2026-02-01T00:00:00Z\"}) { edges { node { id } } } }", null);

        PagedDocument paged = plan.paging().orElseThrow();
        assertThat(printed(paged)).contains("($pantherCursor:String)").contains("cursor:$pantherCursor")
                .contains("pageInfo{hasNextPage endCursor}");
        assertThat(paged.cursor().next(GraphQLRequest.query("alerts", "q", Map.of()), "c2").variables())
                .containsEntry("pantherCursor", "c2");
        new OperationCheck(ApiSchema.get()).parseAndValidate(AstPrinter.printAst(paged.document()));
    }

    @Test
    void aCursorInsideAnInputVariableIsSetInThatVariable() {
        OperationPlan plan = plan("query($in: AlertsInput!) { alerts(input: $in) { edges { node { id } } "
                + "pageInfo { hasNextPage } } }", null);

        PagedDocument paged = plan.paging().orElseThrow();
        assertThat(printed(paged)).doesNotContain("pantherCursor").contains("pageInfo{hasNextPage endCursor}");
        GraphQLRequest next = paged.cursor().next(GraphQLRequest.query("alerts", "q",
                Map.of("in", Map.of("pageSize", 5))), "c9");
        assertThat(next.variables().get("in")).isEqualTo(Map.of("pageSize", 5, "cursor", "c9"));
    }

    @Test
    void theFirstConnectionIsTheDefaultAndPathChoosesAnother() {
        String text = "{ alerts(input: {detectionId: \"d\"}) { edges { node { id } } } "
                + "dataLakeQueries { edges { node { sql } } } }";

        assertThat(plan(text, null).target().dottedPath()).isEqualTo("alerts");
        assertThat(plan(text, "dataLakeQueries").target().dottedPath()).isEqualTo("dataLakeQueries");
        assertThat(plan(text, null).connectionPaths()).containsExactly("alerts", "dataLakeQueries");
        assertThatThrownBy(() -> plan(text, "users")).isInstanceOf(PantherException.class)
                .hasMessageContaining("--path users is not selected");
    }

    @Test
    void aNestedConnectionHasADottedPath() {
        OperationPlan plan = plan("{ alert(id: \"a\") { title events { edges { node } } } }", null);

        assertThat(plan.target().dottedPath()).isEqualTo("alert.events");
        assertThat(printed(plan.paging().orElseThrow())).contains("events(input:{cursor:$pantherCursor})");
    }

    @Test
    void aConnectionWithoutEdgesAndNodeSaysWhatToSelect() {
        assertThatThrownBy(() -> plan("{ alerts(input: {detectionId: \"d\"}) { pageInfo { hasNextPage } } }", null))
                .hasMessageContaining("select edges { node { ... } } under alerts");
    }

    @Test
    void listsAndObjectsAreTablesToo() {
        assertThat(plan("{ users { email } }", null).target().shape()).isEqualTo(RowTarget.Shape.LIST);
        assertThat(plan("{ generalSettings { pantherVersion } }", null).target().shape()).isEqualTo(RowTarget.Shape.OBJECT);
        assertThat(plan("{ users { email } }", null).paging()).isEmpty();
    }

    @Test
    void theSchemaItselfIsAFieldAndTheListItWrapsIsTheRows() {
        OperationPlan types = plan("{ __schema { types { name } } }", null);
        OperationPlan alert = plan("{ __type(name: \"Alert\") { name fields { name } } }", null);

        assertThat(types.target().dottedPath()).isEqualTo("__schema.types");
        assertThat(types.target().shape()).isEqualTo(RowTarget.Shape.LIST);
        assertThat(types.introspects()).isTrue();
        assertThat(alert.target().dottedPath()).isEqualTo("__type");
        assertThat(alert.listsInsideTheRow()).containsExactly("__type.fields");
        assertThat(plan("{ generalSettings { pantherVersion } }", null).target().dottedPath()).isEqualTo("generalSettings");
        assertThat(plan("{ users { email } }", null).introspects()).isFalse();
    }

    @Test
    void columnsFollowTheSelectionWithTypesFromTheSchema() {
        OperationPlan plan = plan("{ alerts(input: {detectionId: \"d\"}) { edges { node { id createdAt severity "
                + "origin { ... on Detection { name } ... on SystemError { type } } assignee { email } } } } }", null);

        List<ColumnSpec> columns = new ColumnPlanner(ApiSchema.get(), plan.fragments())
                .plan(plan.target().rowType(), plan.target().rowSelection(), "node");

        assertThat(columns).extracting(ColumnSpec::name)
                .containsExactly("id", "createdAt", "severity", "origin.name", "origin.type", "assignee.email");
        assertThat(columns).extracting(ColumnSpec::kind).containsExactly(ColumnKind.STRING, ColumnKind.INSTANT,
                ColumnKind.STRING, ColumnKind.STRING, ColumnKind.STRING, ColumnKind.STRING);
    }

    @Test
    void quotedEnumValuesAreWrittenAsEnums() {
        Document fixed = new OperationCheck(ApiSchema.get()).parseAndValidate(
                "{ alerts(input: {detectionId: \"d\", severities: [\"HIGH\"], sortDir: \"ascending\"}) { edges { node { id } } } }");

        assertThat(AstPrinter.printAstCompact(fixed)).contains("severities:[HIGH]").contains("sortDir:ascending");
    }
}
