SELECT id, id * 7 AS n7, id / 3.0 AS third, id % 2 = 0 AS even,
       'user-' || (id % 5000) AS user, 'host-' || (id % 97) || '.example.com' AS host,
       DATEADD(second, id, '2024-01-01'::TIMESTAMP) AS at, (id % 1000)::DOUBLE / 7 AS score,
       ARRAY_CONSTRUCT('10.0.' || (id % 256) || '.1') AS ips, 'event ' || id AS message
FROM (SELECT SEQ4() AS id FROM TABLE(GENERATOR(ROWCOUNT => ROWS))) ORDER BY id
