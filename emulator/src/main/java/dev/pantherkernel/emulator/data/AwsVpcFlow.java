package dev.pantherkernel.emulator.data;

import static dev.pantherkernel.emulator.datalake.SqlLiterals.string;
import static dev.pantherkernel.emulator.datalake.SqlLiterals.timestamp;

import java.util.ArrayList;
import java.util.List;

/** AWS VPC flow logs of the production VPC: web traffic, outbound calls, and rejected probes. */
final class AwsVpcFlow implements LogTable {

    @Override
    public String name() {
        return "aws_vpcflow";
    }

    @Override
    public String logType() {
        return "AWS.VPCFlow";
    }

    @Override
    public String sourceLabel() {
        return "VPC Flow Logs prod";
    }

    @Override
    public String description() {
        return "AWS VPC flow log records of the production VPC";
    }

    @Override
    public String randomRaw(long n) {
        return """
            SELECT i, ts, src, dst, src_port, dst_port,
                   CASE WHEN dst_port IN (53, 123) THEN 17 ELSE 6 END AS protocol,
                   packets, packets * (40 + gen_k(i, 'vpc-size', 1400)) AS bytes,
                   CASE WHEN direction = 'in' AND dst_port = 22 THEN 'REJECT'
                        WHEN gen_u(i, 'vpc-reject') < 0.02 THEN 'REJECT' ELSE 'ACCEPT' END AS action
            FROM (
              SELECT i, gen_time(i, 'vpc') AS ts, direction,
                     CASE direction WHEN 'in' THEN '203.0.113.' || (20 + gen_k(i, 'vpc-scanner', 200)) ELSE internal END AS src,
                     CASE direction WHEN 'in' THEN internal
                                    WHEN 'out' THEN gen_pick(['93.184.216.34', '151.101.1.69', '140.82.112.3', '52.95.110.1'], i, 'vpc-ext')
                                    ELSE '10.0.' || gen_k(i, 'vpc-peer-net', 4) || '.' || (gen_k(i, 'vpc-peer', 250) + 1) END AS dst,
                     CASE direction WHEN 'in' THEN 1024 + gen_k(i, 'vpc-sport', 64000) ELSE 32768 + gen_k(i, 'vpc-sport', 28000) END
                         AS src_port,
                     CASE WHEN direction = 'in' AND gen_u(i, 'vpc-ssh') < 0.004 THEN 22
                          WHEN direction = 'in' THEN gen_pick([443, 443, 443, 80, 8443], i, 'vpc-dport')
                          ELSE gen_pick([443, 443, 443, 80, 53, 123, 5432], i, 'vpc-dport') END AS dst_port,
                     1 + gen_k(i, 'vpc-packets', 200) AS packets
              FROM (SELECT i,
                           CASE WHEN gen_u(i, 'vpc-dir') < 0.55 THEN 'out' WHEN gen_u(i, 'vpc-dir') < 0.85 THEN 'in' ELSE 'east' END
                               AS direction,
                           '10.0.' || gen_k(i, 'vpc-net', 4) || '.' || (gen_k(i, 'vpc-host', 250) + 1) AS internal
                    FROM range(%d) r(i))
            )
            """.formatted(n);
    }

    @Override
    public String storyRaw(Story story, long firstId) {
        List<String> rows = new ArrayList<>();
        int[] ports = {22, 22, 3389, 22, 5432, 22, 23, 22, 6379, 22, 22, 9200};
        for (int p = 0; p < ports.length; p++) {
            rows.add("(%d::BIGINT, %s, %s, '10.0.1.%d', %d::BIGINT, %d::BIGINT, 6::BIGINT, 1::BIGINT, 60::BIGINT, 'REJECT')"
                    .formatted(firstId + p, timestamp(story.at(-30 + p, 7)), string(story.attackerIp()), 10 + p,
                            40000 + p, ports[p]));
        }
        return "SELECT * FROM (VALUES " + String.join(",\n", rows)
                + ") v(i, ts, src, dst, src_port, dst_port, protocol, packets, bytes, action)";
    }

    @Override
    public String projection() {
        return """
            SELECT i AS gen_i,
                   2 AS version,
                   %s AS accountId,
                   'eni-' || substr(md5(concat_ws('|', 'eni', CASE WHEN src LIKE '10.%%' THEN src ELSE dst END)), 1, 17) AS interfaceId,
                   src AS srcAddr,
                   dst AS dstAddr,
                   CAST(src_port AS INTEGER) AS srcPort,
                   CAST(dst_port AS INTEGER) AS dstPort,
                   CAST(protocol AS INTEGER) AS protocol,
                   packets,
                   bytes,
                   ts AS "start",
                   ts + INTERVAL 60 SECOND AS "end",
                   action,
                   'OK' AS logStatus
            FROM raw
            """.formatted(string(AwsCloudTrail.PROD_ACCOUNT));
    }

    @Override
    public String[] anyFields() {
        return new String[] {"list_distinct([srcAddr, dstAddr])", "[]::VARCHAR[]", "[]::VARCHAR[]", "[accountId]",
            "[]::VARCHAR[]"};
    }

    @Override
    public String eventTime() {
        return "\"start\"";
    }
}
