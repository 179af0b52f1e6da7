package org.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.breakeven.cluster.NodeSizing;
import org.breakeven.cluster.SharedCluster;
import org.breakeven.serverless.FrontDoor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code options} section of a scenario file: what it reads and how a bad option fails. */
class ScenarioFileOptionsTest {

    private static final String HEAD = """
            pricing:
              version: 2026-10-01
            lambda: {memoryMb: 1024, durationMs: 40}
            cluster:
              instanceType: m7g.large
              nodes: {fixed: 2}
              loadBalancers: {count: 1, requestsPerConnection: 100, kilobytesPerRequest: 2}
            options:
            """;

    private static Scenario read(String options) {
        return ScenarioFile.read(new ByteArrayInputStream((HEAD + options).getBytes(StandardCharsets.UTF_8)), "o.yaml",
                Path.of("").toAbsolutePath());
    }

    @Test
    void read_eachKind_becomesItsAlternative() {
        Scenario s = read("""
                  - {name: l, kind: lambda, frontDoor: functionUrl}
                  - {name: m, kind: managedInstances, instanceType: m7g.xlarge, concurrencyPerEnvironment: 64, frontDoor: alb}
                  - {name: f, kind: fargate, orchestrator: eks, vcpu: 0.5, memoryGb: 1, requestsPerSecondPerTask: 50}
                  - {name: c, kind: cluster, autoMode: true}
                """);

        assertThat(s.alternatives()).extracting(Alternative::name).containsExactly("l", "m", "f", "c");
        assertThat(((Alternative.OnDemandLambda) s.alternatives().get(0)).frontDoor()).isEqualTo(FrontDoor.FUNCTION_URL);
        Alternative.OnManagedInstances m = (Alternative.OnManagedInstances) s.alternatives().get(1);
        assertThat(m.durationMs()).isEqualTo(40);
        assertThat(m.instances().frontDoor().loadBalancer()).isEqualTo(s.cluster().loadBalancers());
        assertThat(((Alternative.OnFargate) s.alternatives().get(2)).fargate().billedMemoryGb()).isEqualTo(2);
        assertThat(((Alternative.OnCluster) s.alternatives().get(3)).cluster().autoMode()).isTrue();
        assertThat(s.envelope().options()).hasSize(4);
    }

    /**
     * A share of the existing cluster: its nodes (m7g.large, the cluster section's) and the replicas' sizing; its
     * bill at the scenario's traffic is what SharedClusterTest works out for its own numbers.
     */
    @Test
    void read_sharedCluster_becomesATenancyOfTheClustersNodes() {
        Scenario s = read("""
                  - {name: l, kind: lambda, frontDoor: functionUrl}
                  - {name: s, kind: sharedCluster, vcpu: 0.5, memoryGib: 1, requestsPerSecondPerTask: 100,
                     allocatedShare: 0.6}
                """);

        SharedCluster shared = ((Alternative.OnSharedCluster) s.alternatives().get(1)).shared();
        assertThat(shared).isEqualTo(new SharedCluster("m7g.large", 0.5, 1,
                NodeSizing.autoscaledByCapacity(2, 10_000, 100, 1), 0.6));
        assertThat(s.envelope().options()).extracting(Option::name).containsExactly("l", "s");
    }

