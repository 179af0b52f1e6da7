package org.breakeven.junit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.breakeven.pricing.PricingTable;
import org.breakeven.pricing.PricingTables;
import org.breakeven.pricing.TableVersion;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * Gives the tables a {@link PricingTablesSource} names; JUnit creates it for that annotation.
 * <p>
 * This class is not thread-safe: JUnit makes one per use of the annotation.
 */
// JUnit is required static, not transitive (see module-info): a user of this source requires it.
@SuppressWarnings("exports")
public final class PricingTablesProvider implements ArgumentsProvider, AnnotationConsumer<PricingTablesSource> {

    private PricingTablesSource source;

    /**
     * Creates the provider; JUnit calls this for {@link PricingTablesSource}.
     */
    public PricingTablesProvider() {
    }

    /**
     * Keeps the annotation's settings.
     *
     * @param annotation the annotation on the test method
     */
    @Override
    public void accept(PricingTablesSource annotation) {
        this.source = annotation;
    }

    /**
     * Gives the tables, each named by its version.
     *
     * @param parameters the test method's parameters
     * @param context the extension context
     * @return one argument per table
     * @throws IllegalArgumentException if the annotation names neither a region nor a file, or a region with no
     *     shipped table
     */
    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        return tables(source).stream().map(table -> Arguments.of(Named.of(table.version(), table)));
    }

    static List<PricingTable> tables(PricingTablesSource source) {
        List<PricingTable> tables = new ArrayList<>();
        if (!source.region().isEmpty()) {
            if (source.latestOnly()) {
                tables.add(PricingTables.latest(source.provider(), source.region()));
            } else {
                for (TableVersion version : PricingTables.versions()) {
                    if (version.provider().equals(source.provider()) && version.region().equals(source.region())) {
                        tables.add(PricingTables.version(version.label()));
                    }
                }
            }
            if (tables.isEmpty()) {
                throw new IllegalArgumentException("no table is shipped for " + source.provider() + "/"
                        + source.region() + "; shipped: " + PricingTables.versions());
            }
        }
        for (String file : source.files()) {
            tables.add(PricingTables.fromFile(BreakevenExtension.file(file)));
        }
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("@PricingTablesSource must name a region or at least one file");
        }
        return tables;
    }
}
