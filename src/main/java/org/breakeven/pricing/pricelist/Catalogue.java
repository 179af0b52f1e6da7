package org.breakeven.pricing.pricelist;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Our keys (the rates, allowances and instance types of a {@code breakeven-pricing/1} table) and where
 * each one is in the Price List: the offer, the attribute conditions that pick its product, the unit we
 * store it in and the offer units that mean the same thing. Keys that the Price List does not publish
 * (such as the four dimensions of an ALB capacity unit) have no offer and can only be carried over from a
 * base table.
 * <p>
 * Attribute values come from the reference notes ({@code shared/reference/aws-rates.md} §7,
 * {@code aws-ec2-rates.md} §7) and from public consumers of the offer files (infracost's resource
 * filters); each mapping's note says when a value is not confirmed.
 */
final class Catalogue {

    static final String LAMBDA = "AWSLambda";
    static final String EC2 = "AmazonEC2";
    static final String EKS = "AmazonEKS";
    static final String ELB = "AWSELB";
    static final String API_GATEWAY = "AmazonApiGateway";
    static final String DYNAMODB = "AmazonDynamoDB";
    static final String S3 = "AmazonS3";
    static final String SQS = "AWSQueueService";
    static final String CLOUDWATCH = "AmazonCloudWatch";

    private static final Set<String> REQUESTS = Set.of("request", "requests");
    private static final Set<String> GB_SECONDS = Set.of("seconds", "second", "lambda-gb-second", "gb-seconds",
            "gb-second");
    private static final Set<String> HOURS = Set.of("hrs", "hours", "hour");

    private Catalogue() {
    }

