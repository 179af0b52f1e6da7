/**
 * breakeven: at how many requests per month an AWS Lambda bill overtakes the same service on an EKS cluster,
 * and why.
 * <p>
 * Every package but the command line's is API. Jackson reads scenario files and pricing tables into private
 * records of the root and pricing packages, so those are open to it; picocli reads the command line's annotations. YAML scenario files, the
 * command line and charts need the optional modules: add {@code com.fasterxml.jackson.dataformat.yaml},
 * {@code info.picocli}, {@code org.jfree.jfreechart} and {@code org.jfree.svg} to the module path (and, for YAML
 * alone, to {@code --add-modules}) when you use them. The AssertJ assertions ({@code org.breakeven.assertj}) need
 * {@code org.assertj.core}, which a test's module path holds anyway. It is required {@code static} and not
 * {@code transitive} (javac refuses a consumer module when a transitive module is missing, even a static one), so
 * the assertions' signatures name AssertJ types that a consumer reads through its own {@code requires}. The JUnit 5
 * extension ({@code org.breakeven.junit}) needs {@code org.junit.jupiter.api} and {@code org.junit.jupiter.params}
 * in the same way.
 */
@SuppressWarnings({"requires-automatic", "module"})
module org.breakeven {
    requires transitive com.fasterxml.jackson.databind;
    requires static com.fasterxml.jackson.dataformat.yaml;
    requires static org.yaml.snakeyaml;
    requires static info.picocli;
    requires static org.jfree.jfreechart;
    requires static org.jfree.svg;
    requires static java.desktop;
    requires static org.assertj.core;
    requires static org.junit.jupiter.api;
    requires static org.junit.jupiter.params;

    exports org.breakeven;
    exports org.breakeven.bill;
    exports org.breakeven.workload;
    exports org.breakeven.serverless;
    exports org.breakeven.cluster;
    exports org.breakeven.pricing;
    exports org.breakeven.pricing.pricelist;
    exports org.breakeven.report;
    exports org.breakeven.assertj;
    exports org.breakeven.junit;

    opens org.breakeven to com.fasterxml.jackson.databind;
    opens org.breakeven.pricing to com.fasterxml.jackson.databind;
    opens org.breakeven.cli to info.picocli;
}
