package org.recordpath.intake;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The embedded default, as {@code bin/run} starts it: an H2 file database under a fresh data folder. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {PoolLifetimeScenario.SHORT_LIFETIME, "recordpath.jobs.workers=1"})
class PoolLifetimeH2IT extends PoolLifetimeScenario {
    @DynamicPropertySource
    static void freshEmbeddedDatabase(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "pool-lifetime-");
        registry.add("recordpath.data-dir", () -> dir.toAbsolutePath().toString());
    }
}
