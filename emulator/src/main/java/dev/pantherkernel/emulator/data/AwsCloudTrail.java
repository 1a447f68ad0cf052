package dev.pantherkernel.emulator.data;

import static dev.pantherkernel.emulator.datalake.SqlLiterals.string;
import static dev.pantherkernel.emulator.datalake.SqlLiterals.timestamp;

import java.util.ArrayList;
import java.util.List;

/** AWS CloudTrail: API calls and console sign-ins in the company's three AWS accounts. */
final class AwsCloudTrail implements LogTable {
    static final String PROD_ACCOUNT = "123456789012";
    private static final String CONSOLE = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/124.0 Safari/537.36";

    @Override
    public String name() {
        return "aws_cloudtrail";
    }

    @Override
    public String logType() {
        return "AWS.CloudTrail";
    }

    @Override
    public String sourceLabel() {
        return "AWS CloudTrail Organization";
    }

    @Override
    public String description() {
        return "AWS CloudTrail management events of all accounts";
    }

    @Override
    public String randomRaw(long n) {
        return """
            SELECT i, ts, event_name,
                   CASE WHEN event_name = 'ConsoleLogin' THEN 'signin.amazonaws.com'
                        WHEN event_name IN ('CreateUser', 'AttachUserPolicy', 'CreateAccessKey', 'PutUserPolicy',
                                            'DeleteUser', 'CreateRole', 'AttachRolePolicy', 'ListUsers', 'GetAccountSummary')
                             THEN 'iam.amazonaws.com'
                        WHEN event_name = 'PutBucketPolicy' THEN 's3.amazonaws.com'
                        ELSE split_part(common, ':', 1) END AS event_source,
                   user_type,
                   CASE user_type WHEN 'Root' THEN NULL
                                  WHEN 'AssumedRole' THEN gen_pick(['ci-deployer', 'lambda-exec', 'eks-node'], i, 'ct-role')
                                  ELSE split_part(gen_staff_email(k), '@', 1) END AS user_name,
                   gen_pick([%s, %s, '210987654321', '555566667777'], i, 'ct-account') AS account_id,
                   CASE WHEN user_type = 'AssumedRole' THEN '10.0.' || (k %% 8) || '.' || (gen_k(i, 'ct-host', 250) + 1)
                        WHEN gen_u(i, 'ct-ip') < 0.7 THEN gen_pick(['192.0.2.10', '192.0.2.11'], i, 'ct-office')
                        ELSE '198.51.100.' || (k + 10) END AS ip,
                   CASE WHEN event_name = 'ConsoleLogin' THEN %s
                        WHEN user_type = 'AssumedRole' THEN 'aws-sdk-go-v2/1.26.1'
                        ELSE gen_pick(['aws-cli/2.15.40 Python/3.11.8', 'Boto3/1.34.84', %s], i, 'ct-ua') END AS agent,
                   gen_pick(['us-east-1', 'us-east-1', 'us-west-2', 'eu-west-1'], i, 'ct-region') AS region,
                   CASE WHEN u >= 0.014 AND gen_u(i, 'ct-err') < 0.02 THEN 'AccessDenied' END AS error_code,
                   CASE WHEN event_name <> 'ConsoleLogin' THEN NULL
                        WHEN user_type = 'Root' OR gen_u(i, 'ct-mfa') >= 0.15 THEN 'Yes' ELSE 'No' END AS mfa_used,
                   CASE WHEN event_name IN ('CreateUser', 'AttachUserPolicy', 'CreateAccessKey', 'PutUserPolicy', 'DeleteUser')
                             THEN 'svc-' || gen_pick(['reporting', 'etl', 'backup', 'grafana'], i, 'ct-target')
                        WHEN event_name IN ('CreateRole', 'AttachRolePolicy') THEN 'role-' || gen_pick(['etl', 'audit'], i, 'ct-target')
                        WHEN event_name IN ('PutBucketPolicy', 'GetObject', 'PutObject', 'ListObjects')
                             THEN gen_pick(['acme-logs', 'acme-backups', 'acme-web-assets'], i, 'ct-bucket') END AS target_name
            FROM (
              SELECT i, u, k, common, gen_time(i, 'ct') AS ts,
                     CASE WHEN u < 0.0006 THEN gen_pick(['ConsoleLogin', 'GetAccountSummary', 'ListUsers'], i, 'ct-root')
                          WHEN u < 0.004 THEN gen_pick(['CreateUser', 'AttachUserPolicy', 'CreateAccessKey', 'PutUserPolicy',
                                                        'DeleteUser', 'CreateRole', 'AttachRolePolicy'], i, 'ct-iam')
                          WHEN u < 0.012 THEN 'ConsoleLogin'
                          WHEN u < 0.014 THEN 'PutBucketPolicy'
                          ELSE split_part(common, ':', 2) END AS event_name,
                     CASE WHEN u < 0.0006 THEN 'Root'
                          WHEN u >= 0.012 AND gen_u(i, 'ct-assumed') < 0.3 THEN 'AssumedRole'
                          ELSE 'IAMUser' END AS user_type
              FROM (SELECT i, gen_u(i, 'ct') AS u, gen_k(i, 'ct-who', gen_staff_count()) AS k,
                           gen_pick(['ec2.amazonaws.com:DescribeInstances', 'ec2.amazonaws.com:DescribeInstances',
                                     's3.amazonaws.com:GetObject', 's3.amazonaws.com:GetObject', 's3.amazonaws.com:PutObject',
                                     's3.amazonaws.com:ListObjects', 'sts.amazonaws.com:AssumeRole', 'sts.amazonaws.com:AssumeRole',
                                     'sts.amazonaws.com:GetCallerIdentity', 'lambda.amazonaws.com:Invoke',
                                     'kms.amazonaws.com:Decrypt', 'kms.amazonaws.com:Decrypt', 'ec2.amazonaws.com:RunInstances',
                                     'logs.amazonaws.com:PutLogEvents', 'dynamodb.amazonaws.com:GetItem'], i, 'ct-common') AS common
                    FROM range(%d) r(i))
            )
            """.formatted(string(PROD_ACCOUNT), string(PROD_ACCOUNT), string(CONSOLE), string(CONSOLE), n);
    }

