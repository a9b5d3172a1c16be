package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What every page must pass, at a desktop (1366×900) and a phone (390×844) viewport (#15): its visible text holds no
 * internal syntax, and axe-core finds no WCAG 2.1 A/AA violation. Screenshots of both sizes go to
 * {@code target/screenshots/}. axe-core is npm's package, fetched once with {@code npm pack} into {@code target/axe}
 * (or taken from {@code -Drecordpath.axe=/path/to/axe.min.js}).
 */
final class PageAudit {
    static final String AXE_VERSION = "4.14.1";

    /** Engine and programming syntax a reader must never see. */
    static final Pattern INTERNAL = Pattern.compile("\\$|=="
            + "|\\b(?:labs|clinical|karyotype|diagnosis|transfusion|demographics|treatments?|mutations?)\\.[a-zA-Z]"
            + "|\\bnull\\b|Optional\\[|\\b[A-Z][A-Za-z]+\\[[a-z][A-Za-z]*="
            + "|10\\*\\d|\\[IU\\]");

    /**
     * The page's text without the engine's own reasoning ({@code .engine-wording}: pathway reasons and the risk-group
     * basis, whose plain wording comes with the pack's plain texts, not from the pages).
     */
    private static final String VISIBLE_TEXT = "var c = document.body.cloneNode(true);"
            + "c.querySelectorAll('.engine-wording, script, style').forEach(function (e) { e.remove(); });"
            + "return c.textContent;";

    private static final String RUN_AXE = "var done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
            + ".then(function (r) { done(r.violations.map(function (v) {"
            + "  return v.id + ' (' + v.impact + '): ' + v.help + ' at '"
            + "    + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(', '); })); })"
            + ".catch(function (e) { done(['axe failed: ' + e]); });";

    private static final List<Size> SIZES = List.of(new Size("desktop", 1366, 900), new Size("phone", 390, 844));

    private static String axe;

    private record Size(String name, int width, int height) {}

    private PageAudit() {}

    /** Checks the page now open in the browser at both sizes; {@code name} names the screenshots. */
    static void check(ChromeDriver browser, String name) {
        for (Size size : SIZES) {
            viewport(browser, size.width(), size.height());
            screenshot(browser, name + "-" + size.name());
            String text = (String) browser.executeScript(VISIBLE_TEXT);
            Matcher internal = INTERNAL.matcher(text);
            assertThat(internal.find() ? around(text, internal.start()) : null)
                    .as("internal syntax in the visible text of %s at %s", name, size.name())
                    .isNull();
            assertThat(violations(browser))
                    .as("axe-core WCAG 2.1 A/AA violations on %s at %s", name, size.name())
                    .isEmpty();
        }
        viewport(browser, 1366, 900);
    }

    static void viewport(ChromeDriver browser, int width, int height) {
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    @SuppressWarnings("unchecked")
    static List<String> violations(ChromeDriver browser) {
        browser.executeScript(axeSource());
        browser.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
        return (List<String>) ((JavascriptExecutor) browser).executeAsyncScript(RUN_AXE);
    }

    static void screenshot(ChromeDriver browser, String name) {
        try {
            Files.createDirectories(BrowserSupport.SCREENSHOTS);
            Path shot =
                    browser.getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath();
            Files.copy(
                    shot,
                    BrowserSupport.SCREENSHOTS.resolve(name + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60))
                .replaceAll("\\s+", " ");
    }

    private static synchronized String axeSource() {
        if (axe == null) {
            try {
                axe = Files.readString(axeFile(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axe;
    }

    private static Path axeFile() throws IOException {
        String given = System.getProperty("recordpath.axe");
        if (given != null) {
            return Path.of(given);
        }
        Path dir = Path.of("target", "axe");
        Path file = dir.resolve("package").resolve("axe.min.js");
        if (!Files.exists(file)) {
            Files.createDirectories(dir);
            run(dir, "npm", "pack", "--silent", "axe-core@" + AXE_VERSION);
            run(dir, "tar", "xzf", "axe-core-" + AXE_VERSION + ".tgz");
        }
        return file;
    }

    private static void run(Path dir, String... command) throws IOException {
        try {
            Process process = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            assertThat(process.waitFor(3, TimeUnit.MINUTES) && process.exitValue() == 0)
                    .as("%s (axe-core %s from npm)", String.join(" ", command), AXE_VERSION)
                    .isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
