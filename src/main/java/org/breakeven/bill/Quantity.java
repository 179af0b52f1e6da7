package org.breakeven.bill;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleConsumer;

/**
 * How much of something a bill line uses in a month, as a function of the month's requests
 * {@code N}, computed exactly for line items and in {@code double} for the solver from the same coefficients.
 * Every quantity but {@link #surplus} is non-decreasing in {@code N}; a surplus falls where a node is added,
 * by less than the node costs, so that the bill it belongs to still never falls.
 * <p>
 * Four shapes cover both bills:
 * <ul>
 * <li>{@link #split}: {@code fixed + perRequest * N + perCapped * min(share * N, cap)}, which covers a
 * fixed quantity, a quantity proportional to requests, and the part of traffic that Provisioned
 * Concurrency serves (with one capped share per hour for a schedule);</li>
 * <li>{@link #steps}: a quantity per node times a node count that rises in steps with traffic (the average
 * count over the profile's hours, for a cluster that scales by the hour);</li>
 * <li>{@link #grossCostOf}: the undiscounted cost of other lines, for charges given as a multiplier of
 * compute cost;</li>
 * <li>{@link #surplus}: the part of a quantity proportional to requests above a per-node allowance, such as the
 * CPU that burstable nodes use above their baseline.</li>
 * </ul>
 * <p>
 * The four shapes are the only kinds of quantity: the class is sealed, so the solver's breakpoints and
 * the fast and exact forms cover every quantity a bill can hold.
 * <p>
 * Implementations are immutable and thread-safe.
 */
