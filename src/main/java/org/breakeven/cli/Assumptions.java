package org.breakeven.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.breakeven.BreakEven;
import org.breakeven.Comparison;
import org.breakeven.Scenario;
import org.breakeven.ScenarioFile;
import org.breakeven.bill.Bill;
import org.breakeven.bill.Format;
import org.breakeven.bill.Money;
import org.breakeven.bill.Side;
import org.breakeven.pricing.PricingTable;
import org.breakeven.pricing.PricingTables;

/**
 * An assumptions file for {@code breakeven check}: named assumptions, each a scenario, a pricing version and
 * bounds; read strictly (an unknown field, a missing one or a bad value is bad input naming the assumption and
 * the field), and checked one by one.
 */
final class Assumptions {

    private static final Set<String> TOP = Set.of("assumptions");
    private static final Set<String> FIELDS = Set.of("name", "scenario", "pricing", "breakEvenBetween", "cheaper",
            "monthlyBill", "moved");

    /** One check of one assumption: what was expected, what was found, and whether it holds. */
    record Outcome(String assumption, String check, boolean holds, String found, String pricing) {
    }

    private Assumptions() {
    }

    static List<Outcome> check(Path file) {
        JsonNode root;
        try {
            ObjectMapper mapper = file.toString().endsWith(".json") ? new ObjectMapper() : new YAMLMapper();
            root = mapper.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(file + ": must be a mapping with an 'assumptions' list");
        }
        only(root, TOP, file.toString());
        JsonNode list = root.path("assumptions");
        if (!list.isArray() || list.isEmpty()) {
            throw new IllegalArgumentException(file + ": assumptions must be a non-empty list");
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            outcomes.addAll(one(file, list.get(i), "assumptions[" + i + "]"));
        }
        return outcomes;
    }

    private static List<Outcome> one(Path file, JsonNode node, String at) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(file + ": " + at + " must be a mapping");
        }
        only(node, FIELDS, file + ": " + at);
        String name = text(node, "name", file + ": " + at);
        String where = file + ": " + at + " (" + name + ")";
        Path scenarioPath = Path.of(text(node, "scenario", where));
        Path base = file.toAbsolutePath().getParent();
        Scenario scenario = ScenarioFile.read(scenarioPath.isAbsolute() || base == null ? scenarioPath
                : base.resolve(scenarioPath));
        if (node.has("pricing")) {
            scenario = scenario.withPricing(table(scenario, text(node, "pricing", where)));
        }
        String version = scenario.pricing().version();
        BreakEven breakEven = scenario.solve().breakEven();
        List<Outcome> outcomes = new ArrayList<>();
        if (node.has("breakEvenBetween")) {
            JsonNode bounds = node.get("breakEvenBetween");
            if (!bounds.isArray() || bounds.size() != 2) {
                throw new IllegalArgumentException(where + ": breakEvenBetween must be a list of two numbers of"
                        + " requests/month, such as [40M, 65M], but was: " + bounds);
            }
            double from = Format.parseRequests(bounds.get(0).asText());
            double to = Format.parseRequests(bounds.get(1).asText());
            boolean holds = breakEven.exists() && breakEven.requestsPerMonth() >= from && breakEven.requestsPerMonth() <= to;
            outcomes.add(new Outcome(name, "break-even between " + bounds.get(0).asText() + " and "
                    + bounds.get(1).asText() + " requests/month", holds, "break-even " + breakEven, version));
        }
        if (node.has("cheaper")) {
            JsonNode cheaper = node.get("cheaper");
            only(cheaper, Set.of("side", "at"), where + ": cheaper");
            Side side = side(text(cheaper, "side", where + ": cheaper"), where + ": cheaper.side");
            String atText = text(cheaper, "at", where + ": cheaper");
            Comparison bills = scenario.at(Math.round(Format.parseRequests(atText)));
            outcomes.add(new Outcome(name, side.label() + " cheaper at " + atText + " requests/month",
                    bills.cheaper() == side, "Lambda " + bills.comparedServerless() + "/month vs cluster "
                    + bills.comparedCluster() + "/month", version));
        }
        if (node.has("monthlyBill")) {
            JsonNode bill = node.get("monthlyBill");
            only(bill, Set.of("side", "at", "below"), where + ": monthlyBill");
            Side side = side(text(bill, "side", where + ": monthlyBill"), where + ": monthlyBill.side");
            String atText = text(bill, "at", where + ": monthlyBill");
            Money below = Money.parse(text(bill, "below", where + ": monthlyBill"));
            Comparison bills = scenario.at(Math.round(Format.parseRequests(atText)));
            Bill b = side == Side.SERVERLESS ? bills.serverless() : bills.cluster();
            outcomes.add(new Outcome(name, side.label() + " bill at " + atText + " requests/month below " + below
                    + "/month", b.total().compareTo(below) < 0, b.total() + "/month", version));
        }
        if (node.has("moved")) {
            JsonNode moved = node.get("moved");
            only(moved, Set.of("lessThanPercent", "baseline"), where + ": moved");
            JsonNode percentNode = moved.get("lessThanPercent");
            if (percentNode == null || !percentNode.isNumber() || percentNode.decimalValue().signum() <= 0) {
                throw new IllegalArgumentException(where + ": moved.lessThanPercent must be a number of percent"
                        + " above 0, such as 10, but was: " + percentNode);
            }
            String baselineLabel = text(moved, "baseline", where + ": moved");
            PricingTable baseline = table(scenario, baselineLabel);
            BreakEven was = scenario.withPricing(baseline).solve().breakEven();
            boolean holds;
            String found;
            if (!was.exists() || !breakEven.exists()) {
                holds = was.exists() == breakEven.exists();
                found = "break-even " + breakEven + " against " + was + " on " + baseline.version();
            } else {
                BigDecimal percent = breakEven.percentMovedFrom(was).orElse(null);
                holds = percent != null && percent.compareTo(percentNode.decimalValue()) < 0;
                found = "moved " + (percent == null ? "from zero" : percent.setScale(2, RoundingMode.HALF_UP)
                        .toPlainString() + "%") + ": " + Format.whole(was.requestsPerMonth()) + " on "
                        + baseline.version() + " -> " + Format.whole(breakEven.requestsPerMonth());
            }
            outcomes.add(new Outcome(name, "break-even moved less than " + percentNode.asText() + "% from "
                    + baselineLabel, holds, found, version));
        }
        if (outcomes.isEmpty()) {
            throw new IllegalArgumentException(where + ": states no bound; give at least one of breakEvenBetween,"
                    + " cheaper, monthlyBill, moved");
        }
        return outcomes;
    }

    private static PricingTable table(Scenario scenario, String label) {
        return "latest".equals(label) ? PricingTables.latest(scenario.pricing().provider(), scenario.pricing().region())
                : PricingTables.version(label);
    }

    private static Side side(String text, String where) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "lambda", "serverless" -> Side.SERVERLESS;
            case "cluster" -> Side.CLUSTER;
            default -> throw new IllegalArgumentException(where + " must be lambda or cluster but was: "
                    + Messages.quote(text));
        };
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.asText().isBlank()) {
            throw new IllegalArgumentException(where + ": " + field + " is required");
        }
        return value.asText();
    }

    private static void only(JsonNode node, Set<String> allowed, String where) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(where + " must be a mapping");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new IllegalArgumentException(where + ": unknown field " + Messages.quote(name) + "; allowed: "
                        + new java.util.TreeSet<>(allowed));
            }
        }
    }
}
