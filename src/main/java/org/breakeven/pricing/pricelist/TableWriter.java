package org.breakeven.pricing.pricelist;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import org.breakeven.pricing.Allowance;
import org.breakeven.pricing.InstanceType;
import org.breakeven.pricing.Rate;
import org.breakeven.pricing.Source;
import org.breakeven.pricing.Tier;

/**
 * Writes an import as a {@code breakeven-pricing/1} document, in the field order of the shipped tables.
 * Decimals are written as strings without trailing zeros, exactly as parsed.
 */
final class TableWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private TableWriter() {
    }

    static String write(ImportReport report) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", "breakeven-pricing/1");
            g.writeStringField("provider", "aws");
            g.writeStringField("region", report.region());
            g.writeStringField("currency", "USD");
            g.writeStringField("effectiveDate", report.effectiveDate().toString());
            g.writeStringField("title", report.title());
            g.writeObjectFieldStart("sources");
            for (Map.Entry<String, Source> e : report.sources().entrySet()) {
                Source s = e.getValue();
                g.writeObjectFieldStart(e.getKey());
                g.writeStringField("title", s.title());
                g.writeStringField("url", s.url());
                g.writeStringField("published", s.published().toString());
                g.writeStringField("read", s.read().toString());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeObjectFieldStart("rates");
            for (Rate rate : report.rates().values()) {
                g.writeObjectFieldStart(rate.id());
                g.writeStringField("unit", rate.unit());
                if (rate.isTiered()) {
                    g.writeArrayFieldStart("tiers");
                    for (Tier tier : rate.tiers()) {
                        g.writeStartObject();
                        g.writeStringField("from", plain(tier.fromInclusive()));
                        if (tier.toExclusive() != null) {
                            g.writeStringField("to", plain(tier.toExclusive()));
                        }
                        g.writeStringField("price", plain(tier.price()));
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                } else {
                    g.writeStringField("price", plain(rate.firstPrice()));
                }
                g.writeStringField("source", rate.source());
                if (!rate.note().isEmpty()) {
                    g.writeStringField("note", rate.note());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeObjectFieldStart("allowances");
            for (Allowance allowance : report.allowances().values()) {
                g.writeObjectFieldStart(allowance.id());
                g.writeStringField("unit", allowance.unit());
                g.writeStringField("quantity", plain(allowance.quantity()));
                g.writeStringField("source", allowance.source());
                if (!allowance.note().isEmpty()) {
                    g.writeStringField("note", allowance.note());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeObjectFieldStart("instances");
            for (InstanceType type : report.instances().values()) {
                g.writeObjectFieldStart(type.name());
                g.writeNumberField("vcpu", type.vcpu());
                g.writeStringField("memoryGib", plain(type.memoryGib()));
                g.writeStringField("architecture", type.architecture());
                g.writeStringField("price", plain(type.hourlyPrice()));
                g.writeStringField("unit", "USD per hour");
                g.writeStringField("source", type.source());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString() + "\n";
    }

    /** Formats a decimal as plain digits without trailing zeros (this package's own copy: it imports nothing of the kernel). */
    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
