package org.breakeven.pricing;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a pricing table's rates come from: a page, a repository file or a Price List offer, the date
 * it gives, and the date it was read.
 * <p>
 * A few sources have no address that we know, such as a billing export quoted somewhere public; for
 * those {@code url} is null and the title says where the figures were found.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param key the key that rates use to refer to this source
 * @param title what the source is
 * @param url where to find it, or null if no address is known
 * @param published the date the source gives (publication, effective or generation date)
 * @param read the date the figures were read from it, not before {@code published}
 */
public record Source(String key, String title, String url, LocalDate published, LocalDate read) {

    /**
     * Creates a source.
     *
     * @param key the key
     * @param title the title
     * @param url the address, or null if none is known
     * @param published the date the source gives
     * @param read the date it was read, on or after {@code published}
     * @throws PricingValueException if {@code read} is before {@code published}
     */
    public Source {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(read, "read");
        if (read.isBefore(published)) {
            throw new PricingValueException("read", "read of source " + Text.shown(key) + " must be on or after published (" + published
                    + ") but was: " + read);
        }
    }

    /**
     * Gets the address of the source, if one is known.
     *
     * @return the address, empty if the source has none that we know
     */
    public Optional<String> address() {
        return Optional.ofNullable(url);
    }
}
