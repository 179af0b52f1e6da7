package org.breakeven.cluster;

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
import org.breakeven.pricing.InstanceType;
import org.breakeven.pricing.PricingTable;
import org.breakeven.pricing.Rate;
import org.breakeven.workload.Workload;

/**
 * Containers on AWS Fargate, orchestrated by ECS or EKS: tasks (pods) of a size, as many as the traffic needs,
 * sized like nodes ({@link NodeSizing}), and the load balancers in front of them.
 * <pre>{@code
 * jshell> Fargate.ecs(1, 2, NodeSizing.byCapacity(2, 200, 0.6)).withLoadBalancers(LoadBalancers.alb(1))
 * $1 ==> ECS on Fargate, tasks of 1 vCPU and 2 GB x86_64, at least 2 nodes of 200.0 requests/s at 60%, 1 ALB
 * }</pre>
 * <p>
 * The bill ({@link #billModel}), for {@code H} hours a month and the task count {@code T(N)} (the average count if
 * autoscaled by the hour):
 * <ul>
 * <li>vCPU: {@code T(N) * H * vCPU} vCPU-hours at {@code fargate.vcpu.<architecture>}, the on-demand share;</li>
 * <li>memory: {@code T(N) * H * GB} GB-hours at {@code fargate.memory.<architecture>}, the on-demand share. On EKS
 * each pod is billed for its memory plus 256 MB (kubelet, kube-proxy and containerd), rounded up to the next valid
 * size (Amazon EKS User Guide, "Understand Fargate Pod configuration details");</li>
 * <li>the Fargate Spot share of both (ECS only), at the on-demand rates less a discount the scenario states: AWS
 * publishes no fixed Spot rate, only "up to a 70% discount" (AWS Fargate pricing page);</li>
 * <li>ephemeral storage above the 20 GB included, per GB-hour;</li>
 * <li>on EKS, the cluster's control plane (ECS has no orchestration charge);</li>
 * <li>the load balancers, as a cluster bills them.</li>
 * </ul>
 * Tasks run all month, so the one-minute minimum charge of a task never applies; per-second billing of tasks
 * started and stopped by the hour is read as whole hours of the average count, as an autoscaled cluster's.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param orchestrator ECS or EKS
 * @param vcpu the vCPUs of a task, one of 0.25, 0.5, 1, 2, 4 and 8
 * @param memoryGb the memory of a task in GB, a size Fargate offers for its vCPUs
 * @param architecture x86_64, or arm64 (ECS only)
 * @param tasks how many tasks, by the traffic's needs
 * @param ephemeralStorageGb the storage of a task in GB, 20 (included) to 200
 * @param spotShare the share of the task-hours run on Fargate Spot, 0 to 1 (ECS only)
 * @param spotDiscount the Fargate Spot discount off the on-demand rates, 0 to 0.7
 * @param loadBalancers the load balancers in front of the tasks
 */
