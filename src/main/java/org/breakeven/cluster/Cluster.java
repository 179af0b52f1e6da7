package org.breakeven.cluster;

import org.breakeven.bill.Checks;

import java.util.List;
import java.util.Objects;

/**
 * A Kubernetes (EKS) cluster as its bill sees it: nodes, control plane, load balancers, NAT, storage,
 * people, and any flat monthly extras.
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
 * @param natKilobytesPerRequest bytes through NAT per request in KB, 0 to 10^7
 * @param storageGbPerNode gp3 volume per node in GB, 0 to 65,536
 * @param ops the operations headcount
 * @param fixedCosts other flat monthly amounts
 */
public record Cluster(String instanceType, NodeSizing nodes, int clusters, boolean extendedSupport,
        LoadBalancers loadBalancers, int natGateways, double natKilobytesPerRequest, double storageGbPerNode,
        OpsHeadcount ops, List<FixedCost> fixedCosts) {

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
     * @param storageGbPerNode 0 to 65,536 GB
     * @param ops not null
     * @param fixedCosts not null
     */
    public Cluster {
        Objects.requireNonNull(instanceType, "instanceType");
        Objects.requireNonNull(nodes, "nodes");
        Checks.between("controlPlanes", clusters, 0, 100, "EKS clusters");
        Objects.requireNonNull(loadBalancers, "loadBalancers");
        Checks.between("natGateways.count", natGateways, 0, 100, "NAT gateways");
        Checks.between("natGateways.kilobytesPerRequest", natKilobytesPerRequest, 0, 1e7, "KB");
        Checks.between("storageGbPerNode", storageGbPerNode, 0, 65_536, "GB");
        Objects.requireNonNull(ops, "ops");
        fixedCosts = List.copyOf(Objects.requireNonNull(fixedCosts, "fixedCosts"));
    }

    /**
     * Obtains one EKS cluster on standard support with the given nodes and nothing else.
     *
     * @param instanceType the node type
     * @param nodes the sizing
     * @return the cluster
     */
    public static Cluster of(String instanceType, NodeSizing nodes) {
        return new Cluster(instanceType, nodes, 1, false, LoadBalancers.NONE, 0, 0, 0, OpsHeadcount.NONE, List.of());
    }

    /**
     * Returns a copy with another instance type.
     *
     * @param instanceType the node type
     * @return the copy
     */
    public Cluster withInstanceType(String instanceType) {
        return new Cluster(instanceType, nodes, clusters, extendedSupport, loadBalancers, natGateways, natKilobytesPerRequest,
                storageGbPerNode, ops, fixedCosts);
    }

    /**
     * Returns a copy with another node sizing.
     *
     * @param nodes the sizing
     * @return the copy
     */
    public Cluster withNodes(NodeSizing nodes) {
        return new Cluster(instanceType, nodes, clusters, extendedSupport, loadBalancers, natGateways,
                natKilobytesPerRequest, storageGbPerNode, ops, fixedCosts);
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
                storageGbPerNode, ops, fixedCosts);
    }

    /**
     * Returns a copy with other load balancers.
     *
     * @param loadBalancers the load balancers
     * @return the copy
     */
    public Cluster withLoadBalancers(LoadBalancers loadBalancers) {
        return new Cluster(instanceType, nodes, clusters, extendedSupport, loadBalancers, natGateways,
                natKilobytesPerRequest, storageGbPerNode, ops, fixedCosts);
    }

    /**
     * Returns a copy with NAT gateways.
     *
     * @param gateways 0 to 100
     * @param kilobytesPerRequest KB through NAT per request
     * @return the copy
     */
    public Cluster withNat(int gateways, double kilobytesPerRequest) {
        return new Cluster(instanceType, nodes, clusters, extendedSupport, loadBalancers, gateways,
                kilobytesPerRequest, storageGbPerNode, ops, fixedCosts);
    }

    /**
     * Returns a copy with a gp3 volume per node.
     *
     * @param gb GB per node
     * @return the copy
     */
    public Cluster withStorageGbPerNode(double gb) {
        return new Cluster(instanceType, nodes, clusters, extendedSupport, loadBalancers, natGateways,
                natKilobytesPerRequest, gb, ops, fixedCosts);
    }

    /**
     * Returns a copy with another operations headcount.
     *
     * @param ops the headcount
     * @return the copy
     */
    public Cluster withOps(OpsHeadcount ops) {
        return new Cluster(instanceType, nodes, clusters, extendedSupport, loadBalancers, natGateways,
                natKilobytesPerRequest, storageGbPerNode, ops, fixedCosts);
    }

    /**
     * Returns a copy with other flat monthly extras.
     *
     * @param fixedCosts the extras
     * @return the copy
     */
    public Cluster withFixedCosts(List<FixedCost> fixedCosts) {
        return new Cluster(instanceType, nodes, clusters, extendedSupport, loadBalancers, natGateways,
                natKilobytesPerRequest, storageGbPerNode, ops, fixedCosts);
    }

    @Override
    public String toString() {
        return "EKS x" + clusters + (extendedSupport ? " (extended support)" : "") + ", " + nodes + " " + instanceType
                + (loadBalancers.count() > 0 ? ", " + loadBalancers : "")
                + (natGateways > 0 ? ", " + natGateways + " NAT" : "")
                + (storageGbPerNode > 0 ? ", " + storageGbPerNode + " GB gp3/node" : "")
                + (ops.fte() > 0 ? ", ops " + ops : "")
                + (fixedCosts.isEmpty() ? "" : ", " + fixedCosts.size() + " fixed costs");
    }
}
