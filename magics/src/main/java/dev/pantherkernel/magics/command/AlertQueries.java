package dev.pantherkernel.magics.command;

/** The GraphQL the alert commands send: our own text, with the names of Panther's schema. */
final class AlertQueries {

    private AlertQueries() {
    }

    /** The fields of an alert every alert table has; nested ones become dotted columns. */
    static final String ALERT_FIELDS = """
            id title severity status type createdAt firstEventOccurredAt lastReceivedEventAt updatedAt
            description reference runbook
            origin { __typename ... on Detection { id name } ... on DeletedDetection { id } ... on SystemError { relatedComponent type } }
            assignee { id email givenName familyName }""";

    static final String ALERTS = """
            query PantherKernelAlerts($input: AlertsInput!) {
              alerts(input: $input) {
                edges { node { %s } }
                pageInfo { hasNextPage endCursor }
              }
            }""".formatted(ALERT_FIELDS);

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

    static final String USER_BY_EMAIL = "query PantherKernelUserByEmail($email: String!) { userByEmail(email: $email) { id } }";

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
