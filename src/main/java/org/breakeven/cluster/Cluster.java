package org.breakeven.cluster;

import org.breakeven.bill.Checks;

import java.util.List;
import java.util.Objects;

/**
 * A Kubernetes (EKS) cluster as its bill sees it: nodes, control plane, load balancers, NAT, storage,
 * people, any flat monthly extras, and the network lines of a production cluster (public IPv4 addresses,
 * transfer between availability zones).
 * <p>
 * {@code storageGbPerNode} is every gp3 GB attached to each node, its root volume included: an EKS managed node
 * group's root volume is 20 GiB by default (EKS API reference, {@code CreateNodegroup.diskSize}), so a cluster
 * with no other volume has 20 here. There is no separate root-volume line, so that no GB is billed twice.
 * <pre>{@code
 * jshell> Cluster.of("t3.medium", NodeSizing.fixed(3)).withLoadBalancers(LoadBalancers.alb(1))
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param instanceType the node instance type, from the pricing table's catalogue
 * @param nodes how many nodes
 * @param clusters how many EKS control planes, 0 to 100
 * @param extendedSupport true if the Kubernetes version is in extended support
 * @param loadBalancers the load balancers
 * @param natGateways NAT gateways, 0 to 100
 * @param natKilobytesPerRequest bytes through NAT per request that goes out through it in KB, 0 to 10^7
 * @param natShareOfRequests the share of requests whose traffic goes out through NAT, 0 to 1
 * @param storageGbPerNode gp3 volumes per node in GB, the root volume included, 0 to 65,536
 * @param ops the operations headcount
 * @param fixedCosts other flat monthly amounts
 * @param network public IPv4 addresses and transfer between availability zones, {@link Network#NONE} for none
 * @param cpuCredits the credit mode of burstable nodes, {@link CpuCredits#UNLIMITED} by default
 * @param autoMode true if EKS Auto Mode manages the nodes, which adds its fee per instance-hour
 */
