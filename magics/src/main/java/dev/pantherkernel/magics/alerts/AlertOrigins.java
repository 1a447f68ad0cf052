package dev.pantherkernel.magics.alerts;

import dev.pantherkernel.magics.core.Internal;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * What raised each alert, in the columns a reader looks at. Panther's {@code AlertOrigin} is a union: a
 * {@code Detection} (id, name, type), a {@code DeletedDetection} (only its id) or a {@code SystemError}
 * (related component, type). Flattened as it comes, a deleted detection's alerts have an empty {@code origin.name}
 * and would fall out of a chart by detection; here they say {@code (deleted detection <id>)}. A detection's
 * {@code type} (RULE, POLICY ...) is selected under an alias, because GraphQL does not let two members of a union
 * give one response key different enum types (DetectionType, SystemErrorType); it is moved into {@code origin.type}
 * beside the system errors' own.
 */
@Internal
public final class AlertOrigins {

    /** The GraphQL selection of an alert's origin, with the alias {@link #readable} reads. */
    public static final String SELECTION = "origin { __typename ... on Detection { id name " + AlertOrigins.DETECTION_TYPE
            + ": type } ... on DeletedDetection { id } ... on SystemError { relatedComponent type } }";

    static final String DETECTION_TYPE = "detectionType";
    private static final String TYPENAME = "origin.__typename";
    private static final String ID = "origin.id";
    private static final String NAME = "origin.name";
    private static final String TYPE = "origin.type";
    private static final String ALIASED_TYPE = "origin." + DETECTION_TYPE;

    private AlertOrigins() {
    }

    /** How an alert of a detection that no longer exists is named wherever detections are named. */
    public static String deletedDetection(String id) {
        return "(deleted detection " + id + ")";
    }

    /**
     * The table with deleted detections named in {@code origin.name} and every origin's type in {@code origin.type}
     * (after the name); a table without the origin columns (a selection of other fields) is returned as it is.
     */
    public static Table readable(Table alerts) {
        if (!alerts.containsColumn(TYPENAME) || !alerts.containsColumn(NAME)) {
            return alerts;
        }
        Column<?> kind = alerts.column(TYPENAME);
        Column<?> ids = alerts.containsColumn(ID) ? alerts.column(ID) : null;
        Column<?> given = alerts.column(NAME);
        StringColumn names = StringColumn.create(NAME);
        for (int row = 0; row < alerts.rowCount(); row++) {
            boolean deleted = !kind.isMissing(row) && "DeletedDetection".equals(kind.getString(row));
            append(names, deleted && ids != null && !ids.isMissing(row) ? deletedDetection(ids.getString(row))
                    : given.isMissing(row) ? null : given.getString(row));
        }
        alerts.replaceColumn(NAME, names);
        if (alerts.containsColumn(ALIASED_TYPE)) {
            Column<?> detectionTypes = alerts.column(ALIASED_TYPE);
            Column<?> errorTypes = alerts.containsColumn(TYPE) ? alerts.column(TYPE) : detectionTypes;
            StringColumn types = StringColumn.create(TYPE);
            for (int row = 0; row < alerts.rowCount(); row++) {
                Column<?> from = detectionTypes.isMissing(row) ? errorTypes : detectionTypes;
                append(types, from.isMissing(row) ? null : from.getString(row));
            }
            if (alerts.containsColumn(TYPE)) {
                alerts.removeColumns(TYPE);
            }
            alerts.replaceColumn(ALIASED_TYPE, types);
        }
        return alerts;
    }

    private static void append(StringColumn column, String value) {
        if (value == null) {
            column.appendMissing();
        } else {
            column.append(value);
        }
    }
}
