package org.breakeven.assertj;

import org.breakeven.BreakEven;
import org.breakeven.Comparison;
import org.breakeven.bill.Bill;
import org.breakeven.bill.Format;

/** The parts every failure message shares: the line items behind an answer, indented under a heading. */
final class Messages {

    private static final String NL = System.lineSeparator();

    private Messages() {
    }

    static String requests(long requestsPerMonth) {
        return Format.whole(requestsPerMonth) + " requests/month";
    }

    static String bills(String heading, Comparison bills) {
        return NL + heading + ":" + NL + indent(bills.serverless()) + NL + indent(bills.cluster());
    }

    static String indent(Bill bill) {
        return "  " + bill.toString().replace(NL, NL + "  ");
    }

    /** The bills at the break-even, or at the workload's requests when there is none, and why. */
    static String behind(BreakEven breakEven, Comparison current) {
        String why = NL + "Why: " + breakEven.why();
        return breakEven.exists() ? why + bills("The bills at the break-even", breakEven.bills())
                : why + bills("The bills at the workload's requests", current);
    }
}
