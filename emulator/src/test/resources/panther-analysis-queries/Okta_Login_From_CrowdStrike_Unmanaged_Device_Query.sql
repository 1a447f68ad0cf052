-- panther-analysis queries/crowdstrike_queries/Okta_Login_From_CrowdStrike_Unmanaged_Device_Query.yml @ daa10c888566839e9918dfba1cd652743781e5fe: the Query of this saved query, as written there
SELECT *
FROM panther_logs.public.okta_systemlog
WHERE p_occurs_since('1 hour')
  AND eventtype = 'user.session.start'
  AND outcome:result = 'SUCCESS'
  AND client:device = 'Computer'
  AND client:ipAddress LIKE '%.%.%.%'
  AND client:ipAddress NOT IN
    (
      SELECT DISTINCT aip
      FROM panther_logs.public.crowdstrike_aidmaster
      WHERE p_occurs_since('3 days')
    )
