package org.breakeven.cluster;

import java.math.BigDecimal;
import java.util.Objects;
import org.breakeven.bill.Checks;
import org.breakeven.bill.Format;

/**
 * A share of a cluster's nodes run as Spot Instances, at a dated Spot price or a sourced saving off on-demand,
 * with extra capacity kept against interruptions.
 * <p>
 * The share is of node-hours: of a cluster of {@code n} nodes, {@code share * n} run on Spot on average (a
 * fraction of a node is a node that runs on Spot part of the time, as a mixed node pool's does). Those node-hours
 * cost {@code (1 + extraCapacity) * spotPrice} each instead of the on-demand price: the extra capacity is the
 * share of further Spot nodes kept so that an interruption (a two-minute notice) takes no capacity the traffic
 * needs. Spot prices "adjust gradually based on long-term trends in supply and demand" and can save "up to 90%"
 * (AWS EC2 Spot pricing page, aws.amazon.com/ec2/spot/pricing/, read 2026-09-28), so the price is an input with
 * its source and date, never a table default.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param shareOfNodes the share of node-hours on Spot, 0 to 1
 * @param pricePerHour the Spot price per instance-hour, or null to use {@code savingPercent}
 * @param savingPercent the saving off the on-demand price, 0 to 100 %, or null to use {@code pricePerHour}
 * @param extraCapacity the extra Spot nodes kept against interruptions, as a share of the Spot nodes, 0 to 10
 * @param priceSource where the price or saving comes from, with its date
 */
public record Spot(double shareOfNodes, BigDecimal pricePerHour, BigDecimal savingPercent, double extraCapacity,
        String priceSource) {

    /**
     * Creates a share of Spot nodes.
     *
     * @param shareOfNodes 0 to 1
     * @param pricePerHour 0 to 1,000 per instance-hour with at most 10 decimal places, or null
     * @param savingPercent 0 to 100 with at most 10 decimal places, or null; exactly one of the two is given
     * @param extraCapacity 0 to 10
     * @param priceSource the price's source and date, not blank, at most 1,000 characters
     * @throws IllegalArgumentException if a value is out of range, or neither or both of the price and the saving
     *     are given
     */
    public Spot {
        Checks.between("shareOfNodes", shareOfNodes, 0, 1, "");
        Checks.between("extraCapacity", extraCapacity, 0, 10, "of the Spot nodes");
        if ((pricePerHour == null) == (savingPercent == null)) {
            throw new IllegalArgumentException("spot needs exactly one of pricePerHour (USD per instance-hour) and"
                    + " savingPercent (% off on-demand)");
        }
        if (pricePerHour != null) {
            Checks.decimal("pricePerHour", pricePerHour, 0, 1000, 10, "USD per instance-hour");
        } else {
            Checks.decimal("savingPercent", savingPercent, 0, 100, 10, "%");
        }
        Objects.requireNonNull(priceSource, "priceSource");
        if (priceSource.isBlank() || priceSource.length() > 1000) {
            throw new IllegalArgumentException("priceSource must name where the Spot price comes from and its date, in"
                    + " 1 to 1,000 characters, but was: '" + Format.printable(priceSource, 100) + "'");
        }
    }

    /**
     * Obtains Spot nodes at a saving off on-demand.
     *
     * @param shareOfNodes the share of node-hours on Spot, 0 to 1
     * @param savingPercent the saving, 0 to 100 %
     * @param extraCapacity the extra Spot nodes kept, 0 to 10
     * @param priceSource where the saving comes from, with its date
     * @return the Spot share
     */
    public static Spot saving(double shareOfNodes, BigDecimal savingPercent, double extraCapacity, String priceSource) {
        return new Spot(shareOfNodes, null, savingPercent, extraCapacity, priceSource);
    }

    /**
     * Computes the Spot price of an instance type.
     *
     * @param onDemandPerHour the on-demand price per instance-hour
     * @return the Spot price per instance-hour
     */
    public BigDecimal price(BigDecimal onDemandPerHour) {
        return pricePerHour != null ? pricePerHour
                : onDemandPerHour.multiply(BigDecimal.ONE.subtract(savingPercent.movePointLeft(2)));
    }

    /**
     * Outputs the share as {@code 50% of nodes on Spot at 60% off (source), 10% extra capacity}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return Format.percent(shareOfNodes) + "% of nodes on Spot at " + (pricePerHour != null
                ? "USD " + Format.plain(pricePerHour) + "/hour" : Format.plain(savingPercent) + "% off") + " ("
                + Format.printable(priceSource, 200) + ")" + (extraCapacity > 0 ? ", " + Format.percent(extraCapacity)
                + "% extra capacity" : "");
    }
}
