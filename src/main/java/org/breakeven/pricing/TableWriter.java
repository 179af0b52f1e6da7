package org.breakeven.pricing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/**
 * Writes a table as a {@code breakeven-pricing/1} document, the format that {@link TableReader} reads,
 * in the field order of the shipped tables, with the checksum of what it writes last.
 * <p>
 * Decimals are written as the strings they were read from, digit for digit ({@link BigDecimal#toPlainString()}
 * keeps {@code 0.0000150000} as it is), so that a table read from a file writes back to the same
 * canonical form (see {@link Checksum}). Optional fields are left out when empty: a source's {@code url}, a
 * note, the {@code allowances} and {@code instances} sections. A rate with one tier, from 0 and
 * open-ended, is written as a flat {@code price}.
 */
final class TableWriter {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private TableWriter() {
    }

    static String write(PricingTable table) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", TableReader.FORMAT);
        root.put("provider", table.provider());
        root.put("region", table.region());
        root.put("currency", table.currency());
        root.put("effectiveDate", table.effectiveDate().toString());
        root.put("title", table.title());
        table.lambdaInitBillingSource().ifPresent(source -> {
            ObjectNode init = root.putObject("lambdaInitBilling");
            init.put("rule", table.lambdaInitBilling().id());
            init.put("source", source);
        });
        ObjectNode sources = root.putObject("sources");
        for (Source source : table.sources().values()) {
            ObjectNode node = sources.putObject(source.key());
            node.put("title", source.title());
            source.address().ifPresent(url -> node.put("url", url));
            node.put("published", source.published().toString());
            node.put("read", source.read().toString());
        }
        ObjectNode rates = root.putObject("rates");
        for (Rate rate : table.rates().values()) {
            ObjectNode node = rates.putObject(rate.id());
            node.put("unit", rate.unit());
            if (rate.isTiered()) {
                ArrayNode tiers = node.putArray("tiers");
                for (Tier tier : rate.tiers()) {
                    ObjectNode t = tiers.addObject();
                    t.put("from", decimal(tier.fromInclusive()));
                    tier.end().ifPresent(end -> t.put("to", decimal(end)));
                    t.put("price", decimal(tier.price()));
                }
            } else {
                node.put("price", decimal(rate.firstPrice()));
            }
            node.put("source", rate.source());
            note(node, rate.note());
        }
        if (!table.allowances().isEmpty()) {
            ObjectNode allowances = root.putObject("allowances");
            for (Allowance allowance : table.allowances().values()) {
                ObjectNode node = allowances.putObject(allowance.id());
                node.put("unit", allowance.unit());
                node.put("quantity", decimal(allowance.quantity()));
                node.put("source", allowance.source());
                note(node, allowance.note());
            }
        }
        if (!table.instances().isEmpty()) {
            ObjectNode instances = root.putObject("instances");
            for (InstanceType type : table.instances().values()) {
                ObjectNode node = instances.putObject(type.name());
                node.put("vcpu", type.vcpu());
                node.put("memoryGib", decimal(type.memoryGib()));
                node.put("architecture", type.architecture());
                node.put("price", decimal(type.hourlyPrice()));
                node.put("unit", table.currency() + " per hour");
                node.put("source", type.source());
            }
        }
        root.put(Checksum.FIELD, Checksum.of(root, table.origin()));
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and integers always serialises", e);
        }
    }

    private static void note(ObjectNode node, String note) {
        if (!note.isEmpty()) {
            node.put("note", note);
        }
    }

    /** The decimal as it was read: plain digits, its scale kept. */
    private static String decimal(BigDecimal value) {
        return value.toPlainString();
    }
}
