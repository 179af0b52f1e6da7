package org.breakeven.serverless;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.breakeven.bill.BillModel;
import org.breakeven.bill.Charge;
import org.breakeven.bill.Checks;
import org.breakeven.bill.Conventions;
import org.breakeven.bill.Format;
import org.breakeven.bill.NodeCount;
import org.breakeven.bill.Quantity;
import org.breakeven.bill.Side;
import org.breakeven.cluster.NodeSizing;
import org.breakeven.pricing.Allowance;
import org.breakeven.pricing.InstanceType;
import org.breakeven.pricing.PricingTable;
import org.breakeven.pricing.Rate;
import org.breakeven.workload.Workload;

/**
 * A Lambda function on Lambda Managed Instances: EC2 instances of the team's choosing, each running several
 * execution environments that each serve many requests at once.
 * <pre>{@code
 * jshell> ManagedInstances.of("m7g.xlarge", 1, ManagedInstances.Concurrency.perVcpu(64))
 * $1 ==> Lambda Managed Instances on m7g.xlarge, 1 environment per instance, 64 concurrent requests per vCPU, ...
 * }</pre>
 * <p>
 * The bill ({@link #billModel}), per AWS's Lambda pricing page (Lambda Managed Instances section, and its example
 * "High-throughput API service"), for {@code N} requests and {@code H} hours a month:
 * <ul>
 * <li>requests: {@code N} at {@code lambda.managedInstances.requests} ($0.20 per million); there is no duration
 * charge;</li>
 * <li>EC2 instances: the instance-hours at the type's on-demand price;</li>
 * <li>management fee: the same instance-hours at {@code lambda.managedInstances.managementFee.fractionOfOnDemand}
 * (15%) of the on-demand price, whatever the EC2 part is billed at;</li>
 * <li>the front door's lines ({@link FrontDoor}).</li>
 * </ul>
 * Instances follow the traffic hour by hour as an autoscaled cluster's nodes do ({@link NodeSizing.Autoscaled}):
 * an instance serves {@code concurrency per instance * 1,000 / durationMs} requests a second at full concurrency, and
 * there are never fewer than {@link #minimumInstances} (AWS launches three by default, for resilience across
 * availability zones: Lambda Developer Guide, "Scaling Lambda Managed Instances"). Lambda scales on CPU use and
 * on concurrency saturation within minutes; hour by hour at the workload's peak ratio is this model's reading of
 * it, and traffic that more than doubles within five minutes, which AWS may throttle, is not modelled.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param instanceType the EC2 instance type, from the pricing table's catalogue
 * @param environmentsPerInstance the execution environments on each instance, 1 to 1,000
 * @param concurrency the concurrent requests, per environment or per vCPU
 * @param minimumInstances the fewest instances at any traffic, 1 to 10,000 (AWS's default is 3)
 * @param maximumInstances the most instances, the minimum to 10,000
 * @param targetUtilisation the share of the full concurrency to plan for in each hour, 0.01 to 1
 * @param frontDoor what puts requests in front of the function
 */