public record Fargate(Orchestrator orchestrator, double vcpu, double memoryGb, String architecture, NodeSizing tasks,
        double ephemeralStorageGb, double spotShare, double spotDiscount, LoadBalancers loadBalancers) {

    /** What schedules the tasks: ECS (no charge) or EKS (its control plane fee). */
    public enum Orchestrator {
        /** Amazon ECS: no orchestration charge; x86_64 or arm64; Fargate Spot. */
        ECS,
        /** Amazon EKS: the cluster fee; x86_64 only; pods billed 256 MB above their request. */
        EKS
    }

    /** The task sizes Fargate offers: vCPUs, then the smallest, largest and step of memory in GB. */
    private static final double[][] SIZES = {
        {0.25, 0.5, 2, 0.5}, {0.5, 1, 4, 1}, {1, 2, 8, 1}, {2, 4, 16, 1}, {4, 8, 30, 1}, {8, 16, 60, 4}};
    /** What EKS adds to each pod's memory, in GB: 256 MB. */
    private static final double EKS_POD_OVERHEAD_GB = 0.25;
    /** The largest Fargate Spot discount AWS states: "up to a 70% discount". */
    public static final double MAX_SPOT_DISCOUNT = 0.7;

    /**
     * Creates a Fargate service, checking each value.
     *
     * @param orchestrator not null
     * @param vcpu 0.25, 0.5, 1, 2, 4 or 8
     * @param memoryGb a size offered for those vCPUs
     * @param architecture x86_64 or arm64 (ECS only)
     * @param tasks not null
     * @param ephemeralStorageGb 20 to 200 GB
     * @param spotShare 0 to 1, above 0 on ECS only
     * @param spotDiscount 0 to 0.7
     * @param loadBalancers not null
     * @throws IllegalArgumentException if a value is outside its range or the size is not one Fargate offers
     */
    public Fargate {
        Objects.requireNonNull(orchestrator, "orchestrator");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(loadBalancers, "loadBalancers");
        double[] size = size(vcpu);
        Checks.between("fargate.memoryGb", memoryGb, size[1], size[2], "GB for " + Format.brief(vcpu) + " vCPU");
        if (Math.abs((memoryGb - size[1]) / size[3] - Math.rint((memoryGb - size[1]) / size[3])) > 1e-9) {
            throw new IllegalArgumentException("fargate.memoryGb for " + Format.brief(vcpu) + " vCPU must be "
                    + Format.brief(size[1]) + " to " + Format.brief(size[2]) + " GB in steps of " + Format.brief(size[3])
                    + " GB but was: " + memoryGb);
        }
        if (!architecture.equals("x86_64") && !architecture.equals("arm64")) {
            throw new IllegalArgumentException("fargate.architecture must be x86_64 or arm64 but was: " + architecture);
        }
        if (orchestrator == Orchestrator.EKS && architecture.equals("arm64")) {
            throw new IllegalArgumentException("fargate.architecture arm64 is offered on ECS only (AWS Fargate pricing"
                    + " page: \"ARM CPU Architecture [is] currently only available for Amazon ECS\"); use x86_64 on EKS");
        }
        Checks.between("fargate.ephemeralStorageGb", ephemeralStorageGb, 20, 200, "GB");
        Checks.between("fargate.spotShare", spotShare, 0, 1, "(fraction of task-hours)");
        if (orchestrator == Orchestrator.EKS && spotShare > 0) {
            throw new IllegalArgumentException("fargate.spotShare must be 0 on EKS (Fargate Spot is offered for ECS tasks"
                    + " only) but was: " + spotShare);
        }
        Checks.between("fargate.spotDiscount", spotDiscount, 0, MAX_SPOT_DISCOUNT, "(fraction off on-demand)");
        if (tasks.cpuMsPerRequest() > 0 && vcpu != Math.rint(vcpu)) {
            throw new IllegalArgumentException("fargate.tasks sized from a CPU time per request need whole vCPUs per task"
                    + " but vcpu was: " + vcpu + "; give requests per second per task instead");
        }
    }

    /**
     * Obtains an ECS service on Fargate, x86_64, on demand, 20 GB of storage, no load balancer.
     *
     * @param vcpu the vCPUs of a task
     * @param memoryGb the memory of a task in GB
     * @param tasks the task count's sizing
     * @return the service
     */
    public static Fargate ecs(double vcpu, double memoryGb, NodeSizing tasks) {
        return new Fargate(Orchestrator.ECS, vcpu, memoryGb, "x86_64", tasks, 20, 0, 0, LoadBalancers.NONE);
    }

    /**
     * Obtains an EKS service on Fargate, x86_64, 20 GB of storage, no load balancer.
     *
     * @param vcpu the vCPUs of a pod
     * @param memoryGb the memory a pod requests in GB
     * @param tasks the pod count's sizing
     * @return the service
     */
    public static Fargate eks(double vcpu, double memoryGb, NodeSizing tasks) {
        return new Fargate(Orchestrator.EKS, vcpu, memoryGb, "x86_64", tasks, 20, 0, 0, LoadBalancers.NONE);
    }

    /**
     * Returns a copy on another architecture.
     *
     * @param value x86_64 or arm64
     * @return the copy
     */
    public Fargate withArchitecture(String value) {
        return new Fargate(orchestrator, vcpu, memoryGb, value, tasks, ephemeralStorageGb, spotShare, spotDiscount,
                loadBalancers);
    }

    /**
     * Returns a copy with another storage per task.
     *
     * @param gb 20 to 200 GB
     * @return the copy
     */
    public Fargate withEphemeralStorageGb(double gb) {
        return new Fargate(orchestrator, vcpu, memoryGb, architecture, tasks, gb, spotShare, spotDiscount,
                loadBalancers);
    }

    /**
     * Returns a copy with a share of its task-hours on Fargate Spot at a discount.
     *
     * @param share 0 to 1
     * @param discount 0 to 0.7
     * @return the copy
     */
    public Fargate withSpot(double share, double discount) {
        return new Fargate(orchestrator, vcpu, memoryGb, architecture, tasks, ephemeralStorageGb, share, discount,
                loadBalancers);
    }

    /**
     * Returns a copy with other load balancers.
     *
     * @param value the load balancers
     * @return the copy
     */
    public Fargate withLoadBalancers(LoadBalancers value) {
        return new Fargate(orchestrator, vcpu, memoryGb, architecture, tasks, ephemeralStorageGb, spotShare,
                spotDiscount, value);
    }

    private static double[] size(double vcpu) {
        for (double[] size : SIZES) {
            if (size[0] == vcpu) {
                return size;
            }
        }
        throw new IllegalArgumentException("fargate.vcpu must be one of 0.25, 0.5, 1, 2, 4 and 8 vCPU but was: " + vcpu);
    }

    /**
     * Gets the memory each task is billed for, in GB: the memory given on ECS; on EKS the memory plus 256 MB,
     * rounded up to the next size offered for the pod's vCPUs, or the smallest of the next vCPU size up when none
     * is large enough (which then bills those vCPUs too, see {@link #billedVcpu()}).
     *
     * @return the GB
     */
    public double billedMemoryGb() {
        return billedSize()[1];
    }

    /**
     * Gets the vCPUs each task is billed for: the vCPUs given, or on EKS the next size up when the pod's memory plus
     * 256 MB does not fit its own.
     *
     * @return the vCPUs
     */
    public double billedVcpu() {
        return billedSize()[0];
    }

    private double[] billedSize() {
        if (orchestrator == Orchestrator.ECS) {
            return new double[] {vcpu, memoryGb};
        }
        double wanted = memoryGb + EKS_POD_OVERHEAD_GB;
        for (double[] size : SIZES) {
            if (size[0] < vcpu || wanted > size[2]) {
                continue;
            }
            double gb = Math.max(size[1], size[1] + Math.ceil((wanted - size[1]) / size[3] - 1e-9) * size[3]);
            return new double[] {size[0], gb};
        }
        throw new IllegalArgumentException("fargate.memoryGb " + memoryGb + " plus the 256 MB EKS adds to each pod fits"
                + " no Fargate size up to 8 vCPU and 60 GB");
    }

    /**
     * Builds the bill model of the service.
     *
     * @param table the pricing table, with the Fargate rates
     * @param workload the traffic, for the task count
     * @param conventions the month length
     * @return the bill model, on the cluster side
     */
    public BillModel billModel(PricingTable table, Workload workload, Conventions conventions) {
        Objects.requireNonNull(table, "table");
        double[] billed = billedSize();
        BigDecimal billedVcpu = BigDecimal.valueOf(billed[0]);
        BigDecimal billedGb = BigDecimal.valueOf(billed[1]);
        Rate vcpuRate = table.rate("fargate.vcpu." + architecture, "USD per vCPU-hour");
        Rate memoryRate = table.rate("fargate.memory." + architecture, "USD per GB-hour");
        // A task as a node for the sizing: its vCPUs (whole, or 1 when the sizing does not read them) and its price.
        InstanceType task = new InstanceType("fargate task", Math.max(1, (int) billed[0]), billedGb, architecture,
                vcpuRate.firstPrice().multiply(billedVcpu).add(memoryRate.firstPrice().multiply(billedGb)),
                vcpuRate.source());
        NodeCount count = tasks.nodeCount(task, workload, conventions);
        BigDecimal hours = BigDecimal.valueOf(conventions.hoursPerMonth());
        BigDecimal spot = BigDecimal.valueOf(spotShare);
        BigDecimal onDemand = BigDecimal.ONE.subtract(spot);
        String size = " (" + architecture + (tasks instanceof NodeSizing.Autoscaled ? ", autoscaled by the hour" : "")
                + ")";
        List<Charge> charges = new ArrayList<>();
        if (onDemand.signum() > 0) {
            charges.add(Charge.of("Fargate vCPU" + size, Quantity.steps(hours.multiply(billedVcpu).multiply(onDemand),
                    count), "vCPU-hours", vcpuRate, BigDecimal.ZERO, false));
            charges.add(Charge.of("Fargate memory" + size, Quantity.steps(hours.multiply(billedGb).multiply(onDemand),
                    count), "GB-hours", memoryRate, BigDecimal.ZERO, false));
        }
        if (spot.signum() > 0) {
            BigDecimal off = BigDecimal.ONE.subtract(BigDecimal.valueOf(spotDiscount));
            charges.add(Charge.of("Fargate Spot vCPU" + size, Quantity.steps(hours.multiply(billedVcpu).multiply(spot),
                    count), "vCPU-hours", Rate.flat(vcpuRate.id() + ".spot", vcpuRate.unit(),
                    vcpuRate.firstPrice().multiply(off), "scenario input"), BigDecimal.ZERO, false));
            charges.add(Charge.of("Fargate Spot memory" + size, Quantity.steps(hours.multiply(billedGb).multiply(spot),
                    count), "GB-hours", Rate.flat(memoryRate.id() + ".spot", memoryRate.unit(),
                    memoryRate.firstPrice().multiply(off), "scenario input"), BigDecimal.ZERO, false));
        }
        BigDecimal included = table.allowance("fargate.ephemeralStorage.includedGb").quantity();
        BigDecimal extra = BigDecimal.valueOf(ephemeralStorageGb).subtract(included);
        if (extra.signum() > 0) {
            charges.add(Charge.of("Fargate ephemeral storage above " + included.toPlainString() + " GB",
                    Quantity.steps(hours.multiply(extra), count), "GB-hours",
                    table.rate("fargate.ephemeralStorage", "USD per GB-hour"), BigDecimal.ZERO, false));
        }
        if (orchestrator == Orchestrator.EKS) {
            charges.add(Charge.of("EKS control plane (standard support)", Quantity.fixed(hours), "cluster-hours",
                    table.rate("eks.cluster.standard", "USD per cluster-hour"), BigDecimal.ZERO, false));
        }
        charges.addAll(ClusterModel.loadBalancerCharges(loadBalancers, table, conventions, false));
        return new BillModel(Side.CLUSTER, table.currency(), charges);
    }

    @Override
    public String toString() {
        return orchestrator + " on Fargate, tasks of " + Format.brief(vcpu) + " vCPU and " + Format.brief(memoryGb)
                + " GB " + architecture + ", " + tasks + (loadBalancers.count() > 0 ? ", " + loadBalancers : "")
                + (spotShare > 0 ? ", " + Format.brief(spotShare * 100) + "% on Spot at " + Format.brief(spotDiscount * 100)
                        + "% off" : "")
                + (ephemeralStorageGb > 20 ? ", " + Format.brief(ephemeralStorageGb) + " GB storage" : "");
    }
}
