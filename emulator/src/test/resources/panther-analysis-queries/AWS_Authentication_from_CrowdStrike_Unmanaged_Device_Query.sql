-- panther-analysis queries/crowdstrike_queries/AWS_Authentication_from_CrowdStrike_Unmanaged_Device_Query.yml @ daa10c888566839e9918dfba1cd652743781e5fe: the Query of this saved query, as written there
SELECT *
FROM panther_logs.public.aws_cloudtrail
WHERE p_occurs_since('1 hour')
  AND eventName IN ('ConsoleLogin', 'SignIn', 'GetSessionToken')
  AND eventSource IN ('sts.amazonaws.com', 'signin.amazonaws.com')
  AND sourceIPAddress NOT IN
    (
      SELECT DISTINCT aip
      FROM panther_logs.public.crowdstrike_aidmaster
      WHERE p_occurs_since('3 days')
    )