public record ManagedInstances(String instanceType, int environmentsPerInstance, Concurrency concurrency,
        int minimumInstances, int maximumInstances, double targetUtilisation, FrontDoor frontDoor) {

    /**
     * Lambda's default minimum of instances: three, one per availability zone, launched when a function version
     * is published (Lambda Developer Guide, "Scaling Lambda Managed Instances" and "Best practices").
     */
    public static final int DEFAULT_MINIMUM_INSTANCES = 3;

    /** The most concurrent requests per execution environment AWS allows ({@code PerExecutionEnvironmentMaxConcurrency}). */
    public static final int MAX_CONCURRENCY_PER_ENVIRONMENT = 1600;

    /**
     * The concurrent requests an instance serves: a number per execution environment, or per vCPU of the instance
     * (AWS's runtime defaults: 64 per vCPU for Node.js, 32 for Java and .NET, 16 for Python).
     *
     * @param perEnvironment requests per environment, 0 if given per vCPU
     * @param perVcpu requests per vCPU, 0 if given per environment
     */
    public record Concurrency(int perEnvironment, int perVcpu) {

        /**
         * Creates a concurrency: exactly one of the two is above 0.
         *
         * @param perEnvironment 0, or 1 to 1,600
         * @param perVcpu 0, or 1 to 1,600
         * @throws IllegalArgumentException if both or neither are given, or one is out of range
         */
        public Concurrency {
            Checks.between("managedInstances.concurrencyPerEnvironment", perEnvironment, 0,
                    MAX_CONCURRENCY_PER_ENVIRONMENT, "concurrent requests");
            Checks.between("managedInstances.concurrencyPerVcpu", perVcpu, 0, MAX_CONCURRENCY_PER_ENVIRONMENT,
                    "concurrent requests");
            if ((perEnvironment > 0) == (perVcpu > 0)) {
                throw new IllegalArgumentException("managedInstances needs exactly one of concurrencyPerEnvironment and"
                        + " concurrencyPerVcpu but had " + (perEnvironment > 0 ? "both" : "neither"));
            }
        }

        /**
         * Obtains a concurrency per execution environment.
         *
         * @param requests 1 to 1,600
         * @return the concurrency
         */
        public static Concurrency perEnvironment(int requests) {
            return new Concurrency(requests, 0);
        }

        /**
         * Obtains a concurrency per vCPU of the instance.
         *
         * @param requests 1 to 1,600
         * @return the concurrency
         */
        public static Concurrency perVcpu(int requests) {
            return new Concurrency(0, requests);
        }

        /** The concurrent requests of one instance. */
        long perInstance(InstanceType type, int environments) {
            return perEnvironment > 0 ? (long) perEnvironment * environments : (long) perVcpu * type.vcpu();
        }

        @Override
        public String toString() {
            return perEnvironment > 0 ? perEnvironment + " concurrent requests per environment"
                    : perVcpu + " concurrent requests per vCPU";
        }
    }

    /**
     * Creates Lambda Managed Instances, checking each value.
     *
     * @param instanceType not null
     * @param environmentsPerInstance 1 to 1,000
     * @param concurrency not null
     * @param minimumInstances 1 to 10,000
     * @param maximumInstances the minimum to 10,000
     * @param targetUtilisation 0.01 to 1
     * @param frontDoor not null
     */
    public ManagedInstances {
        Objects.requireNonNull(instanceType, "instanceType");
        Checks.between("managedInstances.environmentsPerInstance", environmentsPerInstance, 1, 1000, "environments");
        Objects.requireNonNull(concurrency, "concurrency");
        Checks.between("managedInstances.minimumInstances", minimumInstances, 1, 10_000, "instances");
        Checks.between("managedInstances.maximumInstances", maximumInstances, minimumInstances, 10_000, "instances");
        Checks.between("managedInstances.targetUtilisation", targetUtilisation, NodeSizing.MIN_TARGET_UTILISATION, 1,
                "(fraction)");
        Objects.requireNonNull(frontDoor, "frontDoor");
    }

    /**
     * Obtains Lambda Managed Instances with AWS's default minimum of three instances, at most 10,000, planned at
     * full concurrency, invoked with no front door.
     *
     * @param instanceType the instance type
     * @param environmentsPerInstance the environments per instance
     * @param concurrency the concurrency
     * @return the instances
     */
    public static ManagedInstances of(String instanceType, int environmentsPerInstance, Concurrency concurrency) {
        return new ManagedInstances(instanceType, environmentsPerInstance, concurrency, DEFAULT_MINIMUM_INSTANCES,
                10_000, 1, FrontDoor.NONE);
    }

    /**
     * Returns a copy with another minimum and maximum of instances.
     *
     * @param minimum 1 to 10,000
     * @param maximum the minimum to 10,000
     * @return the copy
     */
    public ManagedInstances withInstances(int minimum, int maximum) {
        return new ManagedInstances(instanceType, environmentsPerInstance, concurrency, minimum, maximum,
                targetUtilisation, frontDoor);
    }

    /**
     * Returns a copy planned at another share of its full concurrency.
     *
     * @param value 0.01 to 1
     * @return the copy
     */
    public ManagedInstances withTargetUtilisation(double value) {
        return new ManagedInstances(instanceType, environmentsPerInstance, concurrency, minimumInstances,
                maximumInstances, value, frontDoor);
    }

    /**
     * Returns a copy behind another front door.
     *
     * @param value the front door
     * @return the copy
     */
    public ManagedInstances withFrontDoor(FrontDoor value) {
        return new ManagedInstances(instanceType, environmentsPerInstance, concurrency, minimumInstances,
                maximumInstances, targetUtilisation, value);
    }

    /**
     * Gets the sizing of the instance count: autoscaled by the hour from the requests per second an instance serves
     * at full concurrency, {@code concurrency per instance * 1,000 / durationMs}.
     *
     * @param table the pricing table, for the instance type's vCPUs
     * @param durationMs the function's duration per request, in milliseconds
     * @return the sizing
     */
    public NodeSizing sizing(PricingTable table, double durationMs) {
        Checks.positive("durationMs", durationMs, "ms");
        InstanceType type = table.instance(instanceType);
        double perSecond = concurrency.perInstance(type, environmentsPerInstance) * 1000.0 / durationMs;
        return NodeSizing.autoscaledByCapacity(minimumInstances, maximumInstances, perSecond, targetUtilisation);
    }

    /**
     * Builds the bill model.
     *
     * @param table the pricing table, with the Lambda Managed Instances keys
     * @param workload the traffic, for the instance count
     * @param conventions the month length
     * @param durationMs the function's duration per request, in milliseconds
     * @return the bill model, on the Lambda side
     */
    public BillModel billModel(PricingTable table, Workload workload, Conventions conventions, double durationMs) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(conventions, "conventions");
        InstanceType type = table.instance(instanceType);
        NodeCount instances = sizing(table, durationMs).nodeCount(type, workload, conventions);
        BigDecimal hours = BigDecimal.valueOf(conventions.hoursPerMonth());
        List<Charge> charges = new ArrayList<>();
        charges.add(Charge.of("Requests (Managed Instances)", Quantity.perRequest(BigDecimal.ONE), "requests",
                table.rate("lambda.managedInstances.requests", "USD per request"), BigDecimal.ZERO, false));
        charges.add(Charge.of("EC2 instances (" + type.name() + ", autoscaled by the hour)",
                Quantity.steps(hours, instances), "instance-hours", Rate.flat("ec2." + type.name(),
                        table.currency() + " per instance-hour", type.hourlyPrice(), type.source()), BigDecimal.ZERO,
                false));
        charges.add(Charge.of("Managed Instances management fee (" + type.name() + ")",
                Quantity.steps(hours, instances), "instance-hours", managementFee(type, table), BigDecimal.ZERO,
                false));
        charges.addAll(frontDoor.charges(table, conventions));
        return new BillModel(Side.SERVERLESS, table.currency(), charges);
    }

    /**
     * The management fee per instance-hour: the type's on-demand price times the table's fraction (15%), unrounded
     * (AWS's example: 0.1632 * 0.15 = 0.02448 for m7g.xlarge).
     *
     * @param type the instance type
     * @param table the pricing table
     * @return the rate
     */
    static Rate managementFee(InstanceType type, PricingTable table) {
        Allowance fraction = table.allowance("lambda.managedInstances.managementFee.fractionOfOnDemand");
        return Rate.flat("lambda.managedInstances.managementFee." + type.name(), table.currency() + " per instance-hour",
                type.hourlyPrice().multiply(fraction.quantity()), fraction.source());
    }

    @Override
    public String toString() {
        return "Lambda Managed Instances on " + instanceType + ", " + environmentsPerInstance + " environment"
                + (environmentsPerInstance == 1 ? "" : "s") + " per instance, " + concurrency + ", " + minimumInstances
                + " to " + Format.whole(maximumInstances) + " instances"
                + (targetUtilisation < 1 ? " at " + Format.brief(targetUtilisation * 100) + "%" : "")
                + (frontDoor.equals(FrontDoor.NONE) ? "" : ", behind " + frontDoor);
    }
}
