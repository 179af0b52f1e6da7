package org.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.breakeven.cluster.Cluster;
import org.breakeven.cluster.LoadBalancers;
import org.breakeven.cluster.Network;
import org.breakeven.cluster.NodeSizing;
import org.breakeven.serverless.ProvisionedSchedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scenario file's production overheads (issue 9, item 6): public IPv4 addresses given or derived from the
 * availability zones, transfer between zones, and the share of traffic through NAT; each bad value fails with
 * the file, the line and the field, in the domain type's words.
 */
class ScenarioFileProductionTest {

    private static final String LAMBDA = "lambda:\n  memoryMb: 256\n  durationMs: 200\n";
    private static final String CLUSTER = "cluster:\n  instanceType: t3.medium\n  nodes:\n    fixed: 3\n";

    private static Scenario yaml(String text) {
        return ScenarioFile.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "s.yaml", null);
    }

    @Test
    void read_overheads() {
        Scenario s = yaml(LAMBDA + CLUSTER + "  loadBalancers: {}\n  natGateways:\n    kilobytesPerRequest: 30\n"
                + "    shareOfRequests: 0.4\n  availabilityZones: 3\n  crossAz:\n    shareOfRequests: 0.6\n"
                + "    kilobytesPerRequest: 12.5\n  storageGbPerNode: 20\n");

        assertThat(s.cluster()).isEqualTo(Cluster.of("t3.medium", NodeSizing.fixed(3))
                .withLoadBalancers(LoadBalancers.alb(1)).withNat(1, 30, 0.4).withStorageGbPerNode(20)
                .withNetwork(Network.NONE.withAvailabilityZones(3).withCrossAz(0.6, 12.5)));
    }

    @Test
    void read_keepAliveSeconds() {
        Scenario s = yaml(LAMBDA + CLUSTER + "  loadBalancers:\n    keepAliveSeconds: 300\n");

        assertThat(s.cluster().loadBalancers()).isEqualTo(LoadBalancers.alb(1).withKeepAliveSeconds(300));
        assertThatThrownBy(() -> yaml(LAMBDA + CLUSTER + "  loadBalancers:\n    keepAliveSeconds: -1\n"))
                .isExactlyInstanceOf(ScenarioFormatException.class).hasMessage("s.yaml:9: at"
                        + " cluster.loadBalancers.keepAliveSeconds: loadBalancers.keepAliveSeconds must be between 0 and"
                        + " 4000 s but was: -1");
    }

    /** A Provisioned Concurrency schedule of 24 hours; its duration defaults to the function's. */
    @Test
    void read_provisionedSchedule() {
        String day = "[0, 0, 0, 0, 0, 0, 0, 0, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 0, 0, 0, 0, 0, 0]";
        Scenario s = yaml(LAMBDA + "  provisionedConcurrency:\n    schedule: " + day + "\n" + CLUSTER);

        assertThat(s.function().provisionedSchedule()).isEqualTo(ProvisionedSchedule.of(List.of(0, 0, 0, 0, 0, 0, 0, 0,
                5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 0, 0, 0, 0, 0, 0), 200));
        assertThatThrownBy(() -> yaml(LAMBDA + "  provisionedConcurrency:\n    schedule: " + day
                + "\n    environments: 5\n" + CLUSTER)).isExactlyInstanceOf(ScenarioFormatException.class)
                .hasMessage("s.yaml:4: at lambda.provisionedConcurrency: provisionedConcurrency takes either schedule"
                        + " (environments in each hour of the profile) or environments with hoursPerMonth and"
                        + " shareOfRequests, not both");
        assertThatThrownBy(() -> yaml(LAMBDA + "  provisionedConcurrency:\n    schedule: [1, 2]\n" + CLUSTER))
                .isExactlyInstanceOf(ScenarioFormatException.class).hasMessage("s.yaml:5: at"
                        + " lambda.provisionedConcurrency.schedule: provisionedConcurrency.schedule must have 24 hours (a"
                        + " day) or 168 (a week) but had: 2");
    }

    @Test
    void read_publicIpv4Addresses() {
        Scenario s = yaml(LAMBDA + CLUSTER + "  publicIpv4Addresses: 5\n");

        assertThat(s.cluster().network()).isEqualTo(Network.NONE.withPublicIpv4Addresses(5));
    }

    /** Fixed nodes may state each node's capacity, in requests per second or CPU time; Lambda its limit. */
    @Test
    void read_statedCapacities() {
        Scenario s = yaml("lambda:\n  memoryMb: 256\n  durationMs: 200\n  concurrencyLimit: 3000\n"
                + "cluster:\n  instanceType: t3.medium\n  nodes:\n    fixed: 3\n    requestsPerSecondPerNode: 100\n");

        assertThat(s.cluster().nodes()).isEqualTo(NodeSizing.fixed(3).withRequestsPerSecondPerNode(100));
        assertThat(s.function().concurrencyLimit()).isEqualTo(3000);
        assertThat(yaml(LAMBDA + CLUSTER + "    cpuMsPerRequest: 20\n").cluster().nodes())
                .isEqualTo(NodeSizing.fixed(3).withCpuMsPerRequest(20));
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of(CLUSTER + "  availabilityZones: 3\n  publicIpv4Addresses: 4\n",
                        "s.yaml:9: at cluster.publicIpv4Addresses: publicIpv4Addresses must not be given together with"
                                + " availabilityZones (3 zones, from which the addresses are derived) but was: 4"),
                Arguments.of(CLUSTER + "  availabilityZones: 40\n",
                        "s.yaml:8: at cluster.availabilityZones: availabilityZones must be between 0 and 32"
                                + " availability zones but was: 40"),
                Arguments.of(CLUSTER + "  availabilityZones: 2.5\n",
                        "s.yaml:8: at cluster.availabilityZones: availabilityZones must be a whole number but was: 2.5"),
                Arguments.of(CLUSTER + "  crossAz:\n    kilobytesPerRequest: 10\n",
                        "s.yaml:8: at cluster.crossAz: shareOfRequests is required"),
                Arguments.of(CLUSTER + "  crossAz:\n    shareOfRequests: 2\n    kilobytesPerRequest: 10\n",
                        "s.yaml:9: at cluster.crossAz.shareOfRequests: crossAz.shareOfRequests must be between 0 and 1"
                                + " (fraction of requests) but was: 2"),
                Arguments.of(CLUSTER + "  crossAz:\n    shareOfRequests: 1\n    kilobytesPerRequest: 10\n    gb: 1\n",
                        "s.yaml:11: at cluster.crossAz: unknown field 'gb'; known fields here: kilobytesPerRequest,"
                                + " shareOfRequests"),
                Arguments.of(CLUSTER + "    requestsPerSecondPerNode: 100\n    cpuMsPerRequest: 20\n",
                        "s.yaml:9: at cluster.nodes.cpuMsPerRequest: nodes.fixed states its capacity with one of"
                                + " requestsPerSecondPerNode (requests/s) and cpuMsPerRequest (CPU-ms) but had both: 100.0"
                                + " requests/s and 20.0 CPU-ms"),
                Arguments.of(CLUSTER + "    targetUtilisation: 0.5\n",
                        "s.yaml:6: at cluster.nodes: nodes takes either fixed (with requestsPerSecondPerNode or"
                                + " cpuMsPerRequest to state each node's capacity), or minimum with requestsPerSecondPerNode"
                                + " or cpuMsPerRequest and targetUtilisation, not both"),
                Arguments.of(CLUSTER + "    requestsPerSecondPerNode: 0\n",
                        "s.yaml:8: at cluster.nodes.requestsPerSecondPerNode: nodes.requestsPerSecondPerNode must be"
                                + " between 0.001 and 10000000 requests/s but was: 0"),
                Arguments.of(CLUSTER + "  natGateways:\n    shareOfRequests: -0.1\n",
                        "s.yaml:9: at cluster.natGateways.shareOfRequests: natGateways.shareOfRequests must be between 0 and 1"
                                + " (fraction of requests) but was: -0.1"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalid")
    void read_invalid(String cluster, String message) {
        assertThatThrownBy(() -> yaml(LAMBDA + cluster)).isExactlyInstanceOf(ScenarioFormatException.class)
                .hasMessage(message);
    }

    @Test
    void read_concurrencyLimitOutOfRange() {
        assertThatThrownBy(() -> yaml(LAMBDA + "  concurrencyLimit: 0\n" + CLUSTER))
                .isExactlyInstanceOf(ScenarioFormatException.class).hasMessage("s.yaml:4: at lambda.concurrencyLimit:"
                        + " concurrencyLimit must be between 1 and 1000000 concurrent executions but was: 0");
    }
}
