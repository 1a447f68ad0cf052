package dev.pantherkernel.magics.client;

import java.util.Map;

/** Which Panther permission each operation needs, with the name the console shows for it. */
public final class RequiredPermissions {

    private static final String ALERT_READ = "AlertRead (console: Read Alerts)";
    private static final String ALERT_MODIFY = "AlertModify (console: Manage Alerts)";
    private static final String DATA_LAKE = "DataAnalyticsRead (console: Query Data Lake)";
    private static final String USER_READ = "UserRead (console: Read User Info)";
    private static final String USER_MODIFY = "UserModify (console: Manage Users)";
    private static final String METRICS = "SummaryRead (console: Read Panther Metrics)";

    private static final Map<String, String> BY_OPERATION = Map.ofEntries(
            Map.entry("alert", ALERT_READ), Map.entry("alerts", ALERT_READ),
            Map.entry("updateAlertStatusById", ALERT_MODIFY), Map.entry("updateAlertsAssigneeById", ALERT_MODIFY),
            Map.entry("updateAlertsAssigneeByEmail", ALERT_MODIFY), Map.entry("createAlertComment", ALERT_MODIFY),
            Map.entry("dataLakeDatabases", DATA_LAKE), Map.entry("dataLakeDatabase", DATA_LAKE),
            Map.entry("dataLakeDatabaseTables", DATA_LAKE), Map.entry("dataLakeDatabaseTable", DATA_LAKE),
            Map.entry("executeDataLakeQuery", DATA_LAKE), Map.entry("executeIndicatorSearchQuery", DATA_LAKE),
            Map.entry("dataLakeQuery", DATA_LAKE), Map.entry("dataLakeQueries", DATA_LAKE),
            Map.entry("cancelDataLakeQuery", DATA_LAKE),
            Map.entry("users", USER_READ), Map.entry("userById", USER_READ), Map.entry("userByEmail", USER_READ),
            Map.entry("roles", USER_READ), Map.entry("roleById", USER_READ), Map.entry("roleByName", USER_READ),
            Map.entry("inviteUser", USER_MODIFY), Map.entry("updateUser", USER_MODIFY),
            Map.entry("deleteUser", USER_MODIFY), Map.entry("createRole", USER_MODIFY),
            Map.entry("updateRole", USER_MODIFY), Map.entry("deleteRole", USER_MODIFY),
            Map.entry("metrics", METRICS));

    private RequiredPermissions() {
    }

    /** "the token needs the AlertRead permission (console: Read Alerts)", or a general hint for other operations. */
    public static String describe(String operation) {
        String permission = BY_OPERATION.get(operation);
        return permission == null
                ? "the token lacks the permission this operation needs; ask a Panther admin to add it to the token"
                : "the token needs the " + permission + " permission; ask a Panther admin to add it to the token";
    }
}