    @Override
    public String storyRaw(Story story, long firstId) {
        String ip = story.attackerIp();
        String victim = story.victim().userName();
        List<String> rows = new ArrayList<>();
        long id = firstId;
        rows.add(row(id++, story.at(27, 12), "ConsoleLogin", "signin.amazonaws.com", "IAMUser", victim, ip, "No", null));
        rows.add(row(id++, story.at(31, 3), "CreateUser", "iam.amazonaws.com", "IAMUser", victim, ip, null, Story.CREATED_USER));
        rows.add(row(id++, story.at(32, 41), "AttachUserPolicy", "iam.amazonaws.com", "IAMUser", victim, ip, null,
                Story.CREATED_USER));
        rows.add(row(id++, story.at(34, 9), "CreateAccessKey", "iam.amazonaws.com", "IAMUser", victim, ip, null,
                Story.CREATED_USER));
        rows.add(row(id++, story.at(37, 55), "PutUserPolicy", "iam.amazonaws.com", "IAMUser", victim, ip, null,
                Story.CREATED_USER));
        rows.add(row(id, story.at(45, 30), "ConsoleLogin", "signin.amazonaws.com", "Root", null, ip, "Yes", null));
        return "SELECT * FROM (VALUES " + String.join(",\n", rows) + ") v(i, ts, event_name, event_source, user_type, "
                + "user_name, account_id, ip, agent, region, error_code, mfa_used, target_name)";
    }

    private static String row(long id, java.time.Instant ts, String event, String source, String userType, String user,
            String ip, String mfa, String target) {
        return "(%d::BIGINT, %s, %s, %s, %s, %s::VARCHAR, %s, %s, %s, 'us-east-1', NULL::VARCHAR, %s::VARCHAR, %s::VARCHAR)"
                .formatted(id, timestamp(ts), string(event), string(source), string(userType),
                        user == null ? "NULL" : string(user), string(PROD_ACCOUNT), string(ip), string(CONSOLE),
                        mfa == null ? "NULL" : string(mfa), target == null ? "NULL" : string(target));
    }

    @Override
    public String projection() {
        return """
            SELECT i AS gen_i,
                   '1.08' AS eventVersion,
                   ts AS eventTime,
                   event_source AS eventSource,
                   event_name AS eventName,
                   region AS awsRegion,
                   ip AS sourceIPAddress,
                   agent AS userAgent,
                   {'type': user_type,
                    'principalId': CASE user_type WHEN 'Root' THEN account_id
                                                  ELSE 'AIDA' || upper(substr(md5(coalesce(user_name, '')), 1, 17)) END,
                    'arn': CASE user_type WHEN 'Root' THEN 'arn:aws:iam::' || account_id || ':root'
                                          WHEN 'AssumedRole' THEN 'arn:aws:sts::' || account_id || ':assumed-role/' || user_name || '/session'
                                          ELSE 'arn:aws:iam::' || account_id || ':user/' || user_name END,
                    'accountId': account_id,
                    'userName': user_name} AS userIdentity,
                   CASE WHEN event_name = 'AttachUserPolicy'
                             THEN json_object('userName', target_name, 'policyArn', 'arn:aws:iam::aws:policy/AdministratorAccess')
                        WHEN event_name IN ('CreateUser', 'CreateAccessKey', 'PutUserPolicy', 'DeleteUser')
                             THEN json_object('userName', target_name)
                        WHEN event_name IN ('CreateRole', 'AttachRolePolicy') THEN json_object('roleName', target_name)
                        WHEN target_name IS NOT NULL THEN json_object('bucketName', target_name)
                   END AS requestParameters,
                   CASE WHEN event_name = 'ConsoleLogin' THEN json_object('ConsoleLogin', 'Success') END AS responseElements,
                   CASE WHEN event_name = 'ConsoleLogin'
                             THEN json_object('MFAUsed', mfa_used, 'LoginTo', 'https://console.aws.amazon.com/console/home') END
                       AS additionalEventData,
                   error_code AS errorCode,
                   CASE WHEN error_code IS NOT NULL THEN 'User is not authorized to perform: ' || event_name END AS errorMessage,
                   gen_uuid(i, 'ct-event') AS eventID,
                   CASE WHEN event_name = 'ConsoleLogin' THEN 'AwsConsoleSignIn' ELSE 'AwsApiCall' END AS eventType,
                   account_id AS recipientAccountId,
                   regexp_matches(event_name, '^(Get|List|Describe)') AS readOnly,
                   true AS managementEvent
            FROM raw
            """;
    }

    @Override
    public String[] anyFields() {
        return new String[] {
            "CASE WHEN regexp_matches(sourceIPAddress, '^[0-9.]+$') THEN [sourceIPAddress] ELSE []::VARCHAR[] END",
            "CASE WHEN userIdentity.userName IS NULL THEN []::VARCHAR[] ELSE [userIdentity.userName] END",
            "[]::VARCHAR[]",
            "list_distinct([recipientAccountId, userIdentity.accountId])",
            "[eventSource]"};
    }

    @Override
    public String eventTime() {
        return "eventTime";
    }
}
