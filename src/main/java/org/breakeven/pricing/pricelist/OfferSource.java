package org.breakeven.pricing.pricelist;


import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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

    /** Gets where a fault in the file as a whole is: {@code $} in JSON, line 1 in CSV. */
    String start() {
        return isCsv() ? "line 1" : "$";
    }

    /**
     * Opens the file, decompressing a {@code .gz}. Only a regular file is opened: a named pipe would block
     * for ever and a device such as {@code /dev/zero} never end; both are refused before they are opened. An
     * offer has no size limit (the EC2 offer is gigabytes): the readers keep what they read bounded instead.
     *
     * @throws OfferFormatException if the file is not a regular file
     */
    InputStream open() throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new OfferFormatException(name(), start(), "an offer must be a regular file, but this is "
                    + (attributes.isDirectory() ? "a folder" : "a device, a named pipe or a socket"));
        }
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
