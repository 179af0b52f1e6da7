package org.breakeven.cluster;

import org.breakeven.bill.Checks;


/**
 * The cluster's load balancers: hourly, plus capacity units derived from traffic.
 * <p>
 * For an ALB, capacity units per hour are the larger of new connections per second over the table's
 * connections-per-LCU and processed GB per hour over its GB-per-LCU, at the month's average traffic;
 * a request opens a new connection every {@code requestsPerConnection} requests, and processes
 * {@code kilobytesPerRequest} (1 GB = 10^6 KB). An NLB is billed hourly only here.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param type {@code ALB} or {@code NLB}
 * @param count how many, 0 to 100
 * @param requestsPerConnection requests carried by one connection, at least 1
 * @param kilobytesPerRequest bytes processed per request in KB, 0 to 10^7
 */
public record LoadBalancers(String type, int count, double requestsPerConnection, double kilobytesPerRequest) {

    /** No load balancer. */
    public static final LoadBalancers NONE = new LoadBalancers("ALB", 0, 1, 0);

    /**
     * Creates a load balancer setting, checking each value.
     *
     * @param type ALB or NLB
     * @param count 0 to 100
     * @param requestsPerConnection at least 1
     * @param kilobytesPerRequest 0 to 10^7 KB
     */
    public LoadBalancers {
        if (!"ALB".equals(type) && !"NLB".equals(type)) {
            throw new IllegalArgumentException("loadBalancers.type must be ALB or NLB but was: " + type);
        }
        Checks.between("loadBalancers.count", count, 0, 100, "load balancers");
        Checks.between("loadBalancers.requestsPerConnection", requestsPerConnection, 1, 1e9, "requests");
        Checks.between("loadBalancers.kilobytesPerRequest", kilobytesPerRequest, 0, 1e7, "KB");
    }

    /**
     * Obtains application load balancers with one new connection per request and no processed bytes counted.
     *
     * @param count how many
     * @return the setting
     */
    public static LoadBalancers alb(int count) {
        return new LoadBalancers("ALB", count, 1, 0);
    }

    @Override
    public String toString() {
        return count + " " + type;
    }
}
