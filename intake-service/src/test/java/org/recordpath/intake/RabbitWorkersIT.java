package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.recordpath.intake.accounts.Accounts;
import org.recordpath.intake.accounts.NewAccount;
import org.recordpath.intake.accounts.Role;
import org.recordpath.intake.accounts.Viewer;
import org.recordpath.intake.documents.Documents;
import org.recordpath.intake.patients.Patients;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Scale-out mode end to end: this JVM is the web node (profile {@code rabbitmq}: it publishes, runs the lease
 * sweeper, consumes nothing); two worker JVMs (profiles {@code rabbitmq,worker}, the application's main class on
 * the test classpath) share its PostgreSQL schema, document directory and a queue of this run. One worker is killed
 * with SIGKILL while it holds a job; every job must still end DONE exactly once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("rabbitmq")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RabbitWorkersIT {
    private static final int DOCUMENTS = 6;
    private static final Duration LEASE = Duration.ofSeconds(5);
    private static final Duration ALL_DONE_WITHIN = Duration.ofMinutes(4);
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String QUEUE = "recordpath.it." + RUN;
    private static final String SCHEMA = TestPostgres.freshSchema();
    private static final Path DATA =
            Path.of("target/it-data/" + SCHEMA).toAbsolutePath().normalize();

    @Autowired
    Documents documents;

    @Autowired
    Accounts accounts;

    @Autowired
    Patients patients;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AmqpAdmin admin;

    private final List<Process> workers = new ArrayList<>();

    @DynamicPropertySource
    static void realPostgresAndRabbit(DynamicPropertyRegistry registry) {
        settings().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("recordpath.rabbitmq.consumers", () -> "0");
    }

    /** What the web node and the workers share. */
    private static Map<String, String> settings() {
        TestPostgres.Server db = TestPostgres.server();
        TestRabbit.Broker broker = TestRabbit.broker();
        Map<String, String> s = new LinkedHashMap<>();
        s.put("spring.datasource.url", db.url(SCHEMA));
        s.put("spring.datasource.username", db.user());
        s.put("spring.datasource.password", db.password());
        s.put("spring.flyway.schemas", SCHEMA);
        s.put("recordpath.data-dir", DATA.toString());
        s.put("recordpath.demo.enabled", "false");
        s.put("spring.rabbitmq.host", broker.host());
        s.put("spring.rabbitmq.port", Integer.toString(broker.port()));
        s.put("spring.rabbitmq.username", broker.user());
        s.put("spring.rabbitmq.password", broker.password());
        s.put("spring.rabbitmq.virtual-host", broker.virtualHost());
        s.put("recordpath.rabbitmq.queue", QUEUE);
        s.put("recordpath.rabbitmq.dead-letter-exchange", QUEUE + ".dlx");
        s.put("recordpath.rabbitmq.dead-letter-queue", QUEUE + ".dead");
        s.put("recordpath.rabbitmq.sweep-interval", "1s");
        s.put("recordpath.rabbitmq.redispatch-after", "2m");
        s.put("recordpath.jobs.lease", LEASE.toSeconds() + "s");
        return s;
    }

    @Test
    void everyJobEndsDoneExactlyOnceWhenAWorkerIsKilledMidJob() throws Exception {
        Properties queueInfo = admin.getQueueProperties(QUEUE); // declares the queues of this run
        assertThat(queueInfo).as("work queue %s declared", QUEUE).isNotNull();
        workers.add(startWorker(1));
        workers.add(startWorker(2));
        awaitConsumers(2, Duration.ofMinutes(4));

        Viewer navigator = accounts.create(new NewAccount("it-nav-" + RUN, "pw-" + RUN, Role.NAVIGATOR, null, false));
        Path scan = Corpus.dev("D001", "Scanned_Document_20260331.pdf");
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            UUID patient = patients.create(navigator, "Synthetic scale-out patient " + i)
                    .id();
            try (InputStream in = Files.newInputStream(scan)) {
                ids.add(documents
                        .uploadOrFind(navigator, patient, "scan.pdf", in)
                        .document()
                        .id());
            }
        }

        Held held = awaitAJobHeldByAWorker(Duration.ofMinutes(2));
        long killedAt = System.nanoTime();
        held.worker().destroyForcibly().waitFor();
        System.out.printf(
                "killed worker pid %d holding document %s%n", held.worker().pid(), held.document());

        long takenOverAt = 0;
        long deadline = killedAt + ALL_DONE_WITHIN.toNanos();
        while (true) {
            Map<String, Object> victim = jdbc.sql("SELECT status, lease_owner FROM document WHERE id = ?")
                    .param(held.document())
                    .query()
                    .singleRow();
            Object owner = victim.get("lease_owner");
            if (takenOverAt == 0
                    && (!"PROCESSING".equals(victim.get("status"))
                            || (owner != null
                                    && !owner.toString()
                                            .contains("/" + held.worker().pid()
                                                    + "-")))) { // #11: owners read <node>/<pid>-...
                takenOverAt = System.nanoTime();
            }
            long notDone = jdbc.sql("SELECT COUNT(*) FROM document WHERE status <> 'DONE'")
                    .query(Long.class)
                    .single();
            if (notDone == 0) {
                break;
            }
            assertThat(System.nanoTime())
                    .as("all %d jobs DONE within %s of the kill", DOCUMENTS, ALL_DONE_WITHIN)
                    .isLessThan(deadline);
            Thread.sleep(100);
        }
        long allDoneAt = System.nanoTime();
        System.out.printf(
                "scale-out: %d jobs DONE; lease %s; takeover %d ms after SIGKILL; all done %d ms after it%n",
                DOCUMENTS, LEASE, (takenOverAt - killedAt) / 1_000_000, (allDoneAt - killedAt) / 1_000_000);

        List<Map<String, Object>> rows = jdbc.sql("""
                        SELECT d.id, d.status, d.attempts, d.finished_at,
                            (SELECT COUNT(*) FROM fact f WHERE f.document_id = d.id) AS facts,
                            (SELECT COUNT(DISTINCT f.ordinal) FROM fact f WHERE f.document_id = d.id) AS ordinals
                        FROM document d
                        """).query().listOfRows();
        assertThat(rows).hasSize(DOCUMENTS);
        long factsOfOne = ((Number) rows.get(0).get("facts")).longValue();
        assertThat(factsOfOne).as("facts read from the scan").isPositive();
        for (Map<String, Object> row : rows) {
            assertThat(row.get("status")).isEqualTo("DONE");
            assertThat(row.get("finished_at")).isNotNull();
            assertThat(((Number) row.get("facts")).longValue())
                    .as("facts of %s, not duplicated", row.get("id"))
                    .isEqualTo(factsOfOne)
                    .isEqualTo(((Number) row.get("ordinals")).longValue());
            int attempts = ((Number) row.get("attempts")).intValue();
            if (row.get("id").equals(held.document())) {
                assertThat(attempts)
                        .as("the killed worker's job was claimed again")
                        .isEqualTo(2);
            } else {
                assertThat(attempts).as("attempts of %s", row.get("id")).isEqualTo(1);
            }
        }
        assertThat(ids).hasSize(DOCUMENTS);
        assertThat(((Number) admin.getQueueProperties(QUEUE + ".dead").get(RabbitAdmin.QUEUE_MESSAGE_COUNT))
                        .longValue())
                .as("nothing dead-lettered")
                .isZero();
        assertThat(workers.get(0).isAlive() || workers.get(1).isAlive()).isTrue();
    }

    @AfterAll
    void stopWorkersAndRemoveQueues() {
        for (Process worker : workers) {
            worker.destroy();
        }
        for (Process worker : workers) {
            try {
                if (!worker.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    worker.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        admin.deleteQueue(QUEUE);
        admin.deleteQueue(QUEUE + ".dead");
        admin.deleteExchange(QUEUE + ".dlx");
    }

    private record Held(Process worker, UUID document) {}

    /** Waits for a PROCESSING job whose lease owner is one of the worker processes (owners read {@code <node>/<pid>-...}). */
    private Held awaitAJobHeldByAWorker(Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            List<Map<String, Object>> held = jdbc.sql(
                            "SELECT id, lease_owner FROM document WHERE status = 'PROCESSING' AND lease_owner IS NOT NULL")
                    .query()
                    .listOfRows();
            for (Map<String, Object> row : held) {
                for (Process worker : workers) {
                    if (row.get("lease_owner").toString().contains("/" + worker.pid() + "-")) { // #11: <node>/<pid>-...
                        return new Held(worker, (UUID) row.get("id"));
                    }
                }
            }
            assertThat(System.nanoTime()).as("a worker took a job").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private void awaitConsumers(int count, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            Properties info = admin.getQueueProperties(QUEUE);
            Object consumers = info == null ? null : info.get(RabbitAdmin.QUEUE_CONSUMER_COUNT);
            if (consumers != null && ((Number) consumers).intValue() >= count) {
                return;
            }
            for (Process worker : workers) {
                assertThat(worker.isAlive())
                        .as("worker %d alive (see %s)", worker.pid(), DATA)
                        .isTrue();
            }
            assertThat(System.nanoTime())
                    .as("%d workers consuming %s within %s", count, QUEUE, within)
                    .isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    private Process startWorker(int n) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                IntakeApplication.class.getName(),
                "--spring.profiles.active=rabbitmq,worker",
                "--spring.main.banner-mode=off",
                "--recordpath.rabbitmq.consumers=1"));
        settings().forEach((key, value) -> command.add("--" + key + "=" + value));
        Files.createDirectories(DATA);
        Path log = DATA.resolve("worker-" + n + ".log");
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }
}