    /**
     * One of our keys and how to find it.
     *
     * @param key the key, such as {@code lambda.requests} or an instance type such as {@code m5.large}
     * @param kind a rate, an allowance or an instance type
     * @param offerCode the offer holding it, or null if the Price List does not publish it
     * @param unit our unit, such as {@code USD per request}
     * @param offerUnits the offer units (lower case) that mean our unit
     * @param selector the conditions that pick the product, null without an offer
     * @param note a caveat on the mapping, may be empty
     */
    record Mapping(String key, ImportReport.Kind kind, String offerCode, String unit, Set<String> offerUnits,
            Selector selector, String note) {

        boolean inPriceList() {
            return offerCode != null;
        }

        boolean acceptsUnit(String offerUnit) {
            return offerUnits.contains(offerUnit.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * Lists every key of a table for a region, in table order.
     *
     * @param region the region
     * @param instanceTypes the instance types to import
     * @return the mappings
     */
    static List<Mapping> mappings(Region region, List<String> instanceTypes) {
        List<Mapping> all = new ArrayList<>();
        Builder b = new Builder(region, all);
        b.lambda("lambda.requests", "AWS-Lambda-Requests", "Request", "USD per request", REQUESTS);
        b.lambda("lambda.duration.x86_64", "AWS-Lambda-Duration", "Lambda-GB-Second", "USD per GB-second", GB_SECONDS);
        b.lambda("lambda.duration.arm64", "AWS-Lambda-Duration-ARM", "Lambda-GB-Second-ARM", "USD per GB-second",
                GB_SECONDS);
        b.lambda("lambda.provisionedConcurrency.x86_64", "AWS-Lambda-Provisioned-Concurrency",
                "Lambda-Provisioned-Concurrency", "USD per GB-second", GB_SECONDS);
        b.lambda("lambda.provisionedConcurrency.arm64", "AWS-Lambda-Provisioned-Concurrency-ARM",
                "Lambda-Provisioned-Concurrency-ARM", "USD per GB-second", GB_SECONDS);
        b.lambda("lambda.provisionedDuration.x86_64", "AWS-Lambda-Duration-Provisioned",
                "Lambda-Provisioned-GB-Second", "USD per GB-second", GB_SECONDS);
        b.lambda("lambda.provisionedDuration.arm64", "AWS-Lambda-Duration-Provisioned-ARM",
                "Lambda-Provisioned-GB-Second-ARM", "USD per GB-second", GB_SECONDS);
        b.lambda("lambda.ephemeralStorage", "AWS-Lambda-Storage-Duration", "Lambda-Storage-GB-Second",
                "USD per GB-second", GB_SECONDS);
        b.rate("apigateway.http", API_GATEWAY, "ApiGatewayHttpRequest", "USD per request", REQUESTS, "",
                Criterion.equalIfPresent(Attr.PRODUCT_FAMILY, "API Calls"));
        b.rate("apigateway.rest", API_GATEWAY, "ApiGatewayRequest", "USD per request", REQUESTS, "",
                Criterion.equalIfPresent(Attr.PRODUCT_FAMILY, "API Calls"));
        b.rate("dynamodb.readRequestUnit", DYNAMODB, "ReadRequestUnits", "USD per read request unit",
                Set.of("readrequestunits"), "", Criterion.equal(Attr.GROUP, "DDB-ReadUnits"));
        b.rate("dynamodb.writeRequestUnit", DYNAMODB, "WriteRequestUnits", "USD per write request unit",
                Set.of("writerequestunits"), "", Criterion.equal(Attr.GROUP, "DDB-WriteUnits"));
        b.rate("s3.get", S3, "Requests-Tier2", "USD per request", REQUESTS, "",
                Criterion.equal(Attr.GROUP, "S3-API-Tier2"));
        b.rate("s3.put", S3, "Requests-Tier1", "USD per request", REQUESTS, "",
                Criterion.equal(Attr.GROUP, "S3-API-Tier1"));
        b.rate("sqs.standard", SQS, "Requests-RBP", "USD per request", REQUESTS, "",
                Criterion.equalIfPresent(Attr.QUEUE_TYPE, "Standard"));
        b.rate("cloudwatch.logsIngestion", CLOUDWATCH, "DataProcessing-Bytes", "USD per GB", Set.of("gb"), "",
                Criterion.equal(Attr.OPERATION, "PutLogEvents"));
        b.rate("eks.cluster.standard", EKS, "AmazonEKS-Hours:perCluster", "USD per cluster-hour", HOURS, "");
        b.rate("eks.cluster.extended", EKS, "AmazonEKS-Hours:perClusterExtended", "USD per cluster-hour", HOURS,
                "the extended-support usage type is unconfirmed (aws-rates.md §7)");
        b.rate("elb.alb.hour", ELB, "LoadBalancerUsage", "USD per load-balancer-hour", HOURS, "",
                Criterion.equal(Attr.PRODUCT_FAMILY, "Load Balancer-Application"),
                Criterion.equalIfPresent(Attr.LOCATION_TYPE, "AWS Region"));
        b.rate("elb.alb.capacityUnit", ELB, "LCUUsage", "USD per LCU-hour", Set.of("lcu-hrs", "lcu-hours"), "",
                Criterion.equal(Attr.PRODUCT_FAMILY, "Load Balancer-Application"),
                Criterion.equalIfPresent(Attr.LOCATION_TYPE, "AWS Region"));
        b.rate("elb.nlb.hour", ELB, "LoadBalancerUsage", "USD per load-balancer-hour", HOURS, "",
                Criterion.equal(Attr.PRODUCT_FAMILY, "Load Balancer-Network"),
                Criterion.equalIfPresent(Attr.LOCATION_TYPE, "AWS Region"));
        b.rate("elb.nlb.capacityUnit", ELB, "LCUUsage", "USD per LCU-hour",
                Set.of("lcu-hrs", "lcu-hours", "nlcu-hrs", "nlcu-hours"), "",
                Criterion.equal(Attr.PRODUCT_FAMILY, "Load Balancer-Network"),
                Criterion.equalIfPresent(Attr.LOCATION_TYPE, "AWS Region"));
        b.rate("nat.hour", EC2, "NatGateway-Hours", "USD per gateway-hour", HOURS, "",
                Criterion.equal(Attr.PRODUCT_FAMILY, "NAT Gateway"));
        b.rate("nat.dataProcessed", EC2, "NatGateway-Bytes", "USD per GB", Set.of("gb"), "",
                Criterion.equal(Attr.PRODUCT_FAMILY, "NAT Gateway"));
        b.rate("ebs.gp3.storage", EC2, "EBS:VolumeUsage.gp3", "USD per GB-month", Set.of("gb-mo", "gb-month"), "",
                Criterion.equal(Attr.PRODUCT_FAMILY, "Storage"), Criterion.equalIfPresent(Attr.VOLUME_API_NAME, "gp3"));

        b.freeTier("lambda.freeTier.requests", "AWS-Lambda-Requests", "Global-Request", "requests per month",
                REQUESTS);
        b.freeTier("lambda.freeTier.gbSeconds", "AWS-Lambda-Duration", "Global-Lambda-GB-Second",
                "GB-seconds per month", GB_SECONDS);
        b.outside("elb.alb.lcu.newConnectionsPerSecond", "new connections per second per LCU");
        b.outside("elb.alb.lcu.processedGbPerHour", "GB per hour per LCU");
        b.outside("lambda.ephemeralStorage.includedMb", "MB per function");

        for (String type : instanceTypes) {
            b.instance(type);
        }
        return List.copyOf(all);
    }

    /** Builds the mappings of one region. */
    private static final class Builder {
        private final Region region;
        private final List<Mapping> all;

        Builder(Region region, List<Mapping> all) {
            this.region = region;
            this.all = all;
        }

        void lambda(String key, String group, String usagetype, String unit, Set<String> units) {
            add(key, ImportReport.Kind.RATE, LAMBDA, unit, units, "", Criterion.equal(Attr.GROUP, group),
                    Criterion.in(region), Criterion.equalIfPresent(Attr.SERVICECODE, LAMBDA),
                    Criterion.equal(Attr.PRODUCT_FAMILY, "Serverless"), Criterion.usagetype(region, usagetype));
        }

        void rate(String key, String offerCode, String usagetype, String unit, Set<String> units, String note,
                Criterion... more) {
            List<Criterion> criteria = new ArrayList<>(List.of(Criterion.endsWith(Attr.USAGETYPE, usagetype),
                    Criterion.in(region), Criterion.equalIfPresent(Attr.SERVICECODE, offerCode)));
            criteria.addAll(List.of(more));
            criteria.add(Criterion.usagetype(region, usagetype));
            add(key, ImportReport.Kind.RATE, offerCode, unit, units, note, criteria.toArray(Criterion[]::new));
        }

        void freeTier(String key, String group, String usagetype, String unit, Set<String> units) {
            add(key, ImportReport.Kind.ALLOWANCE, LAMBDA, unit, units, "", Criterion.equal(Attr.USAGETYPE, usagetype),
                    Criterion.equal(Attr.LOCATION, "Any"), Criterion.equalIfPresent(Attr.SERVICECODE, LAMBDA),
                    Criterion.equal(Attr.GROUP, group));
        }

        void outside(String key, String unit) {
            all.add(new Mapping(key, ImportReport.Kind.ALLOWANCE, null, unit, Set.of(), null,
                    "not published in the Price List"));
        }

        void instance(String type) {
            add(type, ImportReport.Kind.INSTANCE_TYPE, EC2, "USD per hour", HOURS, "",
                    Criterion.equal(Attr.INSTANCE_TYPE, type), Criterion.in(region),
                    Criterion.equalIfPresent(Attr.SERVICECODE, EC2),
                    Criterion.oneOf(Attr.PRODUCT_FAMILY, "Compute Instance", "Compute Instance (bare metal)"),
                    Criterion.equal(Attr.OPERATING_SYSTEM, "Linux"), Criterion.equal(Attr.TENANCY, "Shared"),
                    Criterion.equal(Attr.PRE_INSTALLED_SW, "NA"),
                    Criterion.equal(Attr.LICENSE_MODEL, "No License required"),
                    Criterion.equal(Attr.CAPACITY_STATUS, "Used"), Criterion.not(Attr.MARKET_OPTION, "CapacityBlock"),
                    Criterion.equal(Attr.OPERATION, "RunInstances"));
        }

        private void add(String key, ImportReport.Kind kind, String offerCode, String unit, Set<String> units,
                String note, Criterion... criteria) {
            all.add(new Mapping(key, kind, offerCode, unit, units, new Selector(key, offerCode, List.of(criteria)),
                    note));
        }
    }
}
