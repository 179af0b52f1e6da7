package org.breakeven.pricing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a pricing table's rates come from: a page or a Price List offer, the date it gives, and the
 * date it was read.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param key the key that rates use to refer to this source
 * @param title what the source is
 * @param url where to find it
 * @param published the date the source gives (publication, effective or generation date)
 * @param read the date the figures were read from it
 */
public record Source(String key, String title, String url, LocalDate published, LocalDate read) {

    /**
     * Creates a source.
     *
     * @param key the key
     * @param title the title
     * @param url the address
     * @param published the date the source gives
     * @param read the date it was read
     */
    public Source {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(read, "read");
    }
}
