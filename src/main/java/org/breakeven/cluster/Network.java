package org.breakeven.cluster;

import org.breakeven.bill.Checks;
import org.breakeven.bill.Format;

/**
 * The network lines that a production cluster pays besides its NAT gateways: public IPv4 addresses and data
 * transfer between availability zones.
 * <p>
 * Every AWS-provided public IPv4 address is billed by the hour, in use or idle, since 2024-02-01; an
 * internet-facing load balancer holds one in each availability zone it spans, and a public NAT gateway one
 * Elastic IP. The addresses are either given ({@code publicIpv4Addresses}) or derived from the zones
 * ({@code availabilityZones}): {@code load balancers × availabilityZones + NAT gateways}
 * ({@link #publicIpv4Addresses(LoadBalancers, int)}); not both.
 * <p>
 * Traffic between availability zones is billed per GB in each direction: the share of requests whose calls cross
 * zones ({@code crossAzShareOfRequests}, such as a service calling another in a different zone), each sending
 * {@code crossAzKilobytesPerRequest} across, pay {@code N × share × KB / 10^6} GB twice.
 * <pre>{@code
 * jshell> Network.NONE.withAvailabilityZones(3).withCrossAz(0.5, 20)
 * $1 ==> public IPv4 per availability zone (3 zones), 50% of requests crossing zones with 20.0 KB
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param availabilityZones the zones the load balancers span, to derive the public addresses; 0 to 32, 0 when
 *     the addresses are given or there are none
 * @param publicIpv4Addresses the public IPv4 addresses held all month, 0 to 10,000; 0 when they are derived from
 *     the zones or there are none
 * @param crossAzShareOfRequests the share of requests whose traffic crosses zones, 0 to 1
 * @param crossAzKilobytesPerRequest the KB each of those requests sends across zones (1 GB = 10^6 KB), 0 to 10^7
 */
public record Network(int availabilityZones, int publicIpv4Addresses, double crossAzShareOfRequests,
        double crossAzKilobytesPerRequest) {

    /** No public address and no traffic between zones: the network of {@link Cluster#of}. */
    public static final Network NONE = new Network(0, 0, 0, 0);

    /**
     * Creates the network lines, checking each value.
     *
     * @param availabilityZones 0 to 32; 0 if {@code publicIpv4Addresses} is given
     * @param publicIpv4Addresses 0 to 10,000; 0 if {@code availabilityZones} is given
     * @param crossAzShareOfRequests 0 to 1
     * @param crossAzKilobytesPerRequest 0 to 10^7 KB
     */
    public Network {
        Checks.between("availabilityZones", availabilityZones, 0, 32, "availability zones");
        Checks.between("publicIpv4Addresses", publicIpv4Addresses, 0, 10_000, "addresses");
        if (availabilityZones > 0 && publicIpv4Addresses > 0) {
            throw new IllegalArgumentException("publicIpv4Addresses must not be given together with availabilityZones ("
                    + availabilityZones + " zones, from which the addresses are derived) but was: " + publicIpv4Addresses);
        }
        Checks.between("crossAz.shareOfRequests", crossAzShareOfRequests, 0, 1, "(fraction of requests)");
        Checks.between("crossAz.kilobytesPerRequest", crossAzKilobytesPerRequest, 0, 1e7, "KB");
    }

    /**
     * Returns a copy whose public addresses are derived from the zones the load balancers span.
     *
     * @param zones 1 to 32
     * @return the copy, with no address count of its own
     */
    public Network withAvailabilityZones(int zones) {
        return new Network(zones, 0, crossAzShareOfRequests, crossAzKilobytesPerRequest);
    }

    /**
     * Returns a copy with a number of public IPv4 addresses, in place of addresses derived from zones.
     *
     * @param addresses 0 to 10,000
     * @return the copy, with no zones of its own
     */
    public Network withPublicIpv4Addresses(int addresses) {
        return new Network(0, addresses, crossAzShareOfRequests, crossAzKilobytesPerRequest);
    }

    /**
     * Returns a copy with traffic between availability zones.
     *
     * @param shareOfRequests the share of requests whose traffic crosses zones, 0 to 1
     * @param kilobytesPerRequest the KB each of them sends across, 0 to 10^7
     * @return the copy
     */
    public Network withCrossAz(double shareOfRequests, double kilobytesPerRequest) {
        return new Network(availabilityZones, publicIpv4Addresses, shareOfRequests, kilobytesPerRequest);
    }

    /**
     * Gets the public IPv4 addresses the cluster holds: the given count, or, from the zones, one per zone for each
     * load balancer (internet-facing) and one Elastic IP per NAT gateway.
     *
     * @param loadBalancers the cluster's load balancers
     * @param natGateways the cluster's NAT gateways
     * @return the addresses, 0 when neither a count nor zones are given
     */
    public int publicIpv4Addresses(LoadBalancers loadBalancers, int natGateways) {
        if (availabilityZones == 0) {
            return publicIpv4Addresses;
        }
        return loadBalancers.count() * availabilityZones + natGateways;
    }

    /**
     * Outputs {@code 4 public IPv4}, {@code public IPv4 per availability zone (3 zones)} and
     * {@code 50% of requests crossing zones with 20.0 KB}, for what is set, or {@code none}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (availabilityZones > 0) {
            text.append("public IPv4 per availability zone (").append(availabilityZones).append(" zones)");
        } else if (publicIpv4Addresses > 0) {
            text.append(publicIpv4Addresses).append(" public IPv4");
        }
        if (crossAzShareOfRequests > 0 && crossAzKilobytesPerRequest > 0) {
            text.append(text.length() > 0 ? ", " : "").append(Format.percent(crossAzShareOfRequests))
                    .append("% of requests crossing zones with ").append(crossAzKilobytesPerRequest).append(" KB");
        }
        return text.length() == 0 ? "none" : text.toString();
    }
}
