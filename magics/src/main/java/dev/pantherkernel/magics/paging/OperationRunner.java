package dev.pantherkernel.magics.paging;

import dev.pantherkernel.magics.client.GraphQLErrorException;
import dev.pantherkernel.magics.client.GraphQLRequest;
import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.graphql.CursorBinding;
import dev.pantherkernel.magics.graphql.InvalidOperationException;
import dev.pantherkernel.magics.graphql.RowTarget;
import dev.pantherkernel.magics.graphql.TextPlace;
import dev.pantherkernel.magics.graphql.TypeNames;
import dev.pantherkernel.magics.table.ColumnSelection;
import dev.pantherkernel.magics.table.JsonRowsTableBuilder;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.table.RowSink;
import dev.pantherkernel.magics.table.RowTableBuilder;
import dev.pantherkernel.magics.table.SelectedRowsTableBuilder;
import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;

import java.time.Duration;
import java.util.Optional;

/**
 * Runs a GraphQL operation into a table: validates it against the schema, rewrites it to page its connection,
 * follows every page, and builds typed columns from the schema. When the server gives no schema, the operation is
 * only parsed (Panther validates it), paged by its shape, and its columns are typed by their values.
 */
@Internal
public final class OperationRunner {

    private final Connection connection;
    private final PageListener listener;

    public OperationRunner(Connection connection, PageListener listener) {
        this.connection = connection;
        this.listener = listener;
    }

    public Result run(Operation operation) {
        long started = System.nanoTime();
        TextPlace place = new TextPlace(operation.firstLine());
        Document document = checked(operation.text(), place);
        GraphQLSchema schema = connection.schema().orElse(null);
        OperationPlan plan = OperationPlan.of(schema, document, operation.operationName(), operation.path());
        RowTarget target = plan.target();
        Document sent = document;
        CursorBinding cursor = null;
        String pageInfoKey = null;
        if (operation.paging() && !plan.mutation() && plan.paging().isPresent()) {
            var rewritten = plan.paging().get();
            sent = rewritten.document();
            cursor = rewritten.cursor();
            pageInfoKey = rewritten.pageInfoKey();
        }
        sent = SentStrings.of(sent, connection.client().sentValues());
        String query = AstPrinter.printAst(sent);
        GraphQLRequest request = new GraphQLRequest(query, operation.variables(), operation.operationName(),
                plan.mutation(), plan.rootField());
        RowSink sink = sinkFor(plan, target, operation.label());
        Fetched fetched;
        try {
            fetched = new Pager(connection.client(), connection.heap()).fetch(PageRequest.newPageRequest(request, target)
                    .cursor(cursor, pageInfoKey).limit(operation.limit()).listener(listener).build(), sink);
        } catch (GraphQLErrorException e) {
            throw placed(e, sent, query, operation.text(), place);
        }
        Result.Builder result = Result.newResult(ColumnSelection.keep(operation.finish().apply(sink.table()), operation.columns()))
                .operation(operation.label())
                .endpoint(connection.endpoint().uri().getHost())
                .elapsed(Duration.ofNanos(System.nanoTime() - started));
        if (schema == null) {
            result.detail("types from the values (no schema)");
        }
        if (plan.connectionPaths().size() > 1 && target.shape() == RowTarget.Shape.CONNECTION) {
            result.detail("rows from " + target.dottedPath() + " (also selected: "
                    + String.join(", ", plan.connectionPaths().stream().filter(p -> !p.equals(target.dottedPath())).toList())
                    + "; choose with --path)");
        }
        if (!plan.listsInsideTheRow().isEmpty()) {
            result.detail("one row; lists in it, each a table of its own with --path: "
                    + String.join(", ", plan.listsInsideTheRow()));
        }
        if (plan.introspects()) {
            result.detail("`%panther schema [Type[.field]]` shows the schema as tables");
        }
        FetchReport.pageByPage(operation.limit(), null).apply(fetched, result);
        // a truncated fetch was neither interrupted nor failed, so this follows the --limit warning directly
        if (target.shape() == RowTarget.Shape.CONNECTION && cursor == null && !plan.mutation()
                && !operation.paging() && fetched.truncated()) {
            result.warning("--no-paging: only the first page was fetched");
        }
        return result.build();
    }


    /** Panther's error, pointing at the line and column of the user's text it is about, when it names one. */
    private static GraphQLErrorException placed(GraphQLErrorException e, Document sent, String query, String text,
                                                TextPlace place) {
        GraphQLErrorException.GraphQLError first = e.errors().get(0);
        if (first.line() <= 0) {
            return e;
        }
        return SentLocations.original(sent, query, first.line(), first.column())
                .map(at -> e.at(place.describe(at.getLine(), at.getColumn()),
                        TextPlace.caret(text, at.getLine(), at.getColumn())))
                .orElse(e);
    }

    /** Parsed, and validated against the schema when there is one; a schema kept on disk is asked for again before it refuses. */
    private Document checked(String text, TextPlace place) {
        Document parsed = OperationCheck.parse(text, place);
        Optional<GraphQLSchema> schema = connection.schema();
        if (schema.isEmpty()) {
            return parsed;
        }
        try {
            return new OperationCheck(schema.get()).validate(parsed, text, place);
        } catch (InvalidOperationException invalid) {
            if (!connection.reloadCachedSchema()) {
                throw invalid;
            }
            return connection.schema().map(fresh -> new OperationCheck(fresh).validate(parsed, text, place)).orElse(parsed);
        }
    }

    private static RowSink sinkFor(OperationPlan plan, RowTarget target, String label) {
        if (plan.schema() == null) {
            return target.rowSelection() == null ? new JsonRowsTableBuilder(label)
                    : new SelectedRowsTableBuilder(label, new ColumnPlanner(null, plan.fragments()).leafPaths(target.rowSelection()));
        }
        boolean jsonRows = target.rowSelection() == null
                && TypeNames.named(target.rowType()) instanceof GraphQLScalarType s
                && s.getName().equals("JSON");
        if (jsonRows) {
            return new JsonRowsTableBuilder(label);
        }
        String leafName = target.path().get(target.path().size() - 1);
        return new RowTableBuilder(label, new ColumnPlanner(plan.schema(), plan.fragments())
                .plan(target.rowType(), target.rowSelection(), leafName));
    }

}
