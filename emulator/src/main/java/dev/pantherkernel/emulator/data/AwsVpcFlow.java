package dev.pantherkernel.emulator.data;

import static dev.pantherkernel.emulator.datalake.SqlLiterals.string;
import static dev.pantherkernel.emulator.datalake.SqlLiterals.timestamp;

import static dev.pantherkernel.emulator.datalake.SnowflakeType.NUMBER;
import static dev.pantherkernel.emulator.datalake.SnowflakeType.TIMESTAMP_NTZ;
import static dev.pantherkernel.emulator.datalake.SnowflakeType.VARCHAR;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    public List<String> helpers() {
        return List.of(
                "CASE WHEN src LIKE '10.%' THEN src ELSE dst END AS internal",
                "CASE WHEN src LIKE '10.%' THEN 'egress' ELSE 'ingress' END AS direction");
    }

    @Override
    public List<Field> fields() {
        return List.of(
                new Field("version", NUMBER, "The flow log version (2 for the default format)", "5"),
                new Field("account", VARCHAR, "The AWS account of the network interface", string(AwsCloudTrail.PROD_ACCOUNT)),
                new Field("interfaceId", VARCHAR, "The network interface the traffic was recorded on",
                        "'eni-' || substr(md5(concat_ws('|', 'eni', internal)), 1, 17)"),
                new Field("srcAddr", VARCHAR, "The source address of the traffic", "src"),
                new Field("dstAddr", VARCHAR, "The destination address of the traffic", "dst"),
                new Field("srcPort", NUMBER, "The source port", "src_port"),
                new Field("dstPort", NUMBER, "The destination port", "dst_port"),
                new Field("protocol", NUMBER, "The IANA protocol number (6 TCP, 17 UDP)", "protocol"),
                new Field("packets", NUMBER, "Packets transferred in the flow", "packets"),
                new Field("bytes", NUMBER, "Bytes transferred in the flow", "bytes"),
                new Field("start", TIMESTAMP_NTZ, "When the first packet of the flow was seen (UTC)", "ts"),
                new Field("end", TIMESTAMP_NTZ, "When the last packet of the flow was seen (UTC)", "ts + INTERVAL 60 SECOND"),
                new Field("action", VARCHAR, "ACCEPT or REJECT, as security groups and network ACLs decided", "action"),
                new Field("status", VARCHAR, "The logging status of the flow log: OK, NODATA, SKIPDATA", "'OK'"),
                new Field("vpcId", VARCHAR, "The VPC of the network interface", "'vpc-0a1b2c3d4e5f67890'"),
                new Field("subNetId", VARCHAR, "The subnet of the network interface",
                        "'subnet-' || substr(md5('subnet' || split_part(internal, '.', 3)), 1, 17)"),
                new Field("instanceId", VARCHAR, "The instance of the network interface",
                        "'i-0' || substr(md5('host' || internal), 1, 16)"),
                new Field("tcpFlags", NUMBER, "The OR of the TCP flags seen: SYN 2, SYN-ACK 18, FIN 1, RST 4",
                        "CASE WHEN protocol <> 6 THEN 0 WHEN action = 'REJECT' THEN 2 ELSE 19 END"),
                new Field("trafficType", VARCHAR, "IPv4, IPv6 or EFA", "'IPv4'"),
                new Field("pktSrcAddr", VARCHAR, "The packet-level (original) source address", "src"),
                new Field("pktDstAddr", VARCHAR, "The packet-level (original) destination address", "dst"),
                new Field("region", VARCHAR, "The region of the network interface", "'us-east-1'"),
                new Field("azId", VARCHAR, "The availability zone id of the network interface",
                        "'use1-az' || (1 + CAST(split_part(internal, '.', 3) AS INTEGER) % 3)"),
                new Field("sublocationType", VARCHAR, "wavelength, outpost or localzone, when the interface is in one", "NULL"),
                new Field("sublocationId", VARCHAR, "The id of that sublocation", "NULL"),
                new Field("pktSrcAwsService", VARCHAR, "The AWS service of the source address, if any",
                        "CASE WHEN src = '52.95.110.1' THEN 'S3' END"),
                new Field("pktDstAwsService", VARCHAR, "The AWS service of the destination address, if any",
                        "CASE WHEN dst = '52.95.110.1' THEN 'S3' END"),
                new Field("flowDirection", VARCHAR, "ingress or egress, as the interface sees the traffic", "direction"),
                new Field("trafficPath", NUMBER, "How egress traffic left: 1 within the VPC, 8 through the internet gateway",
                        "CASE WHEN direction = 'ingress' THEN NULL WHEN dst LIKE '10.%' THEN 1 ELSE 8 END"));
    }

    @Override
    public Map<String, String> indicators() {
        return Map.of(
                "p_any_ip_addresses", "[srcAddr, dstAddr, pktSrcAddr, pktDstAddr]",
                "p_any_aws_account_ids", "[account]",
                "p_any_aws_instance_ids", "[instanceId]");
    }

    @Override
    public Map<String, String> enrichmentSelectors() {
        return Map.of("srcAddr", "srcAddr", "dstAddr", "dstAddr");
    }

    @Override
    public String eventTime() {
        return "\"start\"";
    }

    @Override
    public String eventTimeField() {
        return "start";
    }

    @Override
    public String headline() {
        return "action || ' ' || srcAddr || ':' || srcPort || ' -> ' || dstAddr || ':' || dstPort";
    }

    /** The flow logs were deleted during the story, so the source has been silent since. */
    @Override
    public Optional<Instant> silencedAt(Story story) {
        return Optional.of(story.flowLogsDeleted());
    }
}
