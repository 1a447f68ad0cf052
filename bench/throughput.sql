SELECT range AS id, range * 7 AS n7, range / 3.0 AS third, range % 2 = 0 AS even,
       'user-' || (range % 5000) AS user, 'host-' || (range % 97) || '.example.com' AS host,
       TIMESTAMP '2024-01-01' + to_seconds(range) AS at, (range % 1000)::DOUBLE / 7 AS score,
       ['10.0.' || (range % 256) || '.1'] AS ips, 'event ' || range AS message
FROM range(ROWS) ORDER BY id
