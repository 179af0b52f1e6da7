package org.breakeven.pricing.pricelist;

import java.util.List;
import java.util.Map;

/**
 * The conditions that pick one of our keys' products out of an offer. The first condition is the
 * loose anchor (such as "usage type ends with {@code NatGateway-Hours}"): a product that passes it but
 * fails another is a near miss, and near misses explain a key that was not found.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id the key the products are for, such as {@code nat.hour} or an instance type
 * @param offerCode the offer that holds the products, such as {@code AmazonEC2}
 * @param criteria the conditions, the anchor first
 */
record Selector(String id, String offerCode, List<Criterion> criteria) {

    /** What {@link #test} returns for a product that meets every condition. */
    static final int MATCH = -1;

    Selector {
        criteria = List.copyOf(criteria);
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("selector " + id + " must have at least one criterion");
        }
    }

    /**
     * Tests a product.
     *
     * @param attributes the product's normalised attributes
     * @return {@link #MATCH}, or the index of the first condition it fails (0: not even near)
     */
    int test(Map<String, String> attributes) {
        for (int i = 0; i < criteria.size(); i++) {
            if (!criteria.get(i).test(attributes)) {
                return i;
            }
        }
        return MATCH;
    }

    @Override
    public String toString() {
        return id + " in " + offerCode + ": " + criteria;
    }
}
