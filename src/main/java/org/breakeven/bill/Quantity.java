package org.breakeven.bill;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleConsumer;

/**
 * How much of something a bill line uses in a month, as a function of the month's requests
 * {@code N}. Every quantity is non-decreasing in {@code N}, computed exactly for line items and in
 * {@code double} for the solver from the same coefficients.
 * <p>
 * Three shapes cover both bills:
 * <ul>
 * <li>{@link #split}: {@code fixed + perRequest * N + perCapped * min(share * N, cap)}, which covers a
 * fixed quantity, a quantity proportional to requests, and the part of traffic that Provisioned
 * Concurrency serves;</li>
 * <li>{@link #steps}: a quantity per node times a node count that rises in steps with traffic (the average
 * count over the profile's hours, for a cluster that scales by the hour);</li>
 * <li>{@link #grossCostOf}: the undiscounted cost of other lines, for charges given as a multiplier of
 * compute cost.</li>
 * </ul>
 * <p>
 * The three shapes are the only kinds of quantity: the class is sealed, so the solver's breakpoints and
 * the fast and exact forms cover every quantity a bill can hold.
 * <p>
 * Implementations are immutable and thread-safe.
 */
public abstract sealed class Quantity permits Quantity.Split, Quantity.Steps, Quantity.GrossCost {

    private Quantity() {
    }

