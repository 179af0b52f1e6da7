package org.breakeven.pricing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads pricing table files through private records that mirror the file, with one strict mapper:
 * unknown fields, duplicate keys, missing values, negative or non-numeric prices and gapped or
 * overlapping tiers fail with the file and the JSON path.
 */
final class TableReader {

    static final String FORMAT = "breakeven-pricing/1";
    static final String INDEX_FORMAT = "breakeven-pricing-index/1";
    private static final String RESOURCE_ROOT = "/pricing/";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static volatile List<TableVersion> index;

    private TableReader() {
    }

    record TableFile(String format, String provider, String region, String currency, String effectiveDate,
            String title, Map<String, SourceFile> sources, Map<String, RateFile> rates,
            Map<String, AllowanceFile> allowances, Map<String, InstanceFile> instances, String checksum) {
    }

    record SourceFile(String title, String url, String published, String read) {
    }

    record RateFile(String unit, String price, List<TierFile> tiers, String source, String note) {
    }

    record TierFile(String from, String to, String price) {
    }

    record AllowanceFile(String unit, String quantity, String source, String note) {
    }

    record InstanceFile(Integer vcpu, String memoryGib, String architecture, String price, String unit,
            String source) {
    }

    record IndexFile(String format, List<IndexEntry> tables) {
    }

    record IndexEntry(String provider, String region, String effectiveDate, String path) {
    }

    static List<TableVersion> index() {
        List<TableVersion> result = index;
        if (result == null) {
            String name = RESOURCE_ROOT + "index.json";
            IndexFile file = parse(name, IndexFile.class);
            Checker check = new Checker(name);
            check.equal("$.format", file.format(), INDEX_FORMAT);
            List<TableVersion> versions = new ArrayList<>();
            List<IndexEntry> entries = check.present("$.tables", file.tables());
            for (int i = 0; i < entries.size(); i++) {
                IndexEntry e = entries.get(i);
                String at = "$.tables[" + i + "]";
                versions.add(new TableVersion(check.present(at + ".provider", e.provider()),
                        check.present(at + ".region", e.region()), check.date(at + ".effectiveDate", e.effectiveDate()),
                        check.present(at + ".path", e.path())));
            }
            result = List.copyOf(versions);
            index = result;
        }
        return result;
    }