public record Cluster(String instanceType, NodeSizing nodes, int clusters, boolean extendedSupport,
        LoadBalancers loadBalancers, int natGateways, double natKilobytesPerRequest, double natShareOfRequests,
        double storageGbPerNode, OpsHeadcount ops, List<FixedCost> fixedCosts, Network network,
        CpuCredits cpuCredits, boolean autoMode) {

    /**
     * Creates a cluster, checking each value.
     *
     * @param instanceType not null
     * @param nodes not null
     * @param clusters 0 to 100
     * @param extendedSupport extended-support fee
     * @param loadBalancers not null
     * @param natGateways 0 to 100
     * @param natKilobytesPerRequest 0 to 10^7 KB
     * @param natShareOfRequests 0 to 1
     * @param storageGbPerNode 0 to 65,536 GB
     * @param ops not null
     * @param fixedCosts not null
     * @param network not null
     * @param cpuCredits not null
     * @param autoMode EKS Auto Mode
     */
    public Cluster {
        Objects.requireNonNull(instanceType, "instanceType");
        Objects.requireNonNull(nodes, "nodes");
        Checks.between("controlPlanes", clusters, 0, 100, "EKS clusters");
        Objects.requireNonNull(loadBalancers, "loadBalancers");
        Checks.between("natGateways.count", natGateways, 0, 100, "NAT gateways");
        Checks.between("natGateways.kilobytesPerRequest", natKilobytesPerRequest, 0, 1e7, "KB");
        Checks.between("natGateways.shareOfRequests", natShareOfRequests, 0, 1, "(fraction of requests)");
        Checks.between("storageGbPerNode", storageGbPerNode, 0, 65_536, "GB");
        Objects.requireNonNull(ops, "ops");
        fixedCosts = List.copyOf(Objects.requireNonNull(fixedCosts, "fixedCosts"));
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(cpuCredits, "cpuCredits");
    }

    /**
     * Obtains one EKS cluster on standard support with the given nodes and nothing else.
     *
     * @param instanceType the node type
     * @param nodes the sizing
     * @return the cluster
     */
    public static Cluster of(String instanceType, NodeSizing nodes) {
        return new Cluster(instanceType, nodes, 1, false, LoadBalancers.NONE, 0, 0, 1, 0, OpsHeadcount.NONE, List.of(),
                Network.NONE, CpuCredits.UNLIMITED, false);
    }

    /**
     * Returns a copy with another instance type.
     *
     * @param instanceType the node type
     * @return the copy
     */
    public Cluster withInstanceType(String instanceType) {
        return new Cluster(instanceType, nodes, clusters, extendedSupport, loadBalancers, natGateways, natKilobytesPerRequest,
                natShareOfRequests, storageGbPerNode, ops, fixedCosts, network, cpuCredits, autoMode);
    }

    /**
     * Returns a copy with another node sizing.
     *
     * @param nodes the sizing
     * @return the copy
     */
    public Cluster withNodes(NodeSizing nodes) {
        return new Cluster(instanceType, nodes, clusters, extendedSupport, loadBalancers, natGateways,
                natKilobytesPerRequest, natShareOfRequests, storageGbPerNode, ops, fixedCosts, network, cpuCredits, autoMode);
    }

    /**
     * Returns a copy with another number of EKS control planes and support level.
     *
     * @param count 0 to 100
     * @param extended true for extended support
     * @return the copy
     */
    public Cluster withControlPlanes(int count, boolean extended) {
        return new Cluster(instanceType, nodes, count, extended, loadBalancers, natGateways, natKilobytesPerRequest,
                natShareOfRequests, storageGbPerNode, ops, fixedCosts, network, cpuCredits, autoMode);
    }

    /**
     * Returns a copy with other load balancers.
     *
     * @param loadBalancers the load balancers
     * @return the copy
     */
    public Cluster withLoadBalancers(LoadBalancers loadBalancers) {
        return new Cluster(instanceType, nodes, clusters, extendedSupport, loadBalancers, natGateways,
                natKilobytesPerRequest, natShareOfRequests, storageGbPerNode, ops, fixedCosts, network, cpuCredits, autoMode);
    }

    /**
     * Returns a copy with NAT gateways.
     *
     * @param gateways 0 to 100
     * @param kilobytesPerRequest KB through NAT per request
     * @return the copy
     */
    public Cluster withNat(int gateways, double kilobytesPerRequest) {
        return withNat(gateways, kilobytesPerRequest, 1);
    }

    /**
     * Returns a copy with NAT gateways through which a share of the requests' traffic goes out.
     *
     * @param gateways 0 to 100
     * @param kilobytesPerRequest KB through NAT per request that goes out through it
     * @param shareOfRequests the share of requests whose traffic goes out through NAT, 0 to 1
     * @return the copy
     */
    public Cluster withNat(int gateways, double kilobytesPerRequest, double shareOfRequests) {
        return new Cluster(instanceType, nodes, clusters, extendedSupport, loadBalancers, gateways,
                kilobytesPerRequest, shareOfRequests, storageGbPerNode, ops, fixedCosts, network, cpuCredits, autoMode);
    }

    /**
     * Returns a copy with a gp3 volume per node.
     *
     * @param gb GB per node
     * @return the copy
     */
    public Cluster withStorageGbPerNode(double gb) {
        return new Cluster(instanceType, nodes, clusters, extendedSupport, loadBalancers, natGateways,
                natKilobytesPerRequest, natShareOfRequests, gb, ops, fixedCosts, network, cpuCredits, autoMode);
    }

    /**
     * Returns a copy with another operations headcount.
     *
     * @param ops the headcount
     * @return the copy
     */
    public Cluster withOps(OpsHeadcount ops) {
        return new Cluster(instanceType, nodes, clusters, extendedSupport, loadBalancers, natGateways,
                natKilobytesPerRequest, natShareOfRequests, storageGbPerNode, ops, fixedCosts, network, cpuCredits, autoMode);
    }

    /**
     * Returns a copy with other flat monthly extras.
     *
     * @param fixedCosts the extras
     * @return the copy
     */
    public Cluster withFixedCosts(List<FixedCost> fixedCosts) {
        return new Cluster(instanceType, nodes, clusters, extendedSupport, loadBalancers, natGateways,
                natKilobytesPerRequest, natShareOfRequests, storageGbPerNode, ops, fixedCosts, network, cpuCredits, autoMode);
    }

    /**
     * Returns a copy with other network lines: public IPv4 addresses and transfer between availability zones.
     *
     * @param value the network lines, {@link Network#NONE} for none
     * @return the copy
     */
    public Cluster withNetwork(Network value) {
        return new Cluster(instanceType, nodes, clusters, extendedSupport, loadBalancers, natGateways,
                natKilobytesPerRequest, natShareOfRequests, storageGbPerNode, ops, fixedCosts, value, cpuCredits, autoMode);
    }

    /**
     * Returns a copy with another credit mode for burstable nodes.
     *
     * @param mode unlimited (AWS's default for T3, T3a and T4g) or standard
     * @return the copy
     */
    public Cluster withCpuCredits(CpuCredits mode) {
        return new Cluster(instanceType, nodes, clusters, extendedSupport, loadBalancers, natGateways,
                natKilobytesPerRequest, natShareOfRequests, storageGbPerNode, ops, fixedCosts, network, mode, autoMode);
    }

    /**
     * Returns a copy whose nodes EKS Auto Mode manages (true) or the team does (false, the default). Auto Mode bills
     * a fee per managed instance-hour on top of the EC2 price ({@link ClusterModel}).
     *
     * @param on true for Auto Mode
     * @return the copy
     */
    public Cluster withAutoMode(boolean on) {
        return new Cluster(instanceType, nodes, clusters, extendedSupport, loadBalancers, natGateways,
                natKilobytesPerRequest, natShareOfRequests, storageGbPerNode, ops, fixedCosts, network, cpuCredits, on);
    }

    @Override
    public String toString() {
        return "EKS x" + clusters + (autoMode ? " Auto Mode" : "") + (extendedSupport ? " (extended support)" : "") + ", " + nodes + " " + instanceType
                + (loadBalancers.count() > 0 ? ", " + loadBalancers : "")
                + (natGateways > 0 ? ", " + natGateways + " NAT" : "")
                + (storageGbPerNode > 0 ? ", " + storageGbPerNode + " GB gp3/node" : "")
                + (ops.fte() > 0 ? ", ops " + ops : "")
                + (fixedCosts.isEmpty() ? "" : ", " + fixedCosts.size() + " fixed costs")
                + (network.equals(Network.NONE) ? "" : ", " + network)
                + (cpuCredits == CpuCredits.UNLIMITED ? "" : ", " + cpuCredits + " CPU credits");
    }
}
