package org.breakeven.pricing.pricelist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Imports a synthetic AmazonEC2 offer of several hundred MB (written once per trial to a temp file) in a
 * 256 MB heap, and reports the import's speed in MB/s as the {@code megabytes} counter.
 * <p>
 * Run with:
 * <pre>
 * mvn -B -Pbenchmarks -DskipTests package
 * java -Xmx256m -jar target/benchmarks.jar ImportBenchmark -f 1 -wi 2 -i 3
 * </pre>
 * The fork's heap is set to 256 MB by {@link Fork#jvmArgsAppend()}; the setup prints it. Target: at least
 * 50 MB/s. The 34 instance types of the shipped catalogue that the file holds are looked up, plus NAT
 * gateway and EBS, which the file lacks (they are reported missing, which costs nothing).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m", "-Xms256m"})
@Warmup(iterations = 2, time = 15)
@Measurement(iterations = 3, time = 15)
public class ImportBenchmark {

    /** The size of the synthetic offer in MB (10^6 bytes). */
    @Param("400")
    public int sizeMb;

    private Path file;
    private double megabytes;
    private PriceListImporter importer;

    /** Counts the megabytes imported; JMH divides by time, giving MB/s. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Bytes {
        /** The megabytes imported in this iteration. */
        public double megabytes;

        /** Resets the counter before each iteration. */
        @Setup(Level.Iteration)
        public void reset() {
            megabytes = 0;
        }
    }

    /**
     * Writes the synthetic offer.
     *
     * @throws IOException if the temp file cannot be written
     */
    @Setup(Level.Trial)
    public void write() throws IOException {
        file = Files.createTempFile("breakeven-ec2-offer-", ".json");
        long started = System.nanoTime();
        int products = SyntheticEc2Offer.write(file, sizeMb * 1_000_000L);
        megabytes = Files.size(file) / 1e6;
        System.out.printf("%nsynthetic AmazonEC2 offer: %,.1f MB, %,d products, written in %.1f s to %s; max heap %,d MB%n",
                megabytes, products, (System.nanoTime() - started) / 1e9, file, Runtime.getRuntime().maxMemory() >> 20);
        List<String> types = SyntheticEc2Offer.instanceTypes().stream()
                .filter(t -> t.endsWith(".large") || t.endsWith(".xlarge") || t.endsWith(".2xlarge")).limit(34).toList();
        importer = PriceListImporter.forRegion("us-east-1").withInstanceTypes(types);
        ImportReport report = importer.importFiles(List.of(file));
        long found = report.results().stream().filter(r -> r.kind() == ImportReport.Kind.INSTANCE_TYPE
                && r.status() == ImportReport.Status.FOUND).count();
        if (found != types.size()) {
            throw new IllegalStateException("expected all " + types.size() + " instance types found but got " + found
                    + ":\n" + report);
        }
    }

    /**
     * Deletes the synthetic offer.
     *
     * @throws IOException if it cannot be deleted
     */
    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    /**
     * Imports the offer once.
     *
     * @param bytes the counter of megabytes imported
     * @return the report, so the work is not eliminated
     */
    @Benchmark
    public ImportReport importEc2Offer(Bytes bytes) {
        ImportReport report = importer.importFiles(List.of(file));
        bytes.megabytes += megabytes;
        return report;
    }
}
