SELECT * FROM (
  SELECT SEQ4() AS id, SEQ4() * 7 AS n7, SEQ4() / 3.0 AS third, SEQ4() % 2 = 0 AS even,
         'user-' || (SEQ4() % 5000) AS user, 'host-' || (SEQ4() % 97) || '.example.com' AS host,
         DATEADD(millisecond, FLOOR(SEQ4() * 691200000 / ROWS), '2024-01-01'::TIMESTAMP) AS p_event_time, (SEQ4() % 1000)::DOUBLE / 7 AS score,
         ARRAY_CONSTRUCT('10.0.' || (SEQ4() % 256) || '.1') AS ips, 'event ' || SEQ4() AS message
  FROM TABLE(GENERATOR(ROWCOUNT => ROWS)))
WHERE p_event_time >= '2024-01-01' AND p_event_time < '2024-01-09'
