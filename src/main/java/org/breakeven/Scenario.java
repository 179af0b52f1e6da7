package org.breakeven;

import org.breakeven.bill.BillModel;
import org.breakeven.bill.Conventions;

import java.util.Objects;
import org.breakeven.cluster.Cluster;
import org.breakeven.cluster.ClusterModel;
import org.breakeven.pricing.PricingTable;
import org.breakeven.serverless.LambdaFunction;
import org.breakeven.serverless.ServerlessModel;
import org.breakeven.workload.RequestRange;
import org.breakeven.workload.Workload;

/**
 * Everything a break-even needs: the traffic, the Lambda function, the cluster, the pricing table
 * version, the billing conventions and the range of traffic to search.
 * <pre>{@code
 * jshell> Scenario s = Breakeven.defaultScenario();
 * jshell> s.withFunction(s.function().withMemoryMb(512)).solve()
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param workload the traffic
 * @param function the Lambda function
 * @param cluster the cluster
 * @param pricing the pricing table
 * @param conventions the billing conventions
 * @param range the requests per month to search for crossings
 */
public record Scenario(Workload workload, LambdaFunction function, Cluster cluster, PricingTable pricing,
        Conventions conventions, RequestRange range) {

    /**
     * Creates a scenario; the cluster's instance type must be in the pricing table.
     *
     * @param workload the traffic
     * @param function the function
     * @param cluster the cluster
     * @param pricing the pricing table
     * @param conventions the conventions
     * @param range the range
     */
    public Scenario {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(pricing, "pricing");
        Objects.requireNonNull(conventions, "conventions");
        Objects.requireNonNull(range, "range");
        pricing.instance(cluster.instanceType());
    }

    /**
     * Builds the Lambda bill model.
     *
     * @return the model
     */
    public BillModel serverlessModel() {
        return ServerlessModel.of(function, pricing, conventions);
    }

    /**
     * Builds the cluster bill model.
     *
     * @return the model
     */
    public BillModel clusterModel() {
        return ClusterModel.of(cluster, pricing, workload, conventions);
    }

    /**
     * Computes both bills at a number of requests.
     *
     * @param requestsPerMonth the month's requests, at least 0
     * @return both bills
     */
    public Comparison at(long requestsPerMonth) {
        if (requestsPerMonth < 0) {
            throw new IllegalArgumentException("requestsPerMonth must be at least 0 requests/month but was: "
                    + requestsPerMonth);
        }
        return Comparison.of(serverlessModel(), clusterModel(), requestsPerMonth);
    }

    /**
     * Finds every break-even point in the range.
     *
     * @return the result
     */
    public BreakevenResult solve() {
        return BreakevenSolver.solve(serverlessModel(), clusterModel(), range, workload.requestsPerMonth(),
                pricing.version(), workload.peakToAverageRatio());
    }

    /**
     * Returns a copy with another workload.
     *
     * @param value the workload
     * @return the copy
     */
    public Scenario withWorkload(Workload value) {
        return new Scenario(value, function, cluster, pricing, conventions, range);
    }

    /**
     * Returns a copy with another function.
     *
     * @param value the function
     * @return the copy
     */
    public Scenario withFunction(LambdaFunction value) {
        return new Scenario(workload, value, cluster, pricing, conventions, range);
    }

    /**
     * Returns a copy with another cluster.
     *
     * @param value the cluster
     * @return the copy
     */
    public Scenario withCluster(Cluster value) {
        return new Scenario(workload, function, value, pricing, conventions, range);
    }

    /**
     * Returns a copy with another pricing table.
     *
     * @param value the table
     * @return the copy
     */
    public Scenario withPricing(PricingTable value) {
        return new Scenario(workload, function, cluster, value, conventions, range);
    }

    /**
     * Returns a copy with other conventions.
     *
     * @param value the conventions
     * @return the copy
     */
    public Scenario withConventions(Conventions value) {
        return new Scenario(workload, function, cluster, pricing, value, range);
    }

    /**
     * Returns a copy with another search range.
     *
     * @param value the range
     * @return the copy
     */
    public Scenario withRange(RequestRange value) {
        return new Scenario(workload, function, cluster, pricing, conventions, value);
    }

    @Override
    public String toString() {
        return "Scenario[" + workload + "; " + function + "; " + cluster + "; " + pricing.version() + ", " + conventions
                + "; search " + range + "]";
    }
}
