package org.breakeven.assertj;

import org.breakeven.Comparison;
import org.breakeven.bill.Side;

/**
 * The second half of {@link ScenarioAssert#isCheaperOn(Side)}: the traffic at which the side must cost less.
 * <p>
 * The bills compared are those the break-even compares ({@link Comparison#cheaper()}): Lambda's bill without
 * the lines the cluster pays too. This class is not thread-safe, as no AssertJ assertion is.
 */
public final class CheaperAssert {

    private final ScenarioAssert owner;
    private final Side side;

    CheaperAssert(ScenarioAssert owner, Side side) {
        this.owner = owner;
        this.side = side;
    }

    /**
     * Verifies that the side is the cheaper one at a number of requests.
     * <pre>{@code
     * assertThat(Breakeven.defaultScenario()).isCheaperOn(Side.SERVERLESS).at(20_000_000);   // passes
     * // fails: "Expecting Lambda to be the cheaper side at 80,000,000 requests/month on pricing ...
     * //         but the cluster is: Lambda USD ... vs cluster USD ..."
     * assertThat(Breakeven.defaultScenario()).isCheaperOn(Side.SERVERLESS).at(80_000_000);
     * }</pre>
     *
     * @param requestsPerMonth the month's requests
     * @return the scenario assertion, to chain more checks
     * @throws IllegalArgumentException if the requests are negative or above the maximum
     */
    public ScenarioAssert at(long requestsPerMonth) {
        Comparison bills = owner.actual().at(requestsPerMonth);
        if (bills.cheaper() != side) {
            String nl = System.lineSeparator();
            owner.fail("Expecting " + name(side) + " to be the cheaper side at " + Messages.requests(requestsPerMonth)
                    + " on pricing " + owner.actual().pricing().version() + nl + "but " + name(side.other())
                    + " is: Lambda " + bills.comparedServerless() + "/month vs cluster " + bills.comparedCluster()
                    + "/month; " + owner.solved().breakEven().sentence()
                    + Messages.bills("The bills at " + Messages.requests(requestsPerMonth), bills));
        }
        return owner;
    }

    private static String name(Side side) {
        return side == Side.SERVERLESS ? "Lambda" : "the cluster";
    }
}
