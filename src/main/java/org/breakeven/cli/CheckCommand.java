package org.breakeven.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code check}: the named assumptions of a file, each against its scenario and pricing, for pipelines that are
 * not written in Java.
 * <p>
 * This class is mutable: picocli fills it from the arguments of one run.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check the named pricing assumptions of a YAML or JSON file: each names a scenario file"
            + " (relative to the assumptions file), optionally a pricing version or latest, and bounds:"
            + " breakEvenBetween [FROM, TO], cheaper {side, at}, monthlyBill {side, at, below} and"
            + " moved {lessThanPercent, baseline}."},
        footerHeading = "%nExamples:%n",
        footer = {"  breakeven check examples/ci/assumptions.yaml",
            "  breakeven check assumptions.yaml --format markdown > comment.md",
            "", "Exit codes: 0 every assumption holds, 1 one is broken, 2 bad input,", "3 internal error."})
final class CheckCommand implements Callable<Integer> {

    /** The formats of the report. */
    enum Format { TEXT, JSON, JUNIT, MARKDOWN }

    @Parameters(index = "0", paramLabel = "ASSUMPTIONS", description = "The assumptions file, YAML or JSON.")
    Path file;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text (the default), json, junit (JUnit XML for CI servers) or markdown (a table for a"
                + " pull-request comment).")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Assumptions.Outcome> outcomes = Assumptions.check(file);
        PrintWriter out = spec.commandLine().getOut();
        out.print(switch (format) {
            case TEXT -> text(outcomes);
            case JSON -> json(outcomes);
            case JUNIT -> junit(outcomes);
            case MARKDOWN -> markdown(outcomes);
        });
        out.flush();
        return outcomes.stream().allMatch(Assumptions.Outcome::holds) ? Main.OK : Main.CHECK_FAILED;
    }

    static String text(List<Assumptions.Outcome> outcomes) {
        StringBuilder text = new StringBuilder();
        for (Assumptions.Outcome o : outcomes) {
            text.append(o.holds() ? "holds   " : "BROKEN  ").append(o.assumption()).append(": ").append(o.check())
                    .append(" on ").append(o.pricing()).append(o.holds() ? "" : ", but ").append(o.holds() ? ""
                    : "found " + o.found()).append('\n');
        }
        long broken = outcomes.stream().filter(o -> !o.holds()).count();
        return text.append(broken == 0 ? "all " + outcomes.size() + " checks hold\n"
                : broken + " of " + outcomes.size() + " checks broken\n").toString();
    }

    static String json(List<Assumptions.Outcome> outcomes) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("holds", outcomes.stream().allMatch(Assumptions.Outcome::holds));
        ArrayNode checks = root.putArray("checks");
        for (Assumptions.Outcome o : outcomes) {
            checks.addObject().put("assumption", o.assumption()).put("check", o.check()).put("pricing", o.pricing())
                    .put("holds", o.holds()).put("found", o.found());
        }
        return root.toPrettyString() + "\n";
    }

    static String junit(List<Assumptions.Outcome> outcomes) {
        long broken = outcomes.stream().filter(o -> !o.holds()).count();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"breakeven"
                + " check\" tests=\"" + outcomes.size() + "\" failures=\"" + broken + "\">\n");
        for (Assumptions.Outcome o : outcomes) {
            xml.append("  <testcase classname=\"").append(xml(o.assumption())).append("\" name=\"").append(xml(o.check()))
                    .append(" on ").append(xml(o.pricing())).append('"');
            xml.append(o.holds() ? "/>\n" : ">\n    <failure message=\"found " + xml(o.found()) + "\"/>\n  </testcase>\n");
        }
        return xml.append("</testsuite>\n").toString();
    }

    static String markdown(List<Assumptions.Outcome> outcomes) {
        StringBuilder md = new StringBuilder("| | Assumption | Check | Pricing | Found |\n| --- | --- | --- | --- | --- |\n");
        for (Assumptions.Outcome o : outcomes) {
            md.append("| ").append(o.holds() ? "✅" : "❌").append(" | ").append(cell(o.assumption())).append(" | ")
                    .append(cell(o.check())).append(" | ").append(cell(o.pricing())).append(" | ")
                    .append(cell(o.found())).append(" |\n");
        }
        return md.toString();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
