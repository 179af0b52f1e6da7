package org.breakeven.pricing.pricelist;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a synthetic AmazonEC2 offer file shaped like the real one: AWS's {@code " : "} spacing, products
 * with about 35 attributes, one OnDemand term per product and three Reserved terms per product (the
 * Reserved section is most of a real EC2 offer's bytes), then a trailing {@code attributesList}.
 * <p>
 * Products are the combinations of instance type, operating system, tenancy, pre-installed software,
 * capacity status and market option, so each requested instance type has exactly one product that the
 * importer's filters accept, among many that they must reject. Prices are made up.
 */
final class SyntheticEc2Offer {

    private static final String[] FAMILIES = {"t3", "t3a", "t4g", "m5", "m5a", "m5d", "m6a", "m6g", "m6i", "m6id",
        "m7a", "m7g", "m7i", "c5", "c5a", "c5d", "c6a", "c6g", "c6gn", "c6i", "c6in", "c7a", "c7g", "c7gn", "c7i",
        "r5", "r5a", "r5b", "r5d", "r6a", "r6g", "r6i", "r6id", "r7a", "r7g", "r7i", "x2idn", "i4i", "i4g", "im4gn",
        "p4d", "g5", "g6", "inf2", "trn1", "z1d", "hpc7g", "d3", "h1", "u-6tb1"};
    private static final String[] SIZES = {"nano", "micro", "small", "medium", "large", "xlarge", "2xlarge", "4xlarge",
        "8xlarge", "12xlarge", "16xlarge", "24xlarge", "32xlarge", "48xlarge", "metal"};
    private static final String[] SYSTEMS = {"Linux", "Windows", "RHEL", "SUSE", "Red Hat Enterprise Linux with HA",
        "Ubuntu Pro"};
    private static final String[] TENANCIES = {"Shared", "Dedicated", "Host"};
    private static final String[] SOFTWARE = {"NA", "SQL Std", "SQL Web", "SQL Ent"};
    private static final String[] CAPACITY = {"Used", "UnusedCapacityReservation", "AllocatedCapacityReservation"};
    private static final String[][] RESERVED = {{"1yr", "standard", "No Upfront"}, {"3yr", "convertible", "Partial Upfront"},
        {"3yr", "standard", "All Upfront"}};

    private SyntheticEc2Offer() {
    }

    /** The instance types the generator emits, in order. */
    static List<String> instanceTypes() {
        List<String> types = new ArrayList<>();
        for (String family : FAMILIES) {
            for (String size : SIZES) {
                types.add(family + "." + size);
            }
        }
        return types;
    }

    /**
     * Writes an offer of at least the given size.
     *
     * @param file where to write
     * @param minimumBytes the size to reach; whole products are written until it is reached
     * @return the number of products written
     */
    static int write(Path file, long minimumBytes) throws IOException {
        List<String> types = instanceTypes();
        int perType = SYSTEMS.length * TENANCIES.length * SOFTWARE.length * CAPACITY.length * 2;
        // Products take about a quarter of the bytes; size the product count to reach the target.
        int products = (int) Math.max(types.size(), minimumBytes / 5_600);
        products = Math.min(products, types.size() * perType);
        try (OutputStream out = Files.newOutputStream(file);
                Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            w.write("{\n  \"formatVersion\" : \"v1.0\",\n  \"disclaimer\" : \"This pricing list is for informational"
                    + " purposes only. Synthetic benchmark data.\",\n  \"offerCode\" : \"AmazonEC2\",\n"
                    + "  \"version\" : \"20241115180000\",\n  \"publicationDate\" : \"2024-11-15T18:00:00Z\",\n"
                    + "  \"products\" : {\n");
            for (int i = 0; i < products; i++) {
                product(w, i, types, perType, i == products - 1);
            }
            w.write("  },\n  \"terms\" : {\n    \"OnDemand\" : {\n");
            for (int i = 0; i < products; i++) {
                onDemand(w, i, i == products - 1);
            }
            w.write("    },\n    \"Reserved\" : {\n");
            for (int i = 0; i < products; i++) {
                reserved(w, i, i == products - 1);
            }
            w.write("    }\n  },\n  \"attributesList\" : { }\n}\n");
        }
        return products;
    }

    private static String sku(int i) {
        return String.format(Locale.ROOT, "SYN%013d", i);
    }

    /** Product i is combination (i mod perType) of type (i / perType) in round-robin over the types. */
    private static void product(Writer w, int i, List<String> types, int perType, boolean last) throws IOException {
        String type = types.get(i % types.size());
        int combination = (i / types.size()) % perType;
        String system = SYSTEMS[combination % SYSTEMS.length];
        int rest = combination / SYSTEMS.length;
        String tenancy = TENANCIES[rest % TENANCIES.length];
        rest /= TENANCIES.length;
        String software = SOFTWARE[rest % SOFTWARE.length];
        rest /= SOFTWARE.length;
        String capacity = CAPACITY[rest % CAPACITY.length];
        rest /= CAPACITY.length;
        boolean capacityBlock = rest % 2 == 1;
        boolean graviton = type.contains("g.") || type.contains("gn.") || type.startsWith("t4g") || type.startsWith("i4g")
                || type.startsWith("im4gn");
        String sku = sku(i);
        int vcpu = 2 << (i % 6);
        w.write("    \"" + sku + "\" : {\n      \"sku\" : \"" + sku + "\",\n      \"productFamily\" : \"Compute Instance\",\n"
                + "      \"attributes\" : {\n");
        attribute(w, "servicecode", "AmazonEC2");
        attribute(w, "location", "US East (N. Virginia)");
        attribute(w, "locationType", "AWS Region");
        attribute(w, "instanceType", type);
        attribute(w, "currentGeneration", "Yes");
        attribute(w, "instanceFamily", "General purpose");
        attribute(w, "vcpu", Integer.toString(vcpu));
        attribute(w, "physicalProcessor", graviton ? "AWS Graviton3 Processor" : "Intel Xeon Platinum 8488C");
        attribute(w, "clockSpeed", "3.2 GHz");
        attribute(w, "memory", (vcpu * 4) + " GiB");
        attribute(w, "storage", "EBS only");
        attribute(w, "networkPerformance", "Up to 12500 Megabit");
        attribute(w, "processorArchitecture", "64-bit");
        attribute(w, "tenancy", tenancy);
        attribute(w, "operatingSystem", system);
        attribute(w, "licenseModel", system.equals("Windows") ? "License Included" : "No License required");
        attribute(w, "usagetype", (tenancy.equals("Shared") ? "BoxUsage:" : tenancy.equals("Host") ? "HostUsage:"
                : "DedicatedUsage:") + type);
        attribute(w, "operation", capacityBlock ? "RunInstances:CB" : system.equals("Linux") && software.equals("NA")
                ? "RunInstances" : "RunInstances:" + String.format(Locale.ROOT, "%04d", combination % 9999 + 2));
        attribute(w, "availabilityzone", "NA");
        attribute(w, "capacitystatus", capacity);
        attribute(w, "classicnetworkingsupport", "false");
        attribute(w, "dedicatedEbsThroughput", "Up to 10000 Mbps");
        attribute(w, "ecu", "NA");
        attribute(w, "enhancedNetworkingSupported", "Yes");
        attribute(w, "gpuMemory", "NA");
        attribute(w, "intelAvxAvailable", "Yes");
        attribute(w, "intelAvx2Available", "Yes");
        attribute(w, "intelTurboAvailable", "Yes");
        attribute(w, "marketoption", capacityBlock ? "CapacityBlock" : "OnDemand");
        attribute(w, "normalizationSizeFactor", Integer.toString(vcpu * 2));
        attribute(w, "preInstalledSw", software);
        attribute(w, "processorFeatures", "Intel AVX; Intel AVX2; Intel AVX512; Intel Turbo");
        attribute(w, "regionCode", "us-east-1");
        attribute(w, "servicename", "Amazon Elastic Compute Cloud");
        w.write("        \"vpcnetworkingsupport\" : \"true\"\n      }\n    }" + (last ? "\n" : ",\n"));
    }

    private static void attribute(Writer w, String name, String value) throws IOException {
        w.write("        \"");
        w.write(name);
        w.write("\" : \"");
        w.write(value);
        w.write("\",\n");
    }

    private static String price(int i, int scale) {
        return String.format(Locale.ROOT, "%d.%010d", (i % 7) * scale, (i * 7919L) % 10_000_000_000L);
    }

    private static void onDemand(Writer w, int i, boolean last) throws IOException {
        String sku = sku(i);
        String term = sku + ".JRTCKXETXF";
        w.write("      \"" + sku + "\" : {\n        \"" + term + "\" : {\n          \"offerTermCode\" : \"JRTCKXETXF\",\n"
                + "          \"sku\" : \"" + sku + "\",\n          \"effectiveDate\" : \"2024-11-01T00:00:00Z\",\n"
                + "          \"priceDimensions\" : {\n            \"" + term + ".6YS6EN2CT7\" : {\n"
                + "              \"rateCode\" : \"" + term + ".6YS6EN2CT7\",\n"
                + "              \"description\" : \"$" + price(i, 1) + " per On Demand Linux Instance Hour\",\n"
                + "              \"beginRange\" : \"0\",\n              \"endRange\" : \"Inf\",\n"
                + "              \"unit\" : \"Hrs\",\n              \"pricePerUnit\" : {\n                \"USD\" : \""
                + price(i, 1) + "\"\n              },\n              \"appliesTo\" : [ ]\n            }\n          },\n"
                + "          \"termAttributes\" : { }\n        }\n      }" + (last ? "\n" : ",\n"));
    }

    private static void reserved(Writer w, int i, boolean last) throws IOException {
        String sku = sku(i);
        w.write("      \"" + sku + "\" : {\n");
        for (int r = 0; r < RESERVED.length; r++) {
            String code = String.format(Locale.ROOT, "RES%07d", r);
            String term = sku + "." + code;
            w.write("        \"" + term + "\" : {\n          \"offerTermCode\" : \"" + code + "\",\n"
                    + "          \"sku\" : \"" + sku + "\",\n          \"effectiveDate\" : \"2024-11-01T00:00:00Z\",\n"
                    + "          \"priceDimensions\" : {\n");
            w.write("            \"" + term + ".2TG2D8R56U\" : {\n              \"rateCode\" : \"" + term
                    + ".2TG2D8R56U\",\n              \"description\" : \"Upfront Fee\",\n              \"unit\" :"
                    + " \"Quantity\",\n              \"pricePerUnit\" : {\n                \"USD\" : \"" + price(i, 900)
                    + "\"\n              },\n              \"appliesTo\" : [ ]\n            },\n");
            w.write("            \"" + term + ".6YS6EN2CT7\" : {\n              \"rateCode\" : \"" + term
                    + ".6YS6EN2CT7\",\n              \"description\" : \"Linux/UNIX (Amazon VPC), reserved instance"
                    + " applied\",\n              \"beginRange\" : \"0\",\n              \"endRange\" : \"Inf\",\n"
                    + "              \"unit\" : \"Hrs\",\n              \"pricePerUnit\" : {\n                \"USD\" : \""
                    + price(i, 1) + "\"\n              },\n              \"appliesTo\" : [ ]\n            }\n");
            w.write("          },\n          \"termAttributes\" : {\n            \"LeaseContractLength\" : \""
                    + RESERVED[r][0] + "\",\n            \"OfferingClass\" : \"" + RESERVED[r][1] + "\",\n"
                    + "            \"PurchaseOption\" : \"" + RESERVED[r][2] + "\"\n          }\n        }"
                    + (r == RESERVED.length - 1 ? "\n" : ",\n"));
        }
        w.write("      }" + (last ? "\n" : ",\n"));
    }
}
