package org.breakeven.cluster;

import java.math.BigDecimal;
import java.math.MathContext;
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
 * The service as a tenant of a cluster the team already runs: "what does moving this service into our cluster
 * cost?", allocated the way OpenCost allocates a shared cluster (OpenCost Specification v0.1,
 * {@code spec/opencost-specv01.md} in opencost/opencost).
 * <ul>
 * <li>The service runs replicas (pods) that each request {@code vcpu} vCPUs and {@code memoryGib} GiB, as many as
 * the traffic needs, sized like nodes ({@link NodeSizing}).</li>
 * <li>A workload's cost is its requested resources times their hourly prices (the spec's "max(request, usage)":
 * a replica sized for its load uses no more than it requests).</li>
 * <li>The node's hourly price is split into a price per vCPU-hour and per GiB-hour by a ratio of base prices scaled
 * so that the node's vCPUs and GiB cost exactly its price (the spec's Appendix A). The base prices are OpenCost's
 * defaults ({@code configs/default.json}), kept in the pricing table with their source as
 * {@code opencost.baseCpu} and {@code opencost.baseRam}.</li>
 * <li>Idle capacity, the part of the nodes no workload requests, is shared among the workloads in proportion to
 * their cost (the spec's shared costs, "proportionate to a tenant's consumption"): with {@code allocatedShare} of
 * the cluster's resources requested, each workload's cost grows by {@code (1 − allocatedShare) ÷ allocatedShare}.</li>
 * </ul>
 * The cluster's control plane, load balancers and other overheads are there whether or not the service moves in,
 * so they are not on this bill: it is the service's marginal, allocated cost, not a share of every cluster line.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param instanceType the type of the nodes the service's replicas land on
 * @param vcpu the vCPUs each replica requests, more than 0, at most the node's
 * @param memoryGib the memory each replica requests in GiB, more than 0, at most the node's
 * @param replicas how many replicas, by the traffic's needs
 * @param allocatedShare the share of the cluster's vCPUs and memory that workloads request, more than 0, at most 1
 */
public record SharedCluster(String instanceType, double vcpu, double memoryGib, NodeSizing replicas,
        double allocatedShare) {

    /** The table's OpenCost default CPU price per core-hour, a ratio input (see {@code pricing/README.md}). */
    public static final String BASE_CPU = "opencost.baseCpu";
    /** The table's OpenCost default RAM price per GB-hour, a ratio input. */
    public static final String BASE_RAM = "opencost.baseRam";
    private static final String SOURCE = "the node's on-demand price split by OpenCost's base prices (" + BASE_CPU
            + ", " + BASE_RAM + ") scaled to sum to the node price (OpenCost Specification v0.1, Appendix A)";

    /**
     * Creates the tenancy, checking each value.
     *
     * @param instanceType not blank
     * @param vcpu more than 0, at most 10,000
     * @param memoryGib more than 0, at most 1,000,000
     * @param replicas not null
     * @param allocatedShare more than 0, at most 1
     */
    public SharedCluster {
        Objects.requireNonNull(instanceType, "instanceType");
        Checks.positiveAtMost("options[].vcpu", vcpu, InstanceType.MAX_VCPU, "vCPUs");
        Checks.positiveAtMost("options[].memoryGib", memoryGib, InstanceType.MAX_MEMORY_GIB.doubleValue(), "GiB");
        Objects.requireNonNull(replicas, "replicas");
        Checks.positiveAtMost("options[].allocatedShare", allocatedShare, 1, "(share of the cluster's resources)");
    }

    /**
     * Computes the node's price per vCPU-hour and per GiB-hour: {@code price × base ÷ (vCPUs × cpu + GiB × ram)}
     * for each, where {@code cpu} and {@code ram} are the table's {@link #BASE_CPU} and {@link #BASE_RAM}.
     *
     * @param type the node type
     * @param table the pricing table, for the base prices
     * @return {vCPU-hour price, GiB-hour price}
     * @throws IllegalArgumentException if the table lacks the base prices (tables before 2026)
     */
    public static BigDecimal[] unitPrices(InstanceType type, PricingTable table) {
        if (!table.allowances().containsKey(BASE_CPU) || !table.allowances().containsKey(BASE_RAM)) {
            throw new IllegalArgumentException("a share of an existing cluster needs allowances " + BASE_CPU + " and "
                    + BASE_RAM + " (OpenCost's base prices) in pricing table " + table.version()
                    + ", which lacks them: use a table of 2026 or later");
        }
        BigDecimal cpu = table.allowance(BASE_CPU).quantity();
        BigDecimal ram = table.allowance(BASE_RAM).quantity();
        BigDecimal base = cpu.multiply(BigDecimal.valueOf(type.vcpu())).add(ram.multiply(type.memoryGib()));
        BigDecimal scale = type.hourlyPrice().divide(base, MathContext.DECIMAL64);
        return new BigDecimal[] {cpu.multiply(scale, MathContext.DECIMAL64), ram.multiply(scale, MathContext.DECIMAL64)};
    }

    /**
     * Builds the tenancy's bill: the replicas' requested vCPU-hours and GiB-hours at the node's unit prices, and
     * their share of the idle capacity at the same prices.
     *
     * @param table the pricing table, for the node type
     * @param workload the traffic
     * @param conventions the month length
     * @return the bill model, on the cluster side
     * @throws IllegalArgumentException if a replica requests more than a node has
     */
    public BillModel billModel(PricingTable table, Workload workload, Conventions conventions) {
        Objects.requireNonNull(table, "table");
        InstanceType type = table.instance(instanceType);
        if (vcpu > type.vcpu() || BigDecimal.valueOf(memoryGib).compareTo(type.memoryGib()) > 0) {
            throw new IllegalArgumentException("a replica of " + Format.brief(vcpu) + " vCPU and "
                    + Format.brief(memoryGib) + " GiB does not fit on a " + type.name() + " node of " + type.vcpu()
                    + " vCPU and " + Format.plain(type.memoryGib()) + " GiB");
        }
        BigDecimal[] prices = unitPrices(type, table);
        Rate cpu = Rate.flat("shared." + type.name() + ".vcpu", table.currency() + " per vCPU-hour", prices[0], SOURCE);
        Rate ram = Rate.flat("shared." + type.name() + ".memory", table.currency() + " per GiB-hour", prices[1], SOURCE);
        // A replica as a node for the sizing: its vCPUs (whole, at least 1) and the price of what it requests.
        InstanceType replica = new InstanceType("replica", Math.max(1, (int) Math.ceil(vcpu)),
                BigDecimal.valueOf(memoryGib), type.architecture(), prices[0].multiply(BigDecimal.valueOf(vcpu))
                        .add(prices[1].multiply(BigDecimal.valueOf(memoryGib))), SOURCE);
        NodeCount count = replicas.nodeCount(replica, workload, conventions);
        BigDecimal hours = BigDecimal.valueOf(conventions.hoursPerMonth());
        BigDecimal v = hours.multiply(BigDecimal.valueOf(vcpu));
        BigDecimal m = hours.multiply(BigDecimal.valueOf(memoryGib));
        String on = " (requested, on " + type.name() + ")";
        List<Charge> charges = new ArrayList<>(4);
        charges.add(Charge.of("vCPU" + on, Quantity.steps(v, count), "vCPU-hours", cpu, BigDecimal.ZERO, false));
        charges.add(Charge.of("Memory" + on, Quantity.steps(m, count), "GiB-hours", ram, BigDecimal.ZERO, false));
        if (allocatedShare < 1) {
            BigDecimal a = BigDecimal.valueOf(allocatedShare);
            BigDecimal idle = BigDecimal.ONE.subtract(a).divide(a, MathContext.DECIMAL64);
            String share = " (share of idle capacity, the cluster " + Format.percent(allocatedShare) + "% allocated)";
            charges.add(Charge.of("vCPU" + share, Quantity.steps(v.multiply(idle), count), "vCPU-hours", cpu,
                    BigDecimal.ZERO, false));
            charges.add(Charge.of("Memory" + share, Quantity.steps(m.multiply(idle), count), "GiB-hours", ram,
                    BigDecimal.ZERO, false));
        }
        return new BillModel(Side.CLUSTER, table.currency(), charges);
    }

    /**
     * Outputs {@code replicas of 0.5 vCPU and 1 GiB on m6i.large nodes, ..., the cluster 60% allocated}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "replicas of " + Format.brief(vcpu) + " vCPU and " + Format.brief(memoryGib) + " GiB on " + instanceType
                + " nodes, " + replicas + ", the cluster " + Format.percent(allocatedShare) + "% allocated";
    }
}
