package dev.pantherkernel.magics.client;

import java.util.List;
import java.util.Map;

/** Which Panther permission each operation needs, with the name the console shows for it. */
final class RequiredPermissions {

    private static final String ALERT_READ = "AlertRead (console: Read Alerts)";
    private static final String ALERT_MODIFY = "AlertModify (console: Manage Alerts)";
    private static final String DATA_LAKE = "DataAnalyticsRead (console: Query Data Lake)";
    private static final String USER_READ = "UserRead (console: Read User Info)";
    private static final String USER_MODIFY = "UserModify (console: Manage Users)";
    private static final String METRICS = "SummaryRead (console: Read Panther Metrics)";
    private static final String RULE_READ = "RuleRead (console: View Rules)";
    private static final String RULE_MODIFY = "RuleModify (console: Manage Rules)";
    private static final String POLICY_READ = "PolicyRead (console: View Policies)";
    private static final String POLICY_MODIFY = "PolicyModify (console: Manage Policies)";
    private static final String SAVED_QUERIES = "DataAnalyticsModify (console: Manage Saved Searches)";
    private static final String SOURCE_READ = "LogSourceRead (console: View Log Sources)";
    private static final String SOURCE_MODIFY = "LogSourceModify (console: Manage Log Sources)";
    private static final String TOKEN_READ = "OrganizationAPITokenRead (console: Read API Token Info)";
    private static final String TOKEN_MODIFY = "OrganizationAPITokenModify (console: Manage API Tokens)";

    /** REST paths by their first segment: what reading them needs, and what changing them needs. */
    private static final Map<String, List<String>> BY_REST_PATH = Map.ofEntries(
            Map.entry("alerts", List.of(ALERT_READ, ALERT_MODIFY)), Map.entry("alert-comments", List.of(ALERT_READ, ALERT_MODIFY)),
            Map.entry("rules", List.of(RULE_READ, RULE_MODIFY)), Map.entry("scheduled-rules", List.of(RULE_READ, RULE_MODIFY)),
            Map.entry("simple-rules", List.of(RULE_READ, RULE_MODIFY)), Map.entry("data-models", List.of(RULE_READ, RULE_MODIFY)),
            Map.entry("globals", List.of(RULE_READ, RULE_MODIFY)), Map.entry("policies", List.of(POLICY_READ, POLICY_MODIFY)),
            Map.entry("queries", List.of(DATA_LAKE, SAVED_QUERIES)), Map.entry("log-sources", List.of(SOURCE_READ, SOURCE_MODIFY)),
            Map.entry("users", List.of(USER_READ, USER_MODIFY)), Map.entry("roles", List.of(USER_READ, USER_MODIFY)),
            Map.entry("api-tokens", List.of(TOKEN_READ, TOKEN_MODIFY)));

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
        String permission = BY_OPERATION.containsKey(operation) ? BY_OPERATION.get(operation) : restPermission(operation);
        return permission == null
                ? "the token lacks the permission this operation needs; ask a Panther admin to add it to the token"
                : "the token needs the " + permission + " permission; ask a Panther admin to add it to the token";
    }

    /** For {@code GET /rules/{id}}: the read permission of {@code rules}; for any other method, the change permission. */
    private static String restPermission(String operation) {
        int space = operation.indexOf(' ');
        if (space < 0 || operation.length() < space + 2 || operation.charAt(space + 1) != '/') {
            return null;
        }
        String path = operation.substring(space + 2);
        String resource = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        List<String> permissions = BY_REST_PATH.get(resource);
        return permissions == null ? null : permissions.get(operation.startsWith("GET ") ? 0 : 1);
    }
}
