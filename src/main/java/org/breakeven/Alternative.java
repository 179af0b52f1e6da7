package org.breakeven;

import java.util.Objects;
import org.breakeven.bill.Checks;
import org.breakeven.cluster.Cluster;
import org.breakeven.cluster.ClusterModel;
import org.breakeven.cluster.Fargate;
import org.breakeven.cluster.SharedCluster;
import org.breakeven.serverless.FrontDoor;
import org.breakeven.serverless.LambdaFunction;
import org.breakeven.serverless.ManagedInstances;
import org.breakeven.serverless.ServerlessModel;

/**
 * One way of running a scenario's service, as a scenario file's {@code options} names it: Lambda on demand behind a
 * front door, Lambda Managed Instances, containers on Fargate, an EKS cluster (with or without Auto Mode), or a share
 * of a cluster the team already runs. It
 * becomes an {@link Option}, a named bill, with the scenario's traffic, pricing table and conventions.
 * <pre>{@code
 * jshell> Scenario s = Breakeven.defaultScenario();
 * jshell> new Alternative.OnCluster("eks", s.cluster()).option(s)
 * $1 ==> eks (cluster bill model with 4 lines)
 * }</pre>
 * <p>
 * Implementations are immutable and thread-safe.
 */
public sealed interface Alternative permits Alternative.OnDemandLambda, Alternative.OnManagedInstances,
        Alternative.OnFargate, Alternative.OnCluster, Alternative.OnSharedCluster {

    /**
     * Gets the name, which the option and every report use.
     *
     * @return the name
     */
    String name();

    /**
     * Builds the option with a scenario's traffic, pricing table and conventions.
     *
     * @param scenario the scenario
     * @return the option
     */
    Option option(Scenario scenario);

    /**
     * Lambda on demand ({@link ServerlessModel}) behind a front door, whose lines follow the function's own.
     *
     * @param name the name
     * @param function the function
     * @param frontDoor the front door
     */
    record OnDemandLambda(String name, LambdaFunction function, FrontDoor frontDoor) implements Alternative {

        /**
         * Creates the alternative.
         *
         * @param name the name
         * @param function not null
         * @param frontDoor not null
         */
        public OnDemandLambda {
            Option.checkName(name);
            Objects.requireNonNull(function, "function");
            Objects.requireNonNull(frontDoor, "frontDoor");
        }

        @Override
        public Option option(Scenario scenario) {
            return Option.of(name, frontDoor.appendTo(ServerlessModel.billModel(function, scenario.pricing(),
                    scenario.conventions(), scenario.workload().profile()), scenario.pricing(), scenario.conventions()));
        }
    }

    /**
     * Lambda Managed Instances, serving requests of a duration.
     *
     * @param name the name
     * @param instances the instances
     * @param durationMs the function's duration per request, in milliseconds
     */
    record OnManagedInstances(String name, ManagedInstances instances, double durationMs) implements Alternative {

        /**
         * Creates the alternative.
         *
         * @param name the name
         * @param instances not null
         * @param durationMs more than 0, at most 900,000 ms
         */
        public OnManagedInstances {
            Option.checkName(name);
            Objects.requireNonNull(instances, "instances");
            Checks.positiveAtMost("durationMs", durationMs, LambdaFunction.MAX_DURATION_MS, "ms");
        }

        @Override
        public Option option(Scenario scenario) {
            return Option.of(name, instances.billModel(scenario.pricing(), scenario.workload(), scenario.conventions(),
                    durationMs));
        }
    }

    /**
     * Containers on Fargate.
     *
     * @param name the name
     * @param fargate the service
     */
    record OnFargate(String name, Fargate fargate) implements Alternative {

        /**
         * Creates the alternative.
         *
         * @param name the name
         * @param fargate not null
         */
        public OnFargate {
            Option.checkName(name);
            Objects.requireNonNull(fargate, "fargate");
        }

        @Override
        public Option option(Scenario scenario) {
            return Option.of(name, fargate.billModel(scenario.pricing(), scenario.workload(), scenario.conventions()));
        }
    }

    /**
     * An EKS cluster on EC2 nodes, EKS Auto Mode if the cluster says so ({@link Cluster#autoMode()}).
     *
     * @param name the name
     * @param cluster the cluster
     */
    record OnCluster(String name, Cluster cluster) implements Alternative {

        /**
         * Creates the alternative.
         *
         * @param name the name
         * @param cluster not null
         */
        public OnCluster {
            Option.checkName(name);
            Objects.requireNonNull(cluster, "cluster");
        }

        @Override
        public Option option(Scenario scenario) {
            return Option.of(name, ClusterModel.billModel(cluster, scenario.pricing(), scenario.workload(),
                    scenario.conventions()));
        }
    }

    /**
     * The service as a tenant of a cluster the team already runs, allocated as OpenCost allocates a shared
     * cluster: see {@link SharedCluster}.
     *
     * @param name the name
     * @param shared the tenancy
     */
    record OnSharedCluster(String name, SharedCluster shared) implements Alternative {

        /**
         * Creates the alternative.
         *
         * @param name the name
         * @param shared not null
         */
        public OnSharedCluster {
            Option.checkName(name);
            Objects.requireNonNull(shared, "shared");
        }

        @Override
        public Option option(Scenario scenario) {
            return Option.of(name, shared.billModel(scenario.pricing(), scenario.workload(), scenario.conventions()));
        }
    }
}
