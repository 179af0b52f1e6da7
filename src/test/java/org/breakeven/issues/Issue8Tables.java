package org.breakeven.issues;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The table of issue 8's reproduction, made as a user would make it from the shipped
 * {@code pricing/aws/us-east-1/2024-11-01.json}: its checksum dropped, {@code lambda.requests} split into two
 * tiers at 1,000,000,000 requests at the file's own price (0.0000002 below and above), and the unit of
 * {@code nat.hour} changed from {@code USD per gateway-hour} to {@code USD per NAT gateway-hour}. Every
 * usage pays the same as in the shipped table except that {@code nat.hour} is in another unit: one change.
 */
public final class Issue8Tables {

    /** The shipped table the reproduction starts from. */
    public static final String SHIPPED = "aws/us-east-1@2024-11-01";
    /** Where the reproduction splits {@code lambda.requests}, in requests per month. */
    public static final String SPLIT = "1000000000";
    /** The unit that {@code nat.hour} is given. */
    public static final String NAT_UNIT = "USD per NAT gateway-hour";

    private Issue8Tables() {
    }

    /**
     * Writes the reproduction table into a folder.
     *
     * @param dir the folder
     * @return the file, {@code issue8.json}
     */
    public static Path write(Path dir) {
        ObjectMapper mapper = new ObjectMapper();
        try {
            ObjectNode table = (ObjectNode) mapper.readTree(Path.of("pricing/aws/us-east-1/2024-11-01.json").toFile());
            table.remove("checksum");
            ObjectNode rates = (ObjectNode) table.get("rates");
            ObjectNode requests = (ObjectNode) rates.get("lambda.requests");
            String price = requests.remove("price").textValue();
            ArrayNode tiers = requests.putArray("tiers");
            tiers.addObject().put("from", "0").put("to", SPLIT).put("price", price);
            tiers.addObject().put("from", SPLIT).put("price", price);
            ((ObjectNode) rates.get("nat.hour")).put("unit", NAT_UNIT);
            Path file = dir.resolve("issue8.json");
            mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), table);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
