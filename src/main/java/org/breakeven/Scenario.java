package org.breakeven;

import org.breakeven.bill.BillModel;
import org.breakeven.bill.Charge;
import org.breakeven.bill.Checks;
import org.breakeven.bill.Capacity;
import org.breakeven.bill.Conventions;
import org.breakeven.bill.DataTransferOut;
import org.breakeven.bill.Format;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.breakeven.cluster.Cluster;
import org.breakeven.cluster.ClusterModel;
import org.breakeven.cluster.NodesByHour;
import org.breakeven.pricing.PricingTable;
import org.breakeven.serverless.LambdaFunction;
import org.breakeven.serverless.ServerlessModel;
import org.breakeven.workload.HourlyProfile;
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
 * Both bill models are built from the pricing table on first use and kept, so that solving, pricing and
 * sweeping one scenario again costs only the arithmetic; every {@code with...} copy builds its own.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Scenario {

    private final Workload workload;
    private final LambdaFunction function;
    private final Cluster cluster;
    private final PricingTable pricing;
    private final Conventions conventions;
    private final RequestRange range;
    private final List<Alternative> alternatives;
    private final DataTransferOut dataTransferOut;
    private final PricingTerms terms;
    private volatile BillModel serverlessModel;
    private volatile BillModel clusterModel;
    private volatile Limits limits;

    /** Each side's capacity and what the bills cannot price: built on first use, like the bill models. */
    private record Limits(Capacity serverless, Capacity cluster, List<String> notes) {
    }

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
    public Scenario(Workload workload, LambdaFunction function, Cluster cluster, PricingTable pricing,
            Conventions conventions, RequestRange range) {
        this(workload, function, cluster, pricing, conventions, range, DataTransferOut.NONE);
    }

    /**
     * Creates a scenario with data transfer out to the internet, a line on both bills.
     *
     * @param workload the traffic
     * @param function the function
     * @param cluster the cluster
     * @param pricing the pricing table
     * @param conventions the conventions
     * @param range the range
     * @param dataTransferOut the bytes each response sends to the internet
     */
    public Scenario(Workload workload, LambdaFunction function, Cluster cluster, PricingTable pricing,
            Conventions conventions, RequestRange range, DataTransferOut dataTransferOut) {
        this(workload, function, cluster, pricing, conventions, range, dataTransferOut, PricingTerms.NONE);
    }

    /**
     * Creates a scenario with commitments, Spot or discounts; the cluster's instance type must be in the pricing
     * table.
     *
     * @param workload the traffic
     * @param function the function
     * @param cluster the cluster
     * @param pricing the pricing table
     * @param conventions the conventions
     * @param range the range
     * @param terms what is paid instead of list prices
     */
    public Scenario(Workload workload, LambdaFunction function, Cluster cluster, PricingTable pricing,
            Conventions conventions, RequestRange range, PricingTerms terms) {
        this(workload, function, cluster, pricing, conventions, range, DataTransferOut.NONE, terms);
    }

    /**
     * Creates a scenario with data transfer out and commitments, Spot or discounts.
     *
     * @param workload the traffic
     * @param function the function
     * @param cluster the cluster
     * @param pricing the pricing table
     * @param conventions the conventions
     * @param range the range
     * @param dataTransferOut the bytes each response sends to the internet
     * @param terms what is paid instead of list prices
     */
    public Scenario(Workload workload, LambdaFunction function, Cluster cluster, PricingTable pricing,
            Conventions conventions, RequestRange range, DataTransferOut dataTransferOut, PricingTerms terms) {
        this.dataTransferOut = Objects.requireNonNull(dataTransferOut, "dataTransferOut");
        this.terms = Objects.requireNonNull(terms, "terms");
        this.workload = Objects.requireNonNull(workload, "workload");
        this.function = Objects.requireNonNull(function, "function");
        this.cluster = Objects.requireNonNull(cluster, "cluster");
        this.pricing = Objects.requireNonNull(pricing, "pricing");
        this.conventions = Objects.requireNonNull(conventions, "conventions");
        this.range = Objects.requireNonNull(range, "range");
        this.alternatives = List.of();
        pricing.instance(cluster.instanceType());
        if (dataTransferOut.kilobytesPerRequest() > 0) {
            pricing.rate(DataTransferOut.RATE, "USD per GB");
        }
    }

    /**
     * Gets the data transfer out to the internet, a line on both bills.
     *
     * @return the data transfer out, {@link DataTransferOut#NONE} for none
     */
    public DataTransferOut dataTransferOut() {
        return dataTransferOut;
    }

    /**
     * Returns a copy with data transfer out to the internet.
     *
     * @param dataTransferOut the bytes each response sends
     * @return the copy
     */
    public Scenario withDataTransferOut(DataTransferOut dataTransferOut) {
        return new Scenario(workload, function, cluster, pricing, conventions, range, dataTransferOut, terms)
                .withAlternatives(alternatives);
    }

    /**
     * Gets what is paid instead of list prices.
     *
     * @return the terms, {@link PricingTerms#NONE} for list prices
     */
    public PricingTerms terms() {
        return terms;
    }

    /**
     * Returns a copy with other pricing terms: commitments, Spot, discounts.
     *
     * @param value the terms
     * @return the copy
     */
    public Scenario withTerms(PricingTerms value) {
        return new Scenario(workload, function, cluster, pricing, conventions, range, dataTransferOut, value)
                .withAlternatives(alternatives);
    }

    /** Adds the data transfer out line, the same on both sides, to a bill model. */
    private BillModel withDataTransfer(BillModel model) {
        if (dataTransferOut.kilobytesPerRequest() == 0) {
            return model;
        }
        List<Charge> charges = new ArrayList<>(model.charges());
        charges.add(dataTransferOut.charge(pricing));
        return new BillModel(model.side(), model.currency(), charges);
    }

    private Scenario(Scenario base, List<Alternative> alternatives) {
        this.workload = base.workload;
        this.function = base.function;
        this.cluster = base.cluster;
        this.pricing = base.pricing;
        this.conventions = base.conventions;
        this.range = base.range;
        this.dataTransferOut = base.dataTransferOut;
        this.terms = base.terms;
        this.alternatives = List.copyOf(alternatives);
    }

    /**
     * Gets the ways of running the service that {@link #envelope()} compares, as a scenario file's {@code options}
     * names them; empty for a scenario that compares only its Lambda function and its cluster.
     *
     * @return the alternatives, unmodifiable
     */
    public List<Alternative> alternatives() {
        return alternatives;
    }

    /**
     * Returns a copy that compares other ways of running the service.
     *
     * @param alternatives 2 to {@link Envelope#MAX_OPTIONS}, or none
     * @return the copy
     * @throws IllegalArgumentException if there is one, or more than {@link Envelope#MAX_OPTIONS}, or two share a name
     */
    public Scenario withAlternatives(List<Alternative> alternatives) {
        if (!alternatives.isEmpty()) {
            Envelope.checkNames(alternatives.stream().map(Alternative::name).toList());
        }
        return new Scenario(this, alternatives);
    }

    /**
     * Builds each alternative's option with this scenario's traffic, pricing table and conventions; for a scenario
     * without alternatives, its Lambda function and its cluster, named {@code lambda} and {@code cluster}.
     *
     * @return the options, in order
     */
    public List<Option> options() {
        if (alternatives.isEmpty()) {
            return List.of(Option.of("lambda", serverlessModel()), Option.of("cluster", clusterModel()));
        }
        return alternatives.stream().map(a -> a.option(this)).toList();
    }

    /**
     * Finds the cheapest option at every traffic level of the range (see {@link Envelope}).
     *
     * @return the envelope
     */
    public Envelope envelope() {
        return Envelope.of(options(), range);
    }

    /**
     * Gets the traffic.
     *
     * @return the workload
     */
    public Workload workload() {
        return workload;
    }

    /**
     * Gets the Lambda function.
     *
     * @return the function
     */
    public LambdaFunction function() {
        return function;
    }

    /**
     * Gets the cluster.
     *
     * @return the cluster
     */
    public Cluster cluster() {
        return cluster;
    }

    /**
     * Gets the pricing table.
     *
     * @return the table
     */
    public PricingTable pricing() {
        return pricing;
    }

    /**
     * Gets the billing conventions.
     *
     * @return the conventions
     */
    public Conventions conventions() {
        return conventions;
    }

    /**
     * Gets the requests per month searched for crossings.
     *
     * @return the range
     */
    public RequestRange range() {
        return range;
    }

    /**
     * Builds the Lambda bill model.
     *
     * @return the model
     */
    public BillModel serverlessModel() {
        BillModel model = serverlessModel;
        if (model == null) {
            model = terms.discounts().applyTo(withDataTransfer(ServerlessModel.billModel(function, pricing,
                    conventions, workload.profile(), terms.lambdaCommitment())));
            serverlessModel = model;
        }
        return model;
    }

    /**
     * Builds the cluster bill model.
     *
     * @return the model
     */
    public BillModel clusterModel() {
        BillModel model = clusterModel;
        if (model == null) {
            model = terms.discounts().applyTo(withDataTransfer(ClusterModel.billModel(cluster, pricing, workload,
                    conventions, terms.clusterCommitment(), terms.spot())));
            clusterModel = model;
        }
        return model;
    }

    /**
     * Computes both bills at a number of requests.
     *
     * @param requestsPerMonth the month's requests, 0 to {@link BillModel#MAX_REQUESTS_PER_MONTH}
     * @return both bills
     * @throws IllegalArgumentException if the requests are negative or above the maximum
     */
    public Comparison at(long requestsPerMonth) {
        Checks.requests(requestsPerMonth);
        return Comparison.of(serverlessModel(), clusterModel(), requestsPerMonth);
    }

    /**
     * Computes the cluster's node count in each hour of the workload's profile at a number of requests: the
     * peak, the average and the node-hours that the bill's node line charges. A fixed or peak-sized cluster
     * has the same count in every hour; an autoscaled one follows each hour's traffic.
     * <pre>{@code
     * jshell> scenario.nodesByHour(1_000_000_000)
     * $1 ==> peak 64 nodes, average 32.5, 23,725 node-hours/month
     * }</pre>
     *
     * @param requestsPerMonth the month's requests, at least 0
     * @return the counts
     */
    public NodesByHour nodesByHour(long requestsPerMonth) {
        return ClusterModel.nodesByHour(cluster, pricing, workload, conventions, requestsPerMonth);
    }

    /**
     * Finds every break-even point in the range, and where each side saturates (see
     * {@link BreakevenResult#capacity}).
     *
     * @return the result
     */
    public BreakevenResult solve() {
        // The explanation names the busiest moment's ratio: the profile's busiest hour times the burst within it.
        return BreakevenSolver.solve(serverlessModel(), clusterModel(), range, workload.requestsPerMonth(),
                pricing.version(), workload.peakToAverageRatio() * workload.profile().peakToAverage())
                .withCapacity(limits().serverless(), limits().cluster(), limits().notes());
    }

    /**
     * What the bills simplify: burstable nodes, and a Lambda commitment with Provisioned Concurrency counted over the
     * month, not by the hour.
     */
    private List<String> notes() {
        List<String> notes = new java.util.ArrayList<>(ClusterModel.notes(cluster, pricing));
        boolean provisioned = !function.provisioned().equals(org.breakeven.serverless.ProvisionedConcurrency.NONE)
                || !function.provisionedSchedule().equals(org.breakeven.serverless.ProvisionedSchedule.NONE);
        boolean everyHourAlike = workload.profile().equals(HourlyProfile.FLAT)
                && function.provisionedSchedule().equals(org.breakeven.serverless.ProvisionedSchedule.NONE);
        if (terms.lambdaCommitment() != null && provisioned && !everyHourAlike) {
            notes.add("Lambda's " + terms.lambdaCommitment().label() + " is counted against the month's usage as a"
                    + " whole; AWS applies it hour by hour, so with traffic that is not flat the part a quiet hour"
                    + " leaves unused is lost, which this bill does not count.");
        }
        return List.copyOf(notes);
    }

    private Limits limits() {
        Limits value = limits;
        if (value == null) {
            value = new Limits(serverlessCapacity(), clusterCapacity(), notes());
            limits = value;
        }
        return value;
    }

    /**
     * Computes the most requests a month Lambda serves at the workload's peak within its regional concurrency
     * limit (see {@link ServerlessModel#capacity}).
     *
     * @return the capacity, limited
     */
    public Capacity serverlessCapacity() {
        return ServerlessModel.capacity(function, workload, conventions);
    }

    /**
     * Computes the most requests a month the cluster's nodes serve at the workload's peak (see
     * {@link ClusterModel#capacity}); when it is unknown, the reason gives the peak at the top of the range, which
     * nothing checks.
     *
     * @return the capacity: limited, unknown or unlimited
     */
    public Capacity clusterCapacity() {
        Capacity capacity = ClusterModel.capacity(cluster, pricing, workload, conventions);
        if (capacity instanceof Capacity.Unknown unknown) {
            // The peak of the busiest hour, by the profile's one formula, over 3,600 seconds.
            HourlyProfile profile = workload.profile();
            double top = range.toRequestsPerMonth();
            double peak = profile.requestsInHour(profile.peakHour(), top, conventions.hoursPerMonth()) / 3600
                    * workload.peakToAverageRatio();
            return Capacity.unknown(unknown.reason() + "; their peak at " + Format.brief(top) + " requests/month, "
                    + Format.whole(peak) + " requests/s, is not checked against any capacity");
        }
        return capacity;
    }

    /**
     * Computes both bills at log-spaced numbers of requests, each rounded to a number of significant digits,
     * with the cluster's node count at each: see {@link Sweep#of}.
     *
     * @param fromRequestsPerMonth the first point, at least 1
     * @param toRequestsPerMonth the last point, above the first, at most 10^13
     * @param points how many points, 2 to 100,000 (fewer after rounding makes some equal)
     * @param significantDigits the significant digits of each point, 1 to 15
     * @return the points, in increasing order of requests
     */
    public List<Sweep.Point> sweep(double fromRequestsPerMonth, double toRequestsPerMonth, int points,
            int significantDigits) {
        return Sweep.of(this, fromRequestsPerMonth, toRequestsPerMonth, points, significantDigits, done -> { });
    }

    /**
     * Returns a copy with another workload.
     *
     * @param workload the workload
     * @return the copy
     */
    public Scenario withWorkload(Workload workload) {
        return new Scenario(workload, function, cluster, pricing, conventions, range, dataTransferOut, terms)
                .withAlternatives(alternatives);
    }

    /**
     * Returns a copy with another function.
     *
     * @param function the function
     * @return the copy
     */
    public Scenario withFunction(LambdaFunction function) {
        return new Scenario(workload, function, cluster, pricing, conventions, range, dataTransferOut, terms)
                .withAlternatives(alternatives);
    }

    /**
     * Returns a copy with another cluster.
     *
     * @param cluster the cluster
     * @return the copy
     */
    public Scenario withCluster(Cluster cluster) {
        return new Scenario(workload, function, cluster, pricing, conventions, range, dataTransferOut, terms)
                .withAlternatives(alternatives);
    }

    /**
     * Returns a copy with another pricing table.
     *
     * @param pricing the table
     * @return the copy
     */
    public Scenario withPricing(PricingTable pricing) {
        return new Scenario(workload, function, cluster, pricing, conventions, range, dataTransferOut, terms)
                .withAlternatives(alternatives);
    }

    /**
     * Returns a copy with other conventions.
     *
     * @param conventions the conventions
     * @return the copy
     */
    public Scenario withConventions(Conventions conventions) {
        return new Scenario(workload, function, cluster, pricing, conventions, range, dataTransferOut, terms)
                .withAlternatives(alternatives);
    }

    /**
     * Returns a copy with another search range.
     *
     * @param range the range
     * @return the copy
     */
    public Scenario withRange(RequestRange range) {
        return new Scenario(workload, function, cluster, pricing, conventions, range, dataTransferOut, terms)
                .withAlternatives(alternatives);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Scenario other && workload.equals(other.workload) && function.equals(other.function)
                && cluster.equals(other.cluster) && pricing.equals(other.pricing) && conventions.equals(other.conventions)
                && range.equals(other.range) && dataTransferOut.equals(other.dataTransferOut) && terms.equals(other.terms)
                && alternatives.equals(other.alternatives);
    }

    @Override
    public int hashCode() {
        return Objects.hash(workload, function, cluster, pricing, conventions, range, dataTransferOut, terms,
                alternatives);
    }

    @Override
    public String toString() {
        return "Scenario[" + workload + "; " + function + "; " + cluster + "; " + pricing.version() + ", " + conventions
                + "; search " + range + (dataTransferOut.kilobytesPerRequest() > 0 ? "; " + dataTransferOut : "")
                + (terms.isList() ? "" : "; " + terms)
                + (alternatives.isEmpty() ? "" : "; options " + alternatives.stream().map(Alternative::name).toList()) + "]";
    }
}
