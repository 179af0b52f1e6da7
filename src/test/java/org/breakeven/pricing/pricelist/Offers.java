package org.breakeven.pricing.pricelist;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Locates the offer files the tests read: our fixtures, and the real files in ../shared. */
final class Offers {

    /** The real offer files, beside the repository in CI; override with -Dbreakeven.offers=DIR. */
    static final Path REAL = Path.of(System.getProperty("breakeven.offers", "../shared/reference/offers"));

    static final String LAMBDA_2016 = "concurrencylabs-aws-pricing-tools__AWSLambda-index.json";
    static final String EC2_OPENCOST = "opencost__pricing-us-east-1.json";
    static final String ECS_OPENCOST = "opencost__ecs-pricing-us-east-1.json";
    static final String LAMBDA_LIGOJ_CSV = "ligoj-plugin-prov-aws__AWSLambda-eu-west-1-index.csv";

    private Offers() {
    }

    /** Gets a fixture under src/test/resources/org/breakeven/pricing/pricelist. */
    static Path fixture(String name) {
        URL url = Offers.class.getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Gets the nine us-east-1 fixtures, one per offer we import (AWSELB in CSV). */
    static List<Path> usEast1() {
        return List.of("AWSLambda.json", "AmazonEC2.json", "AmazonEKS.json", "AWSELB.csv", "AmazonApiGateway.json",
                "AmazonDynamoDB.json", "AmazonS3.json", "AWSQueueService.json", "AmazonCloudWatch.json").stream()
                .map(name -> fixture("us-east-1/" + name)).toList();
    }

    /** Gets a real offer file, skipping the test with a message when ../shared is not there. */
    static Path real(String name) {
        Path file = REAL.resolve(name);
        assumeTrue(Files.isRegularFile(file), () -> "skipped: the real offer file " + file.toAbsolutePath()
                + " is absent; it ships in ../shared/reference/offers beside the repository (or set -Dbreakeven.offers)");
        return file;
    }
}