public abstract sealed class Quantity permits Quantity.Split, Quantity.Steps, Quantity.GrossCost, Quantity.Surplus {

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
     * Obtains {@code fixed + perRequest * N + perCapped * Σ min(weights[i] * N / totalWeight, caps[i])}: {@link #split}
     * with one capped share per hour of a schedule, each share a weight over a total, such as the requests each hour's
     * Provisioned Concurrency serves of the hour's share of the month. It is computed as
     * {@code (totalWeight * (fixed + perRequest * N) + perCapped * Σ min(weights[i] * N, totalWeight * caps[i])) /
     * totalWeight}, exact until that one division, so that it never falls for rounding. {@code perRequest} and
     * {@code perRequest + perCapped * Σ weights / totalWeight} must both be at least zero.
     *
     * @param fixed the quantity that does not depend on traffic
     * @param perRequest the quantity per request
     * @param perCapped the quantity per request inside each capped share
     * @param weights the weight of each capped share, at least 0
     * @param totalWeight the weight of all requests, greater than 0
     * @param caps the most requests each capped share can hold, one per weight
     * @return the quantity
     */
    public static Quantity split(BigDecimal fixed, BigDecimal perRequest, BigDecimal perCapped, List<BigDecimal> weights,
            BigDecimal totalWeight, List<BigDecimal> caps) {
        return new Split(fixed.multiply(totalWeight), perRequest.multiply(totalWeight), perCapped,
                weights.toArray(BigDecimal[]::new), caps.stream().map(cap -> cap.multiply(totalWeight))
                        .toArray(BigDecimal[]::new), totalWeight, false);
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
        return new Steps(perNode, nodes, BigDecimal.ONE, BigDecimal.ZERO);
    }

    /**
     * Obtains {@code perNode * Σ max(0, share * n(h) - covered) / nodes.profileHours()}: {@link #steps} for the part
     * of a share of each hour's nodes above a number of them, such as the on-demand node-hours that a commitment of
     * {@code covered} nodes leaves to pay in each hour ({@link NodeCount#above}). Exact where the division ends, else
     * rounded to 34 significant digits.
     *
     * @param perNode the quantity per node, such as the month's hours
     * @param nodes the node count as a function of traffic
     * @param share the share of each hour's nodes, 0 to 1
     * @param covered the nodes taken off each hour, at least 0
     * @return the quantity
     */
    public static Quantity stepsAbove(BigDecimal perNode, NodeCount nodes, BigDecimal share, BigDecimal covered) {
        Checks.decimal("share", share, 0, 1, 40, "");
        Checks.nonNegative("covered", covered, "nodes");
        return new Steps(perNode, nodes, share, covered);
    }

    /**
     * Obtains {@code max(0, N * perRequest / divisor - perNode * nodes(N) / nodes.profileHours())}: what the
     * requests use above what the nodes include, such as the vCPU-hours burstable nodes run above their baseline
     * ({@code N * cpuMsPerRequest / 3,600,000} used, {@code vCPUs * baseline * hours} included per node). Exact where
     * the divisions end, else rounded to 34 significant digits. It rises with {@code N} between node steps and falls
     * at each step by at most {@code perNode / profileHours}.
     *
     * @param perRequest the numerator per request, at least 0
     * @param divisor the divisor, greater than 0
     * @param perNode the quantity each node includes, at least 0
     * @param nodes the node count as a function of traffic
     * @return the quantity
     */
    public static Quantity surplus(BigDecimal perRequest, BigDecimal divisor, BigDecimal perNode, NodeCount nodes) {
        return new Surplus(perRequest, divisor, perNode, nodes);
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

    /** The linear-with-caps shape: {@code fixed + perRequest * N + perCapped * Σ min(share_i * N, cap_i)}. */
    static final class Split extends Quantity {
        private final BigDecimal fixed;
        private final BigDecimal perRequest;
        private final BigDecimal perCapped;
        private final BigDecimal[] shares;
        private final BigDecimal[] caps;
        private final BigDecimal divisor;
        private final double a;
        private final double b;
        private final double c;
        private final double[] s;
        private final double[] k;

        Split(BigDecimal fixed, BigDecimal perRequest, BigDecimal perCapped, BigDecimal share, BigDecimal cap,
                BigDecimal divisor) {
            this(fixed, perRequest, perCapped, new BigDecimal[] {Objects.requireNonNull(share, "share")},
                    new BigDecimal[] {Objects.requireNonNull(cap, "cap")}, divisor, true);
        }

        /**
         * @param unitShares true if the shares are fractions of the requests (each at most 1, together at most 1);
         *     false if they are weights over the divisor
         */
        Split(BigDecimal fixed, BigDecimal perRequest, BigDecimal perCapped, BigDecimal[] shares, BigDecimal[] caps,
                BigDecimal divisor, boolean unitShares) {
            this.fixed = Objects.requireNonNull(fixed, "fixed");
            this.perRequest = Objects.requireNonNull(perRequest, "perRequest");
            this.perCapped = Objects.requireNonNull(perCapped, "perCapped");
            this.shares = shares.clone();
            this.caps = caps.clone();
            this.divisor = Objects.requireNonNull(divisor, "divisor");
            if (this.shares.length != this.caps.length) {
                throw new IllegalArgumentException("a quantity needs one cap per share but had " + this.shares.length
                        + " shares and " + this.caps.length + " caps");
            }
            if (divisor.signum() <= 0) {
                throw new IllegalArgumentException("a quantity's divisor must be greater than 0 but was: " + divisor);
            }
            double d = divisor.doubleValue();
            a = fixed.doubleValue() / d;
            b = perRequest.doubleValue() / d;
            c = perCapped.doubleValue() / d;
            s = new double[this.shares.length];
            k = new double[this.caps.length];
            double totalShare = 0;
            boolean valid = a >= 0 && b >= 0;
            for (int i = 0; i < s.length; i++) {
                s[i] = Objects.requireNonNull(this.shares[i], "share").doubleValue();
                k[i] = Objects.requireNonNull(this.caps[i], "cap").doubleValue();
                totalShare += s[i];
                valid &= s[i] >= 0 && (!unitShares || s[i] <= 1) && k[i] >= 0;
            }
            // A slope of exactly 0 where every share is capped may come out a rounding below it in double.
            double slack = unitShares ? 0 : 1e-12 * Math.abs(b);
            if (!valid || unitShares && totalShare > 1 || b + c * totalShare < -slack) {
                throw new IllegalArgumentException("a quantity must not fall as traffic rises: fixed " + fixed
                        + ", perRequest " + perRequest + ", perCapped " + perCapped + ", share "
                        + (this.shares.length == 1 ? this.shares[0] : Arrays.toString(this.shares)) + ", cap "
                        + (this.caps.length == 1 ? this.caps[0] : Arrays.toString(this.caps)));
            }
        }

        /** Where pair {@code i}'s cap starts to bind, or infinity where it never changes the slope. */
        private double kink(int i) {
            return c == 0 || s[i] == 0 ? Double.POSITIVE_INFINITY : k[i] / s[i];
        }

        @Override
        BigDecimal exactChecked(BigDecimal requests) {
            BigDecimal result = fixed.add(perRequest.multiply(requests));
            if (perCapped.signum() != 0) {
                for (int i = 0; i < shares.length; i++) {
                    result = result.add(perCapped.multiply(shares[i].multiply(requests).min(caps[i])));
                }
            }
            return divisor.compareTo(BigDecimal.ONE) == 0 ? result : result.divide(divisor, DIVISION);
        }

        @Override
        double atChecked(double requests) {
            double result = a + b * requests;
            for (int i = 0; i < s.length; i++) {
                result += c * Math.min(s[i] * requests, k[i]);
            }
            return result;
        }

        @Override
        void breakpoints(double lo, double hi, double[] thresholds, DoubleConsumer out) {
            double[] kinks = new double[s.length];
            for (int i = 0; i < s.length; i++) {
                kinks[i] = kink(i);
                if (kinks[i] > lo && kinks[i] < hi) {
                    out.accept(kinks[i]);
                }
            }
            double[] sorted = kinks.clone();
            Arrays.sort(sorted);
            for (double q : thresholds) {
                double n = reach(q, sorted);
                if (n > lo && n < hi) {
                    out.accept(n);
                }
            }
        }

        /**
         * The requests at which the quantity reaches {@code q}: on each stretch between kinks it is a line, with the
         * caps that bind by then held at their cap and the rest still growing; NaN where the line is flat there.
         */
        private double reach(double q, double[] sortedKinks) {
            double start = Double.NEGATIVE_INFINITY;
            for (int j = 0; j <= sortedKinks.length; j++) {
                double end = j < sortedKinks.length ? sortedKinks[j] : Double.POSITIVE_INFINITY;
                double intercept = a;
                double slope = b;
                for (int i = 0; i < s.length; i++) {
                    if (kink(i) <= start) {
                        intercept += c * k[i];
                    } else {
                        slope += c * s[i];
                    }
                }
                if (Double.isInfinite(end) || q <= atChecked(end)) {
                    return slope > 0 ? (q - intercept) / slope : Double.NaN;
                }
                start = end;
            }
            return Double.NaN;
        }
    }

    /** A per-node quantity, of every node or of a share of each hour's nodes above a covered number. */
    static final class Steps extends Quantity {
        private final BigDecimal perNode;
        private final double perNodeDouble;
        private final NodeCount nodes;
        private final int profileHours;
        private final BigDecimal share;
        private final BigDecimal covered;
        private final boolean whole;
        private final double shareDouble;
        private final double coveredDouble;

        Steps(BigDecimal perNode, NodeCount nodes, BigDecimal share, BigDecimal covered) {
            this.perNode = Objects.requireNonNull(perNode, "perNode");
            this.nodes = Objects.requireNonNull(nodes, "nodes");
            this.share = Objects.requireNonNull(share, "share");
            this.covered = Objects.requireNonNull(covered, "covered");
            this.whole = share.compareTo(BigDecimal.ONE) == 0 && covered.signum() == 0;
            this.shareDouble = share.doubleValue();
            this.coveredDouble = covered.doubleValue();
            this.perNodeDouble = perNode.doubleValue();
            this.profileHours = nodes.profileHours();
            if (profileHours < 1) {
                throw new IllegalArgumentException("a node count's profileHours must be at least 1 but was: "
                        + profileHours);
            }
        }

        @Override
        BigDecimal exactChecked(BigDecimal requests) {
            BigDecimal total = perNode.multiply(whole ? BigDecimal.valueOf(nodes.exact(requests))
                    : nodes.above(requests, share, covered));
            return profileHours == 1 ? total : total.divide(BigDecimal.valueOf(profileHours), DIVISION);
        }

        @Override
        double atChecked(double requests) {
            double total = perNodeDouble * (whole ? nodes.at(requests) : nodes.aboveAt(requests, shareDouble,
                    coveredDouble));
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

    /** A use above a per-node allowance. */
    static final class Surplus extends Quantity {
        private final BigDecimal perRequest;
        private final BigDecimal divisor;
        private final BigDecimal perNode;
        private final NodeCount nodes;
        private final int profileHours;
        private final double perRequestDouble;
        private final double perNodeDouble;

        Surplus(BigDecimal perRequest, BigDecimal divisor, BigDecimal perNode, NodeCount nodes) {
            this.perRequest = Checks.nonNegative("perRequest", perRequest, "");
            this.divisor = Objects.requireNonNull(divisor, "divisor");
            this.perNode = Checks.nonNegative("perNode", perNode, "");
            this.nodes = Objects.requireNonNull(nodes, "nodes");
            if (divisor.signum() <= 0) {
                throw new IllegalArgumentException("a quantity's divisor must be greater than 0 but was: " + divisor);
            }
            this.profileHours = nodes.profileHours();
            if (profileHours < 1) {
                throw new IllegalArgumentException("a node count's profileHours must be at least 1 but was: "
                        + profileHours);
            }
            this.perRequestDouble = perRequest.divide(divisor, DIVISION).doubleValue();
            this.perNodeDouble = perNode.doubleValue() / profileHours;
        }

        @Override
        BigDecimal exactChecked(BigDecimal requests) {
            BigDecimal used = perRequest.multiply(requests).divide(divisor, DIVISION);
            BigDecimal included = perNode.multiply(BigDecimal.valueOf(nodes.exact(requests)));
            if (profileHours != 1) {
                included = included.divide(BigDecimal.valueOf(profileHours), DIVISION);
            }
            return used.subtract(included).max(BigDecimal.ZERO);
        }

        @Override
        double atChecked(double requests) {
            return Math.max(0, perRequestDouble * requests - perNodeDouble * nodes.at(requests));
        }

        /**
         * The node steps, and in each stretch between them (where the count is constant) the requests at which the
         * use above the allowance reaches 0 or one of the thresholds.
         */
        @Override
        void breakpoints(double lo, double hi, double[] thresholds, DoubleConsumer out) {
            double[] steps = new double[16];
            int size = 0;
            steps[size++] = lo;
            StepBuffer buffer = new StepBuffer(steps, size);
            nodes.steps(lo, hi, buffer);
            buffer.accept(hi);
            double[] bounds = buffer.sorted();
            for (int i = 1; i < bounds.length - 1; i++) {
                out.accept(bounds[i]);
            }
            if (perRequestDouble <= 0) {
                return;
            }
            double[] middles = new double[bounds.length - 1];
            for (int i = 0; i + 1 < bounds.length; i++) {
                middles[i] = (bounds[i] + bounds[i + 1]) / 2;
            }
            long[] counts = nodes.atEach(middles);
            for (int i = 0; i + 1 < bounds.length; i++) {
                double a = bounds[i];
                double b = bounds[i + 1];
                double included = perNodeDouble * counts[i];
                reach(included, a, b, out);
                for (double q : thresholds) {
                    reach(included + q, a, b, out);
                }
            }
        }

        private void reach(double level, double a, double b, DoubleConsumer out) {
            double n = level / perRequestDouble;
            if (n > a && n < b) {
                out.accept(n);
            }
        }

        /** Collects node steps into a growing array. */
        private static final class StepBuffer implements DoubleConsumer {
            private double[] values;
            private int size;

            StepBuffer(double[] values, int size) {
                this.values = values;
                this.size = size;
            }

            @Override
            public void accept(double x) {
                if (size == values.length) {
                    values = Arrays.copyOf(values, size * 2);
                }
                values[size++] = x;
            }

            double[] sorted() {
                double[] sorted = Arrays.copyOf(values, size);
                Arrays.sort(sorted);
                return sorted;
            }
        }
    }

    /** Exact division for quantities that need it. */
    static final MathContext DIVISION = MathContext.DECIMAL128;
}
