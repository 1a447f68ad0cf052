package dev.pantherkernel.magics.entity;

import dev.pantherkernel.magics.datalake.catalog.CatalogTable;

import java.util.Map;

/**
 * What an entity's profile reads from an event besides its indicator fields, for the log types whose schema says
 * where: the action (an event name, with its outcome where the log has one), the user agent and the country. Other
 * log types give none of them, and the profile still counts their events.
 *
 * @param action    SQL for the action, or null
 * @param userAgent SQL for the user agent, or null
 * @param country   SQL for the country the event came from, or null
 */
record LogTypeFields(String action, String userAgent, String country) {

    static final LogTypeFields NONE = new LogTypeFields(null, null, null);

    private static final Map<String, LogTypeFields> KNOWN = Map.of(
            "AWS.CloudTrail", new LogTypeFields("eventName", "userAgent", null),
            "Okta.SystemLog", new LogTypeFields("eventType || ':' || outcome:result::VARCHAR",
                    "client:userAgent.rawUserAgent::VARCHAR", "client:geographicalContext.country::VARCHAR"),
            "AWS.VPCFlow", new LogTypeFields("action", null, null),
            "Crowdstrike.FDREvent", new LogTypeFields("event_simpleName", null, null));

    /** The fields of {@code table}'s log type, each kept only when the table has the column it reads. */
    static LogTypeFields of(CatalogTable table) {
        LogTypeFields known = KNOWN.getOrDefault(table.logType(), NONE);
        return new LogTypeFields(present(table, known.action), present(table, known.userAgent), present(table, known.country));
    }

    private static String present(CatalogTable table, String sql) {
        if (sql == null) {
            return null;
        }
        int end = 0;
        while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
            end++;
        }
        return table.column(sql.substring(0, end)).isPresent() ? sql : null;
    }
}
