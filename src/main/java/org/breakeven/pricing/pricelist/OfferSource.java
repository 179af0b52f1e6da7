package org.breakeven.pricing.pricelist;


import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * An offer file that can be opened more than once (the JSON reader reads it again when {@code terms}
 * comes before {@code products}). A name ending in {@code .gz} is decompressed on the fly.
 *
 * @param file the file
 */
record OfferSource(Path file) {

    /** Gets the name used in messages: the file's path. */
    String name() {
        return file.toString();
    }

    /** Checks if the file is a CSV offer ({@code .csv} or {@code .csv.gz}). */
    boolean isCsv() {
        return plainName().endsWith(".csv");
    }

    /** Opens the file, decompressing a {@code .gz}. */
    InputStream open() throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            return new GZIPInputStream(new BufferedInputStream(in, 1 << 16), 1 << 16);
        }
        return in;
    }

    private String plainName() {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }
}