    static PricingTable readResource(String path) {
        String name = RESOURCE_ROOT + path;
        try (InputStream in = TableReader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new PricingFormatException(name, "$", "the index names this table but the jar does not hold it",
                        null);
            }
            return read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T parse(String name, Class<T> type) {
        try (InputStream in = TableReader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new PricingFormatException(name, "$", "resource not found in the jar", null);
            }
            return parse(in, name, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T parse(InputStream in, String name, Class<T> type) {
        try {
            return MAPPER.readValue(in, type);
        } catch (JsonMappingException e) {
            throw new PricingFormatException(name, path(e), e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new PricingFormatException(name, "$", "not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")"), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    static PricingTable read(InputStream in, String name) {
        TableFile file = parse(in, name, TableFile.class);
        Checker check = new Checker(name);
        check.equal("$.format", file.format(), FORMAT);
        String currency = check.present("$.currency", file.currency());
        Map<String, Source> sources = new LinkedHashMap<>();
        check.present("$.sources", file.sources()).forEach((key, s) -> {
            String at = "$.sources" + key(key);
            sources.put(key, new Source(key, check.present(at + ".title", s.title()), check.present(at + ".url", s.url()),
                    check.date(at + ".published", s.published()), check.date(at + ".read", s.read())));
        });
        Map<String, Rate> rates = new LinkedHashMap<>();
        check.present("$.rates", file.rates()).forEach((key, r) -> rates.put(key, rate(check, sources, key, r)));
        Map<String, Allowance> allowances = new LinkedHashMap<>();
        if (file.allowances() != null) {
            file.allowances().forEach((key, a) -> {
                String at = "$.allowances" + key(key);
                allowances.put(key, new Allowance(key, check.decimal(at + ".quantity", a.quantity()),
                        check.present(at + ".unit", a.unit()), check.source(at + ".source", a.source(), sources),
                        a.note()));
            });
        }
        Map<String, InstanceType> instances = new LinkedHashMap<>();
        if (file.instances() != null) {
            file.instances().forEach((key, i) -> {
                String at = "$.instances" + key(key);
                check.equal(at + ".unit", i.unit(), "USD per hour".replace("USD", currency));
                Integer vcpu = check.present(at + ".vcpu", i.vcpu());
                if (vcpu < 1) {
                    throw check.fail(at + ".vcpu", "vcpu must be at least 1 but was: " + vcpu);
                }
                BigDecimal memory = check.decimal(at + ".memoryGib", i.memoryGib());
                if (memory.signum() == 0) {
                    throw check.fail(at + ".memoryGib", "memoryGib must be greater than 0 but was: 0");
                }
                String arch = check.present(at + ".architecture", i.architecture());
                if (!arch.equals("x86_64") && !arch.equals("arm64")) {
                    throw check.fail(at + ".architecture", "architecture must be x86_64 or arm64 but was: " + arch);
                }
                instances.put(key, new InstanceType(key, vcpu, memory, arch, check.decimal(at + ".price", i.price()),
                        check.source(at + ".source", i.source(), sources)));
            });
        }
        return new PricingTable(check.present("$.provider", file.provider()), check.present("$.region", file.region()),
                check.date("$.effectiveDate", file.effectiveDate()), currency, check.present("$.title", file.title()),
                name, sources, rates, allowances, instances);
    }

    private static Rate rate(Checker check, Map<String, Source> sources, String key, RateFile r) {
        String at = "$.rates" + key(key);
        String unit = check.present(at + ".unit", r.unit());
        String source = check.source(at + ".source", r.source(), sources);
        if ((r.price() == null) == (r.tiers() == null)) {
            throw check.fail(at, "a rate must have either price or tiers, not " + (r.price() == null ? "neither" : "both"));
        }
        if (r.price() != null) {
            return Rate.tiered(key, unit, List.of(new Tier(BigDecimal.ZERO, null, check.decimal(at + ".price", r.price()))),
                    source, r.note());
        }
        List<Tier> tiers = new ArrayList<>();
        BigDecimal expected = BigDecimal.ZERO;
        List<TierFile> files = r.tiers();
        if (files.isEmpty()) {
            throw check.fail(at + ".tiers", "tiers must hold at least one tier");
        }
        for (int i = 0; i < files.size(); i++) {
            TierFile t = files.get(i);
            String tierAt = at + ".tiers[" + i + "]";
            BigDecimal from = check.decimal(tierAt + ".from", t.from());
            if (from.compareTo(expected) != 0) {
                throw check.fail(tierAt + ".from", (from.compareTo(expected) < 0 ? "tiers overlap" : "tiers leave a gap")
                        + ": this tier must start at " + expected.toPlainString() + " where the previous one ends, but starts at "
                        + from.toPlainString());
            }
            boolean last = i == files.size() - 1;
            BigDecimal to = null;
            if (!last) {
                to = check.decimal(tierAt + ".to", t.to());
                if (to.compareTo(from) <= 0) {
                    throw check.fail(tierAt + ".to", "a tier must end after it starts (" + from.toPlainString()
                            + ") but ends at " + to.toPlainString());
                }
            } else if (t.to() != null) {
                throw check.fail(tierAt + ".to", "the last tier must be open-ended (no \"to\") but ends at " + t.to());
            }
            tiers.add(new Tier(from, to, check.decimal(tierAt + ".price", t.price())));
            expected = to;
        }
        return Rate.tiered(key, unit, tiers, source, r.note());
    }

    /** Quotes a map key as a JSON path segment. */
    static String key(String key) {
        return key.matches("[A-Za-z_][A-Za-z0-9_]*") ? "." + key : "['" + key + "']";
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(key(ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Checks values of one file, failing with the file name and the JSON path. */
    private static final class Checker {
        private final String file;

        Checker(String file) {
            this.file = file;
        }

        PricingFormatException fail(String path, String problem) {
            return new PricingFormatException(file, path, problem, null);
        }

        <T> T present(String path, T value) {
            if (value == null) {
                throw fail(path, "a value is required here but it is missing");
            }
            return value;
        }

        void equal(String path, String value, String expected) {
            if (!expected.equals(present(path, value))) {
                throw fail(path, "must be \"" + expected + "\" but was: \"" + value + "\"");
            }
        }

        BigDecimal decimal(String path, String value) {
            present(path, value);
            BigDecimal decimal;
            try {
                decimal = new BigDecimal(value.trim());
            } catch (NumberFormatException e) {
                throw fail(path, "must be a decimal number such as \"0.0000166667\" but was: \"" + value + "\"");
            }
            if (decimal.signum() < 0) {
                throw fail(path, "must be at least 0 but was: " + value);
            }
            return decimal;
        }

        LocalDate date(String path, String value) {
            try {
                return LocalDate.parse(present(path, value));
            } catch (DateTimeParseException e) {
                throw fail(path, "must be a date such as 2024-11-01 but was: \"" + value + "\"");
            }
        }

        String source(String path, String value, Map<String, Source> sources) {
            present(path, value);
            if (!sources.containsKey(value)) {
                throw fail(path, "source \"" + value + "\" is not a key of $.sources (" + String.join(", ", sources.keySet())
                        + ")");
            }
            return value;
        }
    }
}
