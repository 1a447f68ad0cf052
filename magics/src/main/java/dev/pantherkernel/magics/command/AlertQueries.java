package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.alerts.AlertListing;

/** The GraphQL the alert commands send: our own text, with the names of Panther's schema. */
final class AlertQueries {

    private AlertQueries() {
    }

    private static final String ALERT_FIELDS = AlertListing.ALERT_FIELDS;

    static final String ALERT = """
            query PantherKernelAlert($id: ID!) {
              alert(id: $id) { %s }
            }""".formatted(ALERT_FIELDS);

    static final String ALERT_EVENTS = """
            query PantherKernelAlertEvents($id: ID!) {
              alert(id: $id) {
                events(input: {pageSize: 50}) { edges { node } pageInfo { hasNextPage endCursor } }
              }
            }""";

    static final String UPDATE_STATUS = """
            mutation PantherKernelUpdateAlertStatus($input: UpdateAlertStatusByIdInput!) {
              updateAlertStatusById(input: $input) { alerts { %s } }
            }""".formatted(ALERT_FIELDS);

    static final String ASSIGN_BY_EMAIL = """
            mutation PantherKernelAssignAlerts($input: UpdateAlertsAssigneeByEmailInput!) {
              updateAlertsAssigneeByEmail(input: $input) { alerts { %s } }
            }""".formatted(ALERT_FIELDS);

    static final String COMMENT = """
            mutation PantherKernelCommentAlert($input: CreateAlertCommentInput!) {
              createAlertComment(input: $input) { comment { id body format createdAt } }
            }""";
}
