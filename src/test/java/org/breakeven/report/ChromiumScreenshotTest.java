package org.breakeven.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.breakeven.Breakeven;
import org.breakeven.Scenario;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the HTML report once in headless Chromium, where one is installed (Debian's chromium package
 * at /usr/bin/chromium), and checks that the picture holds both curves.
 */
class ChromiumScreenshotTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void htmlReport_rendersBothCurvesInChromium(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no browser at /usr/bin/chromium: apt-get install chromium");
        Scenario scenario = Breakeven.defaultScenario();
        Path page = dir.resolve("report.html");
        Files.writeString(page, HtmlReport.of(scenario, SvgChart.of(scenario, ChartSettings.DEFAULT)));
        Path png = dir.resolve("report.png");
        Process chromium = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + dir.resolve("profile"),
                "--screenshot=" + png, "--window-size=1100,900", page.toUri().toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        if (!chromium.waitFor(90, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            throw new AssertionError("chromium did not finish in 90 s: " + log(dir));
        }
        assertThat(png).as("chromium's log: %s", log(dir)).exists();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1100);
        assertThat(image.getHeight()).isEqualTo(900);
        assertThat(count(image, ChartDrawing.LAMBDA)).as("orange Lambda pixels").isGreaterThan(300);
        assertThat(count(image, ChartDrawing.CLUSTER)).as("blue cluster pixels").isGreaterThan(300);
    }

    private static int count(BufferedImage image, Color color) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y));
                if (Math.abs(c.getRed() - color.getRed()) + Math.abs(c.getGreen() - color.getGreen())
                        + Math.abs(c.getBlue() - color.getBlue()) < 40) {
                    n++;
                }
            }
        }
        return n;
    }

    private static String log(Path dir) {
        try {
            return Files.readString(dir.resolve("chromium.log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
