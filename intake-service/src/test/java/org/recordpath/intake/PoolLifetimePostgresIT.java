package org.recordpath.intake;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same on the real PostgreSQL ({@link TestPostgres}). */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {PoolLifetimeScenario.SHORT_LIFETIME, "recordpath.jobs.workers=1"})
class PoolLifetimePostgresIT extends PoolLifetimeScenario {
    @DynamicPropertySource
    static void realPostgres(DynamicPropertyRegistry registry) {
        TestPostgres.useFreshSchema(registry);
    }
}
