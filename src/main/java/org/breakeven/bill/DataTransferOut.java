package org.breakeven.bill;

import java.math.BigDecimal;
import org.breakeven.pricing.PricingTable;

/**
 * Data transfer out to the internet: the bytes each response sends to clients, which both sides pay at the same
 * tiered rate ({@code dataTransfer.internetOut}: $0.09 per GB for the first 10 TB a month, $0.085 next 40 TB, $0.07
 * next 100 TB, $0.05 above, in us-east-1 from the AWSDataTransfer offer of 2026-09-16). Both bills show it; it is left
 * out of the comparison unless {@code inComparison} is set, since the same responses leave AWS either way.
 * <p>
 * GB = requests x {@code kilobytesPerRequest} / 10^6, as for the cluster's NAT and cross-zone traffic. The 100 GB a
 * month that AWS gives free is not deducted: like the Lambda free tier, it belongs to the whole account (at most $9 a
 * month).
 * <pre>{@code
 * jshell> new DataTransferOut(10, false)
 * $1 ==> data transfer out 10.0 KB/request (both sides pay, not compared)
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param kilobytesPerRequest the KB each request sends to the internet, 0 to 10^7; 0 for no line
 * @param inComparison true to count the line in the comparison (it is the same on both bills, so it moves a
 *     break-even only through the sides' other differences, never by itself)
 */
public record DataTransferOut(double kilobytesPerRequest, boolean inComparison) {

    /** No data transfer out. */
    public static final DataTransferOut NONE = new DataTransferOut(0, false);

    /** The key of the tiered rate in a pricing table. */
    public static final String RATE = "dataTransfer.internetOut";

    /** KB in a GB, as the bills count traffic: 10^6. */
    public static final BigDecimal KILOBYTES_PER_GB = BigDecimal.valueOf(1_000_000);

    /**
     * Creates the input, checking the size.
     *
     * @param kilobytesPerRequest 0 to 10^7 KB
     * @param inComparison whether the comparison counts it
     */
    public DataTransferOut {
        Checks.between("kilobytesPerRequest", kilobytesPerRequest, 0, 1e7, "KB per request");
    }

    /**
     * Builds the line, the same on either bill.
     *
     * @param table the pricing table, which must hold {@value #RATE}
     * @return the charge: GB per request at the tiered rate; marked as paid by both sides unless compared
     */
    public Charge charge(PricingTable table) {
        BigDecimal gbPerRequest = BigDecimal.valueOf(kilobytesPerRequest).divide(KILOBYTES_PER_GB);
        return Charge.of("Data transfer out to the internet", Quantity.perRequest(gbPerRequest), "GB",
                table.rate(RATE, "USD per GB"), BigDecimal.ZERO, !inComparison);
    }

    @Override
    public String toString() {
        return "data transfer out " + kilobytesPerRequest + " KB/request"
                + (inComparison ? " (both sides pay, compared)" : " (both sides pay, not compared)");
    }
}