    /**
     * Obtains a quantity that does not depend on traffic.
     *
     * @param fixed the quantity per month
     * @return the quantity
     */
    public static Quantity fixed(BigDecimal fixed) {
        return split(fixed, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /**
     * Obtains a quantity proportional to the month's requests.
     *
     * @param perRequest the quantity per request
     * @return the quantity
     */
    public static Quantity perRequest(BigDecimal perRequest) {
        return split(BigDecimal.ZERO, perRequest, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /**
     * Obtains {@code fixed + perRequest * N + perCapped * min(share * N, cap)}. {@code perCapped} may be
     * negative (the on-demand part of traffic is {@code N - min(share * N, cap)}), but {@code perRequest} and
     * {@code perRequest + perCapped * share} must both be at least zero: the quantity never falls as
     * traffic rises.
     *
     * @param fixed the quantity that does not depend on traffic
     * @param perRequest the quantity per request
     * @param perCapped the quantity per request inside the capped share
     * @param share the share of requests that the cap applies to, 0 to 1
     * @param cap the most requests the capped share can hold
     * @return the quantity
     */
    public static Quantity split(BigDecimal fixed, BigDecimal perRequest, BigDecimal perCapped, BigDecimal share,
            BigDecimal cap) {
        return new Split(fixed, perRequest, perCapped, share, cap, BigDecimal.ONE);
    }

    /**
     * Obtains {@code N * perRequest / divisor}, exact whenever the division is, as for load-balancer
     * capacity units of {@code N / (3600 * 25)} hours.
     *
     * @param perRequest the numerator per request
     * @param divisor the divisor, greater than 0
     * @return the quantity
     */
    public static Quantity ratio(BigDecimal perRequest, BigDecimal divisor) {
        return new Split(BigDecimal.ZERO, perRequest, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, divisor);
    }

    /**
     * Obtains {@code perNode * nodes(N) / nodes.profileHours()}, for node-hours and per-node storage: the
     * quantity per node times the node count, or, for a count summed over the hours of a profile, times the
     * average count. Exact where the division ends, else rounded to 34 significant digits.
     *
     * @param perNode the quantity per node
     * @param nodes the node count as a function of traffic
     * @return the quantity
     */
    public static Quantity steps(BigDecimal perNode, NodeCount nodes) {
        return new Steps(perNode, nodes);
    }

    /**
     * Obtains the gross cost (before allowances) of other charges, in currency units.
     *
     * @param charges the charges whose cost this quantity is
     * @return the quantity
     */
    public static Quantity grossCostOf(List<Charge> charges) {
        return new GrossCost(Objects.requireNonNull(charges, "charges"));
    }

    /**
     * Computes the exact quantity for a month's requests.
     *
     * @param requests the month's requests, 0 to {@link BillModel#MAX_REQUESTS_PER_MONTH}
     * @return the quantity
     * @throws IllegalArgumentException if the requests are null, negative, above the maximum or have more than
     *     20 decimal places
     */
    public final BigDecimal exact(BigDecimal requests) {
        return exactChecked(Checks.requests(requests));
    }

    /**
     * Computes the quantity in {@code double}, for the solver.
     *
     * @param requests the month's requests, 0 to {@link BillModel#MAX_REQUESTS_PER_MONTH}
     * @return the quantity
     * @throws IllegalArgumentException if the requests are NaN, negative or above the maximum
     */
    public final double at(double requests) {
        return atChecked(Checks.requests(requests));
    }

    /** {@link #exact} for requests already checked. */
    abstract BigDecimal exactChecked(BigDecimal requests);

    /** {@link #at} for requests already checked. */
    abstract double atChecked(double requests);

    /**
     * Reports the request counts in {@code [lo, hi]} where this quantity's shape changes, and where it
     * reaches each of the given quantity thresholds (tier boundaries).
     *
     * @param lo the low end of the range
     * @param hi the high end of the range
     * @param thresholds quantities at which the price changes
     * @param out receives each breakpoint
     */
    abstract void breakpoints(double lo, double hi, double[] thresholds, DoubleConsumer out);

    /** The linear-with-a-cap shape. */
    static final class Split extends Quantity {
        private final BigDecimal fixed;
        private final BigDecimal perRequest;
        private final BigDecimal perCapped;
        private final BigDecimal share;
        private final BigDecimal cap;
        private final BigDecimal divisor;
        private final double a;
        private final double b;
        private final double c;
        private final double s;
        private final double k;

        Split(BigDecimal fixed, BigDecimal perRequest, BigDecimal perCapped, BigDecimal share, BigDecimal cap,
                BigDecimal divisor) {
            this.fixed = Objects.requireNonNull(fixed, "fixed");
            this.perRequest = Objects.requireNonNull(perRequest, "perRequest");
            this.perCapped = Objects.requireNonNull(perCapped, "perCapped");
            this.share = Objects.requireNonNull(share, "share");
            this.cap = Objects.requireNonNull(cap, "cap");
            this.divisor = Objects.requireNonNull(divisor, "divisor");
            if (divisor.signum() <= 0) {
                throw new IllegalArgumentException("a quantity's divisor must be greater than 0 but was: " + divisor);
            }
            double d = divisor.doubleValue();
            a = fixed.doubleValue() / d;
            b = perRequest.doubleValue() / d;
            c = perCapped.doubleValue() / d;
            s = share.doubleValue();
            k = cap.doubleValue();
            if (a < 0 || s < 0 || s > 1 || k < 0 || b < 0 || b + c * s < 0) {
                throw new IllegalArgumentException("a quantity must not fall as traffic rises: fixed " + fixed
                        + ", perRequest " + perRequest + ", perCapped " + perCapped + ", share " + share + ", cap " + cap);
            }
        }

        private double kink() {
            return c == 0 || s == 0 ? Double.POSITIVE_INFINITY : k / s;
        }

        @Override
        BigDecimal exactChecked(BigDecimal requests) {
            BigDecimal result = fixed.add(perRequest.multiply(requests));
            if (perCapped.signum() != 0) {
                result = result.add(perCapped.multiply(share.multiply(requests).min(cap)));
            }
            return divisor.compareTo(BigDecimal.ONE) == 0 ? result : result.divide(divisor, DIVISION);
        }

        @Override
        double atChecked(double requests) {
            return a + b * requests + c * Math.min(s * requests, k);
        }

        @Override
        void breakpoints(double lo, double hi, double[] thresholds, DoubleConsumer out) {
            double kink = kink();
            if (kink > lo && kink < hi) {
                out.accept(kink);
            }
            double atKink = Double.isInfinite(kink) ? Double.POSITIVE_INFINITY : atChecked(kink);
            for (double q : thresholds) {
                double n;
                if (q <= atKink) {
                    double slope = b + c * s;
                    n = slope > 0 ? (q - a) / slope : Double.NaN;
                } else {
                    n = b > 0 ? (q - a - c * k) / b : Double.NaN;
                }
                if (n > lo && n < hi) {
                    out.accept(n);
                }
            }
        }
    }

    /** A per-node quantity. */
    static final class Steps extends Quantity {
        private final BigDecimal perNode;
        private final double perNodeDouble;
        private final NodeCount nodes;
        private final int profileHours;

        Steps(BigDecimal perNode, NodeCount nodes) {
            this.perNode = Objects.requireNonNull(perNode, "perNode");
            this.nodes = Objects.requireNonNull(nodes, "nodes");
            this.perNodeDouble = perNode.doubleValue();
            this.profileHours = nodes.profileHours();
            if (profileHours < 1) {
                throw new IllegalArgumentException("a node count's profileHours must be at least 1 but was: "
                        + profileHours);
            }
        }

        @Override
        BigDecimal exactChecked(BigDecimal requests) {
            BigDecimal total = perNode.multiply(BigDecimal.valueOf(nodes.exact(requests)));
            return profileHours == 1 ? total : total.divide(BigDecimal.valueOf(profileHours), DIVISION);
        }

        @Override
        double atChecked(double requests) {
            double total = perNodeDouble * nodes.at(requests);
            return profileHours == 1 ? total : total / profileHours;
        }

        @Override
        void breakpoints(double lo, double hi, double[] thresholds, DoubleConsumer out) {
            nodes.steps(lo, hi, out);
        }
    }

    /** The gross cost of other charges. */
    static final class GrossCost extends Quantity {
        private final List<Charge> charges;

        GrossCost(List<Charge> charges) {
            this.charges = List.copyOf(charges);
        }

        @Override
        BigDecimal exactChecked(BigDecimal requests) {
            BigDecimal total = BigDecimal.ZERO;
            for (Charge charge : charges) {
                total = total.add(charge.grossCost(requests));
            }
            return total;
        }

        @Override
        double atChecked(double requests) {
            double total = 0;
            for (Charge charge : charges) {
                total += charge.grossCost(requests);
            }
            return total;
        }

        @Override
        void breakpoints(double lo, double hi, double[] thresholds, DoubleConsumer out) {
            // A multiplier's rate is flat, so only the shape of the underlying charges matters.
            for (Charge charge : charges) {
                charge.grossBreakpoints(lo, hi, out);
            }
        }
    }

    /** Exact division for quantities that need it. */
    static final MathContext DIVISION = MathContext.DECIMAL128;
}
