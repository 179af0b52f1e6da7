package org.breakeven.serverless;


/**
 * A service that a request calls besides Lambda, priced from the pricing table, and whether a cluster
 * running the same service would pay for it too.
 * <p>
 * API Gateway is what a cluster replaces with its load balancer, so by default the cluster does not
 * pay it; DynamoDB, S3, SQS and log ingestion are called the same way from a pod, so by default it does.
 */
public enum DownstreamKind {
    /** API Gateway HTTP API, tiered, per request. */
    API_GATEWAY_HTTP("apigateway.http", "USD per request", "requests", "API Gateway HTTP API", false),
    /** API Gateway REST API, tiered, per request. */
    API_GATEWAY_REST("apigateway.rest", "USD per request", "requests", "API Gateway REST API", false),
    /** DynamoDB on-demand read request units. */
    DYNAMODB_READ("dynamodb.readRequestUnit", "USD per read request unit", "read request units", "DynamoDB reads", true),
    /** DynamoDB on-demand write request units. */
    DYNAMODB_WRITE("dynamodb.writeRequestUnit", "USD per write request unit", "write request units", "DynamoDB writes",
            true),
    /** S3 Standard GET and SELECT requests. */
    S3_GET("s3.get", "USD per request", "requests", "S3 GET", true),
    /** S3 Standard PUT, COPY, POST and LIST requests. */
    S3_PUT("s3.put", "USD per request", "requests", "S3 PUT", true),
    /** SQS standard queue requests, tiered. */
    SQS("sqs.standard", "USD per request", "requests", "SQS", true),
    /** CloudWatch Logs standard ingestion, in GB per request. */
    LOG_INGESTION("cloudwatch.logsIngestion", "USD per GB", "GB", "CloudWatch Logs ingestion", true);

    private final String rateId;
    private final String rateUnit;
    private final String usageUnit;
    private final String label;
    private final boolean paidByClusterByDefault;

    DownstreamKind(String rateId, String rateUnit, String usageUnit, String label, boolean paidByClusterByDefault) {
        this.rateId = rateId;
        this.rateUnit = rateUnit;
        this.usageUnit = usageUnit;
        this.label = label;
        this.paidByClusterByDefault = paidByClusterByDefault;
    }

    /**
     * Gets the key of its rate in the pricing table.
     *
     * @return the rate key
     */
    public String rateId() {
        return rateId;
    }

    /**
     * Gets the unit its rate must have.
     *
     * @return the rate unit
     */
    public String rateUnit() {
        return rateUnit;
    }

    /**
     * Gets the unit of usage per request, such as {@code read request units} or {@code GB}.
     *
     * @return the usage unit
     */
    public String usageUnit() {
        return usageUnit;
    }

    /**
     * Gets the name of its line on a bill.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * Checks if a cluster pays for this service too unless the scenario says otherwise.
     *
     * @return the default
     */
    public boolean paidByClusterByDefault() {
        return paidByClusterByDefault;
    }
}
