package org.breakeven;

import java.util.Objects;
import org.breakeven.bill.Conventions;

import org.breakeven.cluster.Cluster;
import org.breakeven.cluster.LoadBalancers;
import org.breakeven.cluster.NodeSizing;
import org.breakeven.pricing.PricingTable;
import org.breakeven.pricing.PricingTables;
import org.breakeven.serverless.Downstream;
import org.breakeven.serverless.LambdaFunction;
import org.breakeven.workload.RequestRange;
import org.breakeven.workload.Workload;

/**
 * The entry point: at how many requests per month does a Lambda bill overtake the same service on an
 * EKS cluster, and why.
 * <pre>{@code
 * jshell> import org.breakeven.*;
 * jshell> Breakeven.solve(Breakeven.defaultScenario())
 * $2 ==> Lambda USD 3.53/month vs cluster USD 180.62/month at 1,000,000 requests/month; break-even at 52.4M requests/month
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Breakeven {

    /** The provider whose table prices the default scenario, and a scenario file that names none. */
    static final String DEFAULT_PROVIDER = "aws";
    /** The region whose table prices the default scenario, and a scenario file that names none. */
    static final String DEFAULT_REGION = "us-east-1";
    /** The traffic of the default scenario, and of a scenario file that leaves it out: 1,000,000 requests a month, flat. */
    static final Workload DEFAULT_WORKLOAD = Workload.of(1_000_000);

    private Breakeven() {
    }

    /**
     * Obtains the built-in default scenario, from the articles the product started from: an API of
     * 256 MB and 200 ms on x86_64 with downstream services at 3x its compute cost and no free tier,
     * against three t3.medium nodes, one EKS control plane and one ALB, at 1,000,000 requests a month,
     * on the latest AWS us-east-1 table, searched from 0 to 10 billion requests a month.
     *
     * @return the scenario
     */
    public static Scenario defaultScenario() {
        LambdaFunction function = LambdaFunction.of(256, 200).withDownstream(Downstream.multiplier(3));
        Cluster cluster = Cluster.of("t3.medium", NodeSizing.fixed(3)).withLoadBalancers(LoadBalancers.alb(1));
        return new Scenario(DEFAULT_WORKLOAD, function, cluster, defaultPricing(), Conventions.DEFAULT,
                RequestRange.DEFAULT);
    }

    /** The latest shipped table for the default provider and region. */
    static PricingTable defaultPricing() {
        return PricingTables.latest(DEFAULT_PROVIDER, DEFAULT_REGION);
    }

    /**
     * Finds every break-even point of a scenario.
     *
     * @param scenario the scenario
     * @return the result
     */
    public static BreakevenResult solve(Scenario scenario) {
        return Objects.requireNonNull(scenario, "scenario").solve();
    }
}
