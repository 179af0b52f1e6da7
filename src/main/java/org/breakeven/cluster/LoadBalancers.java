package org.breakeven.cluster;

import org.breakeven.bill.Checks;


/**
 * The cluster's load balancers: hourly, plus capacity units derived from traffic.
 * <p>
 * An ALB is billed, in each hour, the capacity units of the largest of its dimensions in that hour: new connections
 * per second over the table's connections per LCU, active connections over its active connections per LCU, and
 * processed GB over its GB per LCU-hour. A request opens a new connection every {@code requestsPerConnection}
 * requests and processes {@code kilobytesPerRequest} (1 GB = 10^6 KB); a connection stays open
 * {@code keepAliveSeconds} (the ALB's idle timeout, or the client's keep-alive if shorter), so that by Little's law
 * the connections open at once are the new connections per second times that (0 leaves the dimension out). An NLB
 * is billed hourly only here.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param type {@code ALB} or {@code NLB}
 * @param count how many, 0 to 100
 * @param requestsPerConnection requests carried by one connection, at least 1
 * @param kilobytesPerRequest bytes processed per request in KB, 0 to 10^7
 * @param keepAliveSeconds how long a connection stays open, 0 to 4,000 s (the ALB's longest idle timeout); 0 leaves
 *     active connections out
 */
public record LoadBalancers(String type, int count, double requestsPerConnection, double kilobytesPerRequest,
        double keepAliveSeconds) {

    /** No load balancer. */
    public static final LoadBalancers NONE = new LoadBalancers("ALB", 0, 1, 0);

    /**
     * Creates a load balancer setting, checking each value.
     *
     * @param type ALB or NLB
     * @param count 0 to 100
     * @param requestsPerConnection at least 1
     * @param kilobytesPerRequest 0 to 10^7 KB
     * @param keepAliveSeconds 0 to 4,000 s
     */
    public LoadBalancers {
        if (!"ALB".equals(type) && !"NLB".equals(type)) {
            throw new IllegalArgumentException("loadBalancers.type must be ALB or NLB but was: " + type);
        }
        Checks.between("loadBalancers.count", count, 0, 100, "load balancers");
        Checks.between("loadBalancers.requestsPerConnection", requestsPerConnection, 1, 1e9, "requests");
        Checks.between("loadBalancers.kilobytesPerRequest", kilobytesPerRequest, 0, 1e7, "KB");
        Checks.between("loadBalancers.keepAliveSeconds", keepAliveSeconds, 0, 4000, "s");
    }

    /**
     * Creates a load balancer setting that leaves active connections out.
     *
     * @param type ALB or NLB
     * @param count 0 to 100
     * @param requestsPerConnection at least 1
     * @param kilobytesPerRequest 0 to 10^7 KB
     */
    public LoadBalancers(String type, int count, double requestsPerConnection, double kilobytesPerRequest) {
        this(type, count, requestsPerConnection, kilobytesPerRequest, 0);
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

    /**
     * Returns a copy whose connections stay open a number of seconds, so that active connections count.
     *
     * @param seconds 0 to 4,000 s
     * @return the copy
     */
    public LoadBalancers withKeepAliveSeconds(double seconds) {
        return new LoadBalancers(type, count, requestsPerConnection, kilobytesPerRequest, seconds);
    }

    @Override
    public String toString() {
        return count + " " + type;
    }
}
