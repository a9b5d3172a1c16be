package org.recordpath.guidance.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds and loads pack files: the bundled ones (listed in {@code packs/index.txt}) or a file on disk. */
public final class Packs {
    /** The pack used when none is named. */
    public static final String DEFAULT = "mds-nccn-2026.1.yaml";

    private static final Logger LOG = LoggerFactory.getLogger(Packs.class);

    private Packs() {}

    /** File names of the bundled packs, oldest first. */
    public static List<String> bundled() {
        try (InputStream in = resource("index.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.split("\\R"))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty() && !s.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("packs/index.txt cannot be read", e);
        }
    }

    /** Loads a bundled pack by file name, e.g. {@code mds-nccn-2026.1.yaml}. */
    public static Pack bundled(String fileName) {
        try (InputStream in = resource(fileName)) {
            Pack p = PackReader.read(in, "packs/" + fileName);
            LOG.info(
                    "loaded pack {} {} with {} pathways",
                    p.name(),
                    p.version(),
                    p.pathways().size());
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("pack " + fileName + " cannot be read", e);
        }
    }

    /** Loads a pack file from disk. */
    public static Pack load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return PackReader.read(in, file.toString());
        } catch (IOException e) {
            throw new PackException(file.toString(), 0, 0, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * A pack named on a command line: a bundled file name ({@code mds-nccn-2026.1.yaml}), a bundled version
     * ({@code 2026.1}), or a path to a pack file.
     */
    public static Pack resolve(String nameVersionOrPath) {
        List<String> bundled = bundled();
        if (bundled.contains(nameVersionOrPath)) {
            return bundled(nameVersionOrPath);
        }
        for (String f : bundled) {
            if (f.endsWith("-" + nameVersionOrPath + ".yaml")) {
                return bundled(f);
            }
        }
        return load(Path.of(nameVersionOrPath));
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = Packs.class.getResourceAsStream("/packs/" + name);
        if (in == null) {
            throw new IOException("no bundled pack resource packs/" + name);
        }
        return in;
    }
}
