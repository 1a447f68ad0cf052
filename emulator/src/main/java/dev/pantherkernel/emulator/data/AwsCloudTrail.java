package dev.pantherkernel.emulator.data;

import static dev.pantherkernel.emulator.datalake.SqlLiterals.string;
import static dev.pantherkernel.emulator.datalake.SqlLiterals.timestamp;

import static dev.pantherkernel.emulator.datalake.SnowflakeType.ARRAY;
import static dev.pantherkernel.emulator.datalake.SnowflakeType.BOOLEAN;
import static dev.pantherkernel.emulator.datalake.SnowflakeType.OBJECT;
import static dev.pantherkernel.emulator.datalake.SnowflakeType.TIMESTAMP_NTZ;
import static dev.pantherkernel.emulator.datalake.SnowflakeType.VARCHAR;
import static dev.pantherkernel.emulator.datalake.SnowflakeType.VARIANT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.time.Instant;

/** AWS CloudTrail: API calls and console sign-ins in the company's three AWS accounts. */
final class AwsCloudTrail implements LogTable {
    static final String PROD_ACCOUNT = "123456789012";
    /** How CloudTrail writes a time inside its JSON (a session's creationDate). */
    private static final String JSON_TIME = "%Y-%m-%dT%H:%M:%SZ";
    /** How IAM's and STS's responses write a time (a user's createDate, credentials' expiration). */
    private static final String RESPONSE_TIME = "%b %-d, %Y, %-I:%M:%S %p";
    /** The day in S3 object keys and log stream names ({@code exports/2026/01/03/part-5.json.gz}). */
    private static final String KEY_DAY = "%Y/%m/%d";
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
        // the new user's own key (not the victim's) switches off the production VPC's flow logs
        rows.add(row(id++, story.flowLogsDeleted(), "DeleteFlowLogs", "ec2.amazonaws.com", "IAMUser", Story.CREATED_USER, ip, null,
                null));
        rows.add(row(id++, story.at(45, 30), "ConsoleLogin", "signin.amazonaws.com", "Root", null, ip, "Yes", null));
        Employee unmanaged = story.unmanaged();
        rows.add(row(id, story.beforeEnd(21, 8), "ConsoleLogin", "signin.amazonaws.com", "IAMUser", unmanaged.userName(),
                Story.homeIp(story, unmanaged), "Yes", null));
        return "SELECT * FROM (VALUES " + String.join(",\n", rows) + ") v(i, ts, event_name, event_source, user_type, "
                + "user_name, account_id, ip, agent, region, error_code, mfa_used, target_name)";
    }

    private static String row(long id, Instant ts, String event, String source, String userType, String user,
            String ip, String mfa, String target) {
        return "(%d::BIGINT, %s, %s, %s, %s, %s::VARCHAR, %s, %s, %s, 'us-east-1', NULL::VARCHAR, %s::VARCHAR, %s::VARCHAR)"
                .formatted(id, timestamp(ts), string(event), string(source), string(userType),
                        user == null ? "NULL" : string(user), string(PROD_ACCOUNT), string(ip), string(CONSOLE),
                        mfa == null ? "NULL" : string(mfa), target == null ? "NULL" : string(target));
    }

    @Override
    public List<String> helpers() {
        return List.of(
                "CASE WHEN user_type = 'AssumedRole' THEN user_name END AS role",
                "CASE user_name WHEN 'eks-node' THEN 'i-0' || substr(md5('instance' || (i % 40)), 1, 16) "
                        + "WHEN 'ci-deployer' THEN 'github-actions-' || (i % 997) ELSE 'nightly-export' END AS session",
                "'AROA' || upper(substr(md5('role' || coalesce(user_name, '')), 1, 17)) AS role_id",
                "CASE WHEN event_name = 'ConsoleLogin' THEN NULL "
                        + "WHEN user_type = 'IAMUser' THEN 'AKIA' || upper(substr(md5('key' || user_name), 1, 16)) "
                        + "ELSE 'ASIA' || upper(substr(md5('sts' || (i // 50) || user_type), 1, 16)) END AS access_key",
                "user_type = 'AssumedRole' AND user_name = 'lambda-exec' AND event_name = 'Decrypt' AS by_service",
                "gen_pick(['ci-deployer', 'lambda-exec', 'eks-node', 'OrganizationAccountAccessRole'], i, 'ct-assume') AS assumed",
                "'arn:aws:kms:' || region || ':' || account_id || ':key/' || gen_uuid(i % 3, 'kms') AS kms_key",
                "'arn:aws:lambda:' || region || ':' || account_id || ':function:' "
                        + "|| gen_pick(['order-export', 'thumbnail', 'nightly-report'], i, 'ct-fn') AS function_arn",
                "'exports/' || strftime(ts, " + string(KEY_DAY) + ") || '/part-' || (i % 100) || '.json.gz' AS object_key",
                "'i-0' || substr(md5('run' || i), 1, 16) AS new_instance");
    }

    @Override
    public List<Field> fields() {
        return List.of(
                new Field("additionalEventData", VARIANT, "Additional data about the event that was not part of the request or response",
                        """
                        CASE WHEN event_name = 'ConsoleLogin' THEN gen_json({'LoginTo': 'https://console.aws.amazon.com/console/home',
                                                                             'MobileVersion': 'No', 'MFAUsed': mfa_used})
                             WHEN event_name = 'GetObject' THEN gen_json({'bytesTransferredIn': 0,
                                                                          'bytesTransferredOut': 1024 + gen_k(i, 'ct-bytes', 50000000),
                                                                          'SignatureVersion': 'SigV4'})
                        END"""),
                new Field("apiVersion", VARCHAR, "The API version of an AwsApiCall", "CASE WHEN event_source = 'ec2.amazonaws.com' THEN '2016-11-15' END"),
                new Field("awsRegion", VARCHAR, "The AWS region that the request was made to", "region"),
                new Field("errorCode", VARCHAR, "The AWS service error if the request returned an error", "error_code"),
                new Field("errorMessage", VARCHAR, "The description of the error, if the request returned one",
                        "CASE WHEN error_code IS NOT NULL THEN 'User is not authorized to perform: ' || event_name END"),
                new Field("eventCategory", VARCHAR, "The category of the event: Management, Data or Insight", "'Management'"),
                new Field("eventID", VARCHAR, "GUID generated by CloudTrail to identify each event", "gen_uuid(i, 'ct-event')"),
                new Field("eventName", VARCHAR, "The requested action, an action of the service's API", "event_name"),
                new Field("eventSource", VARCHAR, "The service that the request was made to", "event_source"),
                new Field("eventTime", TIMESTAMP_NTZ, "When the request was made (UTC)", "ts"),
                new Field("eventType", VARCHAR, "AwsApiCall, AwsServiceEvent or AwsConsoleSignIn",
                        "CASE WHEN event_name = 'ConsoleLogin' THEN 'AwsConsoleSignIn' ELSE 'AwsApiCall' END"),
                new Field("eventVersion", VARCHAR, "The version of the log event format", "'1.08'"),
                new Field("managementEvent", BOOLEAN, "Whether the event is a management event", "true"),
                new Field("readOnly", BOOLEAN, "Whether the operation only reads",
                        "regexp_matches(event_name, '^(Get|List|Describe|Decrypt)')"),
                new Field("recipientAccountId", VARCHAR, "The account that received the event", "account_id"),
                new Field("requestID", VARCHAR, "The id of the request, from the service",
                        "CASE WHEN event_name <> 'ConsoleLogin' THEN gen_uuid(i, 'ct-request') END"),
                new Field("requestParameters", VARIANT, "The parameters sent with the request", REQUEST_PARAMETERS),
                new Field("resources", ARRAY, "The resources accessed in the event", RESOURCES),
                new Field("responseElements", VARIANT, "The response to an action that changes state", RESPONSE_ELEMENTS),
                new Field("serviceEventDetails", VARIANT, "The service event, with what triggered it and its result", "NULL"),
                new Field("sharedEventID", VARCHAR, "GUID shared by the events of one action delivered to several accounts",
                        "CASE WHEN event_name = 'AssumeRole' AND account_id <> " + string(PROD_ACCOUNT)
                                + " THEN gen_uuid(i, 'ct-shared') END"),
                new Field("sourceIPAddress", VARCHAR, "The IP address (or AWS service name) the request came from",
                        "CASE WHEN by_service THEN 'lambda.amazonaws.com' ELSE ip END"),
                new Field("tlsDetails", OBJECT, "TLS version, cipher suite and host header of the request",
                        "CASE WHEN event_name <> 'ConsoleLogin' AND NOT by_service THEN gen_json({'tlsVersion': 'TLSv1.3', "
                                + "'cipherSuite': 'TLS_AES_128_GCM_SHA256', 'clientProvidedHostHeader': "
                                + "replace(event_source, '.amazonaws.com', '') || '.' || region || '.amazonaws.com'}) END"),
                new Field("userAgent", VARCHAR, "The agent the request was made through",
                        "CASE WHEN by_service THEN 'lambda.amazonaws.com' ELSE agent END"),
                new Field("userIdentity", OBJECT, "The identity that made the request", USER_IDENTITY),
                new Field("vpcEndpointId", VARCHAR, "The VPC endpoint the request came through",
                        "CASE WHEN user_type = 'AssumedRole' AND event_source = 's3.amazonaws.com' THEN 'vpce-0a1b2c3d4e5f60718' END"));
    }

    private static final String USER_IDENTITY = """
            gen_json({'type': user_type,
                      'principalId': CASE user_type WHEN 'Root' THEN account_id WHEN 'AssumedRole' THEN role_id || ':' || session
                                                    ELSE 'AIDA' || upper(substr(md5(coalesce(user_name, '')), 1, 17)) END,
                      'arn': CASE user_type WHEN 'Root' THEN 'arn:aws:iam::' || account_id || ':root'
                                            WHEN 'AssumedRole' THEN 'arn:aws:sts::' || account_id || ':assumed-role/' || role || '/' || session
                                            ELSE 'arn:aws:iam::' || account_id || ':user/' || user_name END,
                      'accountId': account_id,
                      'accessKeyId': access_key,
                      'userName': CASE WHEN user_type = 'IAMUser' THEN user_name END,
                      'sessionContext': CASE
                          WHEN user_type = 'AssumedRole' THEN {'attributes': {'creationDate': strftime(ts - INTERVAL 20 MINUTE, {JSON_TIME}),
                                                                             'mfaAuthenticated': 'false'},
                                                              'sessionIssuer': {'type': 'Role', 'principalId': role_id,
                                                                                'arn': 'arn:aws:iam::' || account_id || ':role/' || role,
                                                                                'accountId': account_id, 'userName': role}}
                          WHEN event_name <> 'ConsoleLogin' AND access_key LIKE 'ASIA%' THEN {'attributes': {
                                  'creationDate': strftime(ts - INTERVAL 5 MINUTE, {JSON_TIME}),
                                  'mfaAuthenticated': CASE WHEN user_type = 'Root' THEN 'true' ELSE 'false' END},
                               'sessionIssuer': NULL}
                      END,
                      'invokedBy': CASE WHEN by_service THEN 'lambda.amazonaws.com' END})""".replace("{JSON_TIME}", string(JSON_TIME));

    private static final String REQUEST_PARAMETERS = """
            CASE event_name
                WHEN 'AttachUserPolicy' THEN gen_json({'userName': target_name, 'policyArn': 'arn:aws:iam::aws:policy/AdministratorAccess'})
                WHEN 'PutUserPolicy' THEN gen_json({'userName': target_name, 'policyName': 'inline-admin',
                    'policyDocument': '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}'})
                WHEN 'CreateUser' THEN gen_json({'userName': target_name})
                WHEN 'CreateAccessKey' THEN gen_json({'userName': target_name})
                WHEN 'DeleteUser' THEN gen_json({'userName': target_name})
                WHEN 'CreateRole' THEN gen_json({'roleName': target_name, 'assumeRolePolicyDocument':
                    '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}'})
                WHEN 'AttachRolePolicy' THEN gen_json({'roleName': target_name, 'policyArn': 'arn:aws:iam::aws:policy/ReadOnlyAccess'})
                WHEN 'PutBucketPolicy' THEN gen_json({'bucketName': target_name, 'Host': target_name || '.s3.amazonaws.com',
                    'bucketPolicy': {'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow', 'Principal': '*', 'Action': 's3:GetObject',
                                     'Resource': 'arn:aws:s3:::' || target_name || '/*'}]}})
                WHEN 'GetObject' THEN gen_json({'bucketName': target_name, 'key': object_key, 'Host': target_name || '.s3.amazonaws.com'})
                WHEN 'PutObject' THEN gen_json({'bucketName': target_name, 'key': object_key, 'Host': target_name || '.s3.amazonaws.com'})
                WHEN 'ListObjects' THEN gen_json({'bucketName': target_name, 'prefix': 'exports/', 'Host': target_name || '.s3.amazonaws.com'})
                WHEN 'AssumeRole' THEN gen_json({'roleArn': 'arn:aws:iam::' || account_id || ':role/' || assumed,
                    'roleSessionName': CASE WHEN user_type = 'IAMUser' THEN user_name ELSE assumed || '-session' END,
                    'durationSeconds': 3600})
                WHEN 'Decrypt' THEN gen_json({'encryptionAlgorithm': 'SYMMETRIC_DEFAULT', 'keyId': kms_key})
                WHEN 'Invoke' THEN gen_json({'functionName': function_arn})
                WHEN 'PutLogEvents' THEN gen_json({'logGroupName': '/aws/lambda/' || split_part(function_arn, ':', 7),
                    'logStreamName': strftime(ts, {KEY_DAY}) || '/[$LATEST]' || substr(md5('stream' || i), 1, 32)})
                WHEN 'GetItem' THEN gen_json({'tableName': 'orders', 'key': {'orderId': {'S': 'o-' || (i % 5000)}}})
                WHEN 'RunInstances' THEN gen_json({'instanceType': 't3.medium', 'instancesSet': {'items': [{'imageId': 'ami-0c55b159cbfafe1f0',
                    'minCount': 1, 'maxCount': 1}]}})
                WHEN 'DescribeInstances' THEN gen_json({'maxResults': 1000})
                WHEN 'DeleteFlowLogs' THEN gen_json({'DeleteFlowLogsRequest': {'FlowLogId': {'content': 'fl-0a1b2c3d4e5f60718', 'tag': 1}}})
            END""".replace("{KEY_DAY}", string(KEY_DAY));

    private static final String RESPONSE_ELEMENTS = """
            CASE WHEN error_code IS NOT NULL THEN NULL
                 WHEN event_name = 'ConsoleLogin' THEN gen_json({'ConsoleLogin': 'Success'})
                 WHEN event_name = 'AssumeRole' THEN gen_json({
                     'credentials': {'accessKeyId': 'ASIA' || upper(substr(md5('assumed' || i), 1, 16)),
                                     'expiration': strftime(ts + INTERVAL 1 HOUR, {RESPONSE_TIME})},
                     'assumedRoleUser': {'assumedRoleId': 'AROA' || upper(substr(md5('role' || assumed), 1, 17)) || ':' || assumed || '-session',
                                         'arn': 'arn:aws:sts::' || account_id || ':assumed-role/' || assumed || '/' || assumed || '-session'}})
                 WHEN event_name = 'CreateUser' THEN gen_json({'user': {'userName': target_name,
                     'arn': 'arn:aws:iam::' || account_id || ':user/' || target_name,
                     'userId': 'AIDA' || upper(substr(md5(target_name), 1, 17)), 'path': '/',
                     'createDate': strftime(ts, {RESPONSE_TIME})}})
                 WHEN event_name = 'CreateAccessKey' THEN gen_json({'accessKey': {'userName': target_name,
                     'accessKeyId': 'AKIA' || upper(substr(md5('key' || target_name), 1, 16)), 'status': 'Active'}})
                 WHEN event_name = 'RunInstances' THEN gen_json({'instancesSet': {'items': [{'instanceId': new_instance,
                     'instanceType': 't3.medium', 'privateIpAddress': '10.0.' || (i % 4) || '.' || (i % 250 + 1)}]}})
            END""".replace("{RESPONSE_TIME}", string(RESPONSE_TIME));

    private static final String RESOURCES = """
            CASE WHEN event_name IN ('GetObject', 'PutObject') THEN to_json([
                     gen_json({'type': 'AWS::S3::Object', 'ARN': 'arn:aws:s3:::' || target_name || '/' || object_key}),
                     gen_json({'accountId': account_id, 'type': 'AWS::S3::Bucket', 'ARN': 'arn:aws:s3:::' || target_name})])
                 WHEN event_name IN ('ListObjects', 'PutBucketPolicy') THEN to_json([
                     gen_json({'accountId': account_id, 'type': 'AWS::S3::Bucket', 'ARN': 'arn:aws:s3:::' || target_name})])
                 WHEN event_name = 'AssumeRole' THEN to_json([
                     gen_json({'accountId': account_id, 'type': 'AWS::IAM::Role', 'ARN': 'arn:aws:iam::' || account_id || ':role/' || assumed})])
                 WHEN event_name = 'Decrypt' THEN to_json([
                     gen_json({'accountId': account_id, 'type': 'AWS::KMS::Key', 'ARN': kms_key})])
            END""";

    @Override
    public Map<String, String> indicators() {
        return Map.of(
                "p_any_ip_addresses", "[CASE WHEN regexp_full_match(sourceIPAddress, '[0-9.]+') THEN sourceIPAddress END, "
                        + "json_extract_string(responseElements, '$.instancesSet.items[0].privateIpAddress')]",
                "p_any_domain_names", "[CASE WHEN NOT regexp_full_match(sourceIPAddress, '[0-9.]+') THEN sourceIPAddress END]",
                "p_any_aws_account_ids", "[recipientAccountId, json_extract_string(userIdentity, '$.accountId'), "
                        + "json_extract_string(userIdentity, '$.sessionContext.sessionIssuer.accountId')] "
                        + "|| list_transform(CAST(coalesce(resources, '[]') AS JSON[]), r -> json_extract_string(r, '$.accountId'))",
                "p_any_aws_arns", "list_filter([json_extract_string(userIdentity, '$.arn'), "
                        + "json_extract_string(userIdentity, '$.sessionContext.sessionIssuer.arn')] "
                        + "|| list_transform(CAST(coalesce(resources, '[]') AS JSON[]), r -> json_extract_string(r, '$.ARN')) "
                        + "|| [json_extract_string(requestParameters, '$.policyArn'), json_extract_string(requestParameters, '$.roleArn'), "
                        + "json_extract_string(requestParameters, '$.keyId'), json_extract_string(requestParameters, '$.functionName'), "
                        + "json_extract_string(responseElements, '$.assumedRoleUser.arn'), json_extract_string(responseElements, '$.user.arn')], "
                        + "a -> a LIKE 'arn:%')",
                "p_any_aws_instance_ids", "[CASE WHEN split_part(json_extract_string(userIdentity, '$.arn'), '/', -1) LIKE 'i-%' "
                        + "THEN split_part(json_extract_string(userIdentity, '$.arn'), '/', -1) END, "
                        + "json_extract_string(responseElements, '$.instancesSet.items[0].instanceId')]",
                "p_any_trace_ids", "[json_extract_string(userIdentity, '$.accessKeyId')]",
                "p_any_usernames", "[json_extract_string(userIdentity, '$.userName'), "
                        + "json_extract_string(userIdentity, '$.sessionContext.sessionIssuer.userName')]",
                "p_any_actor_ids", "[json_extract_string(userIdentity, '$.principalId'), "
                        + "json_extract_string(userIdentity, '$.sessionContext.sessionIssuer.principalId')]");
    }

    @Override
    public List<TextTime> textTimes() {
        return List.of(TextTime.at("userIdentity", "$.sessionContext.attributes.creationDate", JSON_TIME),
                TextTime.at("responseElements", "$.credentials.expiration", RESPONSE_TIME),
                TextTime.at("responseElements", "$.user.createDate", RESPONSE_TIME),
                TextTime.eventTime("requestParameters", KEY_DAY),
                TextTime.eventTime("resources", KEY_DAY),
                TextTime.eventTime("p_any_aws_arns", KEY_DAY));
    }

    /** CloudTrail's addresses are looked up by {@code sourceIPAddress} and, for the ones inside requests, by the indicator column. */
    @Override
    public Map<String, String> enrichmentSelectors() {
        return Map.of("sourceIPAddress", "sourceIPAddress", "p_any_ip_addresses", indicators().get("p_any_ip_addresses"));
    }

    @Override
    public String eventTime() {
        return "eventTime";
    }

    @Override
    public String eventTimeField() {
        return "eventTime";
    }

    @Override
    public String headline() {
        return "eventName || ' by ' || coalesce(userIdentity->>'arn', userIdentity->>'type') || ' from ' || sourceIPAddress"
                + " || CASE WHEN errorCode IS NULL THEN '' ELSE ' (' || errorCode || ')' END";
    }
}