    /** Options are at list prices: beside commitments they would be compared against committed bills. */
    @Test
    void read_optionsBesideCommitments_areRefused() {
        String file = HEAD.replace("options:\n", "discounts: {ec2: 10}\noptions:\n")
                + "  - {name: l, kind: lambda}\n  - {name: c, kind: cluster}\n";

        assertThatThrownBy(() -> ScenarioFile.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                "o.yaml", Path.of("").toAbsolutePath()))
                .isInstanceOf(ScenarioFormatException.class)
                .hasMessage("o.yaml:8: at discounts: options are priced at list prices: commitments and discounts apply"
                        + " to the two-way comparison of lambda and cluster only, so leave out either options or discounts");
    }

    /** Each row: the options, separated by {@code ;}, one a line from line 9; and the message. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{name: a, kind: lambda}|o.yaml:8: at options: options must hold 2 to 16 options (one is cheapest everywhere;"
                + " each pair is solved) but held: 1",
        "{name: a, kind: lambda};{name: a, kind: cluster}|o.yaml:8: at options: options must each have their own"
                + " name but 'a' was used twice",
        "{name: a, kind: lambda};{name: b, kind: vm}|o.yaml:10: at options[1].kind: options[].kind must be lambda,"
                + " managedInstances, fargate, cluster or sharedCluster but was: 'vm'",
        "{name: a, kind: sharedCluster, vcpu: 1, requestsPerSecondPerTask: 10, allocatedShare: 1};{name: b, kind:"
                + " cluster}|o.yaml:9: at options[0]: memoryGib is required",
        "{name: a, kind: sharedCluster, vcpu: 1, memoryGib: 2, requestsPerSecondPerTask: 10, allocatedShare: 0};"
                + "{name: b, kind: cluster}|o.yaml:9: at options[0].allocatedShare: options[].allocatedShare must be"
                + " greater than 0 and at most 1 (share of the cluster's resources) but was: 0",
        "{name: a, kind: sharedCluster, vcpu: 1, memoryGib: 2, requestsPerSecondPerTask: 10, allocatedShare: 1,"
                + " spotShare: 0.5};{name: b, kind: cluster}|o.yaml:9: at options[0].spotShare: options[].spotShare"
                + " does not apply to an option of kind sharedCluster, which reads [instanceType, vcpu, memoryGib,"
                + " requestsPerSecondPerTask, minimumTasks, maximumTasks, targetUtilisation, allocatedShare]",
        "{name: a, kind: lambda, vcpu: 1};{name: b, kind: cluster}|o.yaml:9: at options[0].vcpu: options[].vcpu"
                + " does not apply to an option of kind lambda, which reads [frontDoor]",
        "{name: a/b, kind: lambda};{name: b, kind: cluster}|o.yaml:9: at options[0].name: an option name must be"
                + " 1 to 40 characters of letters, digits, '-', '_' and '.' (it names a column in CSV and JSON) but was: 'a/b'",
        "{name: a, kind: managedInstances, instanceType: m7g.xlarge};{name: b, kind: cluster}|o.yaml:9: at"
                + " options[0]: managedInstances needs exactly one of concurrencyPerEnvironment and concurrencyPerVcpu but"
                + " had neither",
        "{name: a, kind: fargate, vcpu: 1, memoryGb: 9, requestsPerSecondPerTask: 10};{name: b, kind: cluster}"
                + "|o.yaml:9: at options[0].memoryGb: fargate.memoryGb must be between 2 and 8 GB for 1 vCPU but was: 9",
        "{name: a, kind: lambda, frontDoor: cdn};{name: b, kind: cluster}|o.yaml:9: at options[0].frontDoor:"
                + " options[].frontDoor must be none, functionUrl, apiGatewayHttp, apiGatewayRest or alb but was: 'cdn'",
    })
    void read_badOption_failsAtItsField(String options, String message) {
        StringBuilder list = new StringBuilder();
        for (String option : options.split(";")) {
            list.append("  - ").append(option).append('\n');
        }
        assertThatThrownBy(() -> read(list.toString())).isInstanceOf(ScenarioFormatException.class).hasMessage(message);
    }

    @Test
    void read_frontDoorBesideAnApiGatewayItem_wouldBillItTwice() {
        String file = HEAD.replace("lambda: {memoryMb: 1024, durationMs: 40}", "lambda: {memoryMb: 1024, durationMs: 40,"
                + " downstream: {items: [{kind: API_GATEWAY_HTTP, unitsPerRequest: 1}]}}")
                + "  - {name: a, kind: lambda, frontDoor: apiGatewayHttp}\n  - {name: b, kind: cluster}\n";

        assertThatThrownBy(() -> ScenarioFile.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                "o.yaml", Path.of("").toAbsolutePath())).isInstanceOf(ScenarioFormatException.class)
                .hasMessageContaining("options[].frontDoor would bill API Gateway twice");
    }

    @Test
    void read_optionsOnAnOldTable_failAtTheOptionThatNeedsTheRate() {
        String file = HEAD.replace("pricing:\n  version: 2026-10-01\n", "pricing: {version: 2024-11-01}\n")
                + "  - {name: a, kind: lambda}\n  - {name: b, kind: cluster, autoMode: true}\n";

        assertThatThrownBy(() -> ScenarioFile.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                "o.yaml", null)).isInstanceOf(ScenarioFormatException.class)
                .hasMessageStartingWith("o.yaml:9: at options[1]").hasMessageContaining("EKS Auto Mode needs rate"
                        + " eks.autoMode.m7g.large");
    }
}
