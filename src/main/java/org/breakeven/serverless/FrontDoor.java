package org.breakeven.serverless;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.breakeven.bill.BillModel;
import org.breakeven.bill.Charge;
import org.breakeven.bill.Conventions;
import org.breakeven.bill.Quantity;
import org.breakeven.cluster.ClusterModel;
import org.breakeven.cluster.LoadBalancers;
import org.breakeven.pricing.PricingTable;

/**
 * What puts requests in front of a Lambda function (on demand or on Managed Instances), and what it bills:
 * <ul>
 * <li>{@link Kind#API_GATEWAY_HTTP} and {@link Kind#API_GATEWAY_REST}: one API request per request, at the tiered
 * {@code apigateway.http} or {@code apigateway.rest} rate;</li>
 * <li>{@link Kind#ALB}: an Application Load Balancer's hours and capacity units, with the dimension AWS uses for
 * Lambda targets (0.4 GB processed per LCU-hour instead of 1 GB: {@link ClusterModel#loadBalancerCharges});</li>
 * <li>{@link Kind#FUNCTION_URL}: a function URL, which adds no charge of its own: the invocation is billed as any
 * other (AWS Lambda Developer Guide, "Select a method to invoke your Lambda function using an HTTP request", which
 * calls function URLs "optimized for simplicity and cost-effectiveness"; "$0.00 per million requests (Lambda cost
 * only)" in iamanuragh.in, 2026-03-17, and dev.to "Fine details of AWS Lambda function URL feature"; no AWS page
 * read states a price of zero in so many words); no line;</li>
 * <li>{@link Kind#NONE}: invoked by an event source or the SDK; no line.</li>
 * </ul>
 * <pre>{@code
 * jshell> FrontDoor.alb(LoadBalancers.alb(1))
 * $1 ==> an ALB (1 ALB)
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param kind the kind
 * @param loadBalancer the ALB, for {@link Kind#ALB} only, else {@link LoadBalancers#NONE}
 */
public record FrontDoor(Kind kind, LoadBalancers loadBalancer) {

    /** The kinds of front door. */
    public enum Kind {
        /** API Gateway HTTP API. */
        API_GATEWAY_HTTP,
        /** API Gateway REST API. */
        API_GATEWAY_REST,
        /** An Application Load Balancer with the function as its target. */
        ALB,
        /** A function URL, free. */
        FUNCTION_URL,
        /** None: an event source or a direct invocation. */
        NONE
    }

    /** No front door. */
    public static final FrontDoor NONE = new FrontDoor(Kind.NONE, LoadBalancers.NONE);
    /** A function URL. */
    public static final FrontDoor FUNCTION_URL = new FrontDoor(Kind.FUNCTION_URL, LoadBalancers.NONE);
    /** An API Gateway HTTP API. */
    public static final FrontDoor API_GATEWAY_HTTP = new FrontDoor(Kind.API_GATEWAY_HTTP, LoadBalancers.NONE);
    /** An API Gateway REST API. */
    public static final FrontDoor API_GATEWAY_REST = new FrontDoor(Kind.API_GATEWAY_REST, LoadBalancers.NONE);

    /**
     * Creates a front door.
     *
     * @param kind not null
     * @param loadBalancer one or more ALBs for {@link Kind#ALB}, none otherwise
     * @throws IllegalArgumentException if an ALB front door has no ALB, or another kind has one
     */
    public FrontDoor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(loadBalancer, "loadBalancer");
        if (kind == Kind.ALB && (loadBalancer.count() == 0 || !"ALB".equals(loadBalancer.type()))) {
            throw new IllegalArgumentException("frontDoor alb needs at least one ALB but had: " + loadBalancer);
        }
        if (kind != Kind.ALB && loadBalancer.count() > 0) {
            throw new IllegalArgumentException("frontDoor " + kind + " takes no load balancer but had: " + loadBalancer);
        }
    }

    /**
     * Obtains an ALB front door.
     *
     * @param alb the ALBs, with their requests per connection, bytes and keep-alive
     * @return the front door
     */
    public static FrontDoor alb(LoadBalancers alb) {
        return new FrontDoor(Kind.ALB, alb);
    }

    /**
     * Builds the front door's lines, none for a function URL or none.
     *
     * @param table the pricing table
     * @param conventions the month length
     * @return the lines
     */
    public List<Charge> charges(PricingTable table, Conventions conventions) {
        Objects.requireNonNull(table, "table");
        return switch (kind) {
            case API_GATEWAY_HTTP -> List.of(apiGateway(DownstreamKind.API_GATEWAY_HTTP, table));
            case API_GATEWAY_REST -> List.of(apiGateway(DownstreamKind.API_GATEWAY_REST, table));
            case ALB -> ClusterModel.loadBalancerCharges(loadBalancer, table, conventions, true);
            case FUNCTION_URL, NONE -> List.of();
        };
    }

    /** One API request per request, priced as the downstream item of the same service is. */
    private static Charge apiGateway(DownstreamKind kind, PricingTable table) {
        return Charge.of(kind.label(), Quantity.perRequest(BigDecimal.ONE), kind.usageUnit(),
                table.rate(kind.rateId(), kind.rateUnit()), BigDecimal.ZERO, false);
    }

    /**
     * Returns a bill model with this front door's lines after a Lambda bill's own.
     *
     * @param lambda the Lambda bill model, which should have no API Gateway downstream item of its own
     * @param table the pricing table
     * @param conventions the month length
     * @return the bill model
     */
    public BillModel appendTo(BillModel lambda, PricingTable table, Conventions conventions) {
        List<Charge> lines = new java.util.ArrayList<>(lambda.charges());
        lines.addAll(charges(table, conventions));
        return new BillModel(lambda.side(), lambda.currency(), lines);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case API_GATEWAY_HTTP -> "an API Gateway HTTP API";
            case API_GATEWAY_REST -> "an API Gateway REST API";
            case ALB -> "an ALB (" + loadBalancer + ")";
            case FUNCTION_URL -> "a function URL";
            case NONE -> "no front door";
        };
    }
}
