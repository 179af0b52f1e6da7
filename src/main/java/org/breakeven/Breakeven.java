package org.breakeven;

import org.breakeven.bill.Conventions;

import java.util.List;
import org.breakeven.cluster.Cluster;
import org.breakeven.cluster.LoadBalancers;
import org.breakeven.cluster.NodeSizing;
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
        Cluster cluster = new Cluster("t3.medium", NodeSizing.fixed(3), 1, false, LoadBalancers.alb(1), 0, 0, 0,
                org.breakeven.cluster.OpsHeadcount.NONE, List.of());
        return new Scenario(Workload.of(1_000_000), function, cluster, PricingTables.latest("aws", "us-east-1"),
                Conventions.DEFAULT, RequestRange.DEFAULT);
    }

    /**
     * Finds every break-even point of a scenario.
     *
     * @param scenario the scenario
     * @return the result
     */
    public static BreakevenResult solve(Scenario scenario) {
        return scenario.solve();
    }
}
