package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.table.WordLists;
import dev.pantherkernel.magics.values.Permission;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.selection.Selection;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A role's permissions as people read them ({@code AlertRead, UserModify}, not the JSON list the API gives), in the
 * roles table ({@code permissions}) and in the users table ({@code role.permissions}), and "who holds this
 * permission" as a filter on either.
 */
final class RolePermissions {

    static final String OF_ROLE = "permissions";
    static final String OF_USERS_ROLE = "role.permissions";

    private RolePermissions() {
    }

    /**
     * What a command makes of the rows: the {@code column} of permissions made readable, then only the rows that hold
     * every one of {@code wanted} (all rows when it is empty), at most {@code limit} (0: all).
     */
    static UnaryOperator<Table> readableHolding(String column, List<Permission> wanted, long limit) {
        List<String> names = names(wanted);
        return table -> {
            if (!table.containsColumn(column)) {
                return table;
            }
            table.replaceColumn(column, WordLists.readable(table.column(column)));
            if (wanted.isEmpty()) {
                return table;
            }
            Column<?> held = table.column(column);
            Selection holding = Selection.with();
            for (int row = 0; row < table.rowCount(); row++) {
                Set<String> permissions = held.isMissing(row) ? Set.of()
                        : Arrays.stream(held.getString(row).split(",")).map(String::strip).collect(Collectors.toSet());
                if (permissions.containsAll(names)) {
                    holding.add(row);
                }
            }
            Table kept = table.where(holding);
            return limit > 0 && kept.rowCount() > limit ? kept.first((int) limit) : kept;
        };
    }

    /** The footer's words for the filter: "users whose role holds UserModify". */
    static String holding(String who, List<Permission> wanted) {
        return who + " holds " + String.join(" and ", names(wanted));
    }

    /** The permissions as the API and the tables spell them. */
    static List<String> names(List<Permission> permissions) {
        return permissions.stream().map(Enum::name).toList();
    }
}
