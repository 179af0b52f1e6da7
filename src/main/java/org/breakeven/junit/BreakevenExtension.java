package org.breakeven.junit;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;
import org.breakeven.Breakeven;
import org.breakeven.Scenario;
import org.breakeven.ScenarioFile;
import org.breakeven.pricing.PricingTable;
import org.breakeven.pricing.PricingTables;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Injects scenarios and pricing tables into test methods: a {@code Scenario} parameter annotated
 * {@link ScenarioPath} (read from a file), {@link PricingVersion} (the default scenario on that table) or both;
 * a {@code PricingTable} parameter annotated {@link PricingVersion}. Parameters without these annotations are
 * left to other resolvers, such as a parameterised test's {@link PricingTablesSource}.
 * <p>
 * A file that cannot be read, or a version that is not shipped, fails the test with the reader's message (file,
 * line and field for a bad scenario file). This class is immutable and thread-safe.
 */
// JUnit is required static, not transitive (see module-info): a user of this extension requires it.
@SuppressWarnings("exports")
public final class BreakevenExtension implements ParameterResolver {

    /**
     * Creates the extension; JUnit calls this for {@code @ExtendWith(BreakevenExtension.class)}.
     */
    public BreakevenExtension() {
    }

    /**
     * Checks if the parameter is a scenario or a table this extension resolves.
     *
     * @param parameter the parameter
     * @param extension the extension context
     * @return true for an annotated {@code Scenario} or {@code PricingTable} parameter
     */
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        Class<?> type = parameter.getParameter().getType();
        boolean path = parameter.isAnnotated(ScenarioPath.class);
        boolean version = parameter.isAnnotated(PricingVersion.class);
        return type == Scenario.class && (path || version) || type == PricingTable.class && version && !path;
    }

    /**
     * Reads the scenario or loads the table.
     *
     * @param parameter the parameter
     * @param extension the extension context
     * @return the scenario or the table
     * @throws ParameterResolutionException if the file cannot be read or the version is not shipped
     */
    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        Optional<String> path = parameter.findAnnotation(ScenarioPath.class).map(ScenarioPath::value);
        Optional<String> version = parameter.findAnnotation(PricingVersion.class).map(PricingVersion::value);
        try {
            Optional<PricingTable> table = version.map(PricingTables::version);
            if (parameter.getParameter().getType() == PricingTable.class) {
                return table.orElseThrow();
            }
            Scenario scenario = path.map(BreakevenExtension::read).orElseGet(Breakeven::defaultScenario);
            return table.map(scenario::withPricing).orElse(scenario);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new ParameterResolutionException("cannot resolve " + parameter.getParameter() + " ("
                    + path.map(p -> "scenario " + p + " ").orElse("") + version.map(v -> "pricing " + v).orElse("")
                    + "): " + e.getMessage(), e);
        }
    }

    static Scenario read(String path) {
        return ScenarioFile.read(file(path));
    }

    static Path file(String path) {
        if (!path.startsWith("classpath:")) {
            return Path.of(path);
        }
        String name = path.substring("classpath:".length());
        URL url = Thread.currentThread().getContextClassLoader().getResource(name.startsWith("/") ? name.substring(1)
                : name);
        if (url == null) {
            throw new IllegalArgumentException("no resource " + name + " on the class path");
        }
        try {
            return Paths.get(url.toURI());
        } catch (URISyntaxException | java.nio.file.FileSystemNotFoundException e) {
            throw new IllegalArgumentException("resource " + name + " is not a file: " + url, e);
        }
    }
}
