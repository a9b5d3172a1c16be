package org.recordpath.intake.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.recordpath.intake.Corpus;
import org.recordpath.intake.IntakeTest;
import org.recordpath.intake.accounts.Accounts;
import org.recordpath.intake.accounts.Viewer;
import org.recordpath.intake.documents.DocumentView;
import org.recordpath.intake.documents.Documents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The job queue in the document table: jobs of dead workers are taken over, lost leases cannot write. */
@IntakeTest
class JobQueueTest {
    @Autowired
    Documents documents;

    @Autowired
    Accounts accounts;

    @Autowired
    JobQueue queue;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aJobWhoseWorkerDiedIsTakenOverWhenItsLeaseRunsOut() throws Exception {
        Viewer admin = accounts.viewer("admin").orElseThrow();
        UUID id = finishedDocument(admin);

        pretendAWorkerDiedHoldingIt(id, 1);

        DocumentView done = awaitFinished(admin, id);
        assertThat(done.status().name()).isEqualTo("DONE");
        assertThat(done.attempts()).isEqualTo(2);
    }

    @Test
    void aRestartedNodeFreesTheJobsOfItsDeadProcessAtOnce() throws Exception { // #11
        Viewer admin = accounts.viewer("admin").orElseThrow();
        UUID dead = finishedDocument(admin);
        UUID live = finishedDocument(admin);
        UUID otherNode = finishedDocument(admin);
        NodeIdentity self =
                new NodeIdentity("node" + UUID.randomUUID().toString().substring(0, 6), "2-now");
        OffsetDateTime inFourMinutes = OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(4);
        hold(dead, self.node() + "/1-before-0", inFourMinutes);
        hold(live, self.owner("0"), inFourMinutes);
        hold(otherNode, "elsewhere/1-before-0", inFourMinutes);

        int freed = queue.releaseDeadLeasesOf(self);

        assertThat(freed).isEqualTo(1);
        DocumentView done = awaitFinished(admin, dead);
        assertThat(done.status().name()).isEqualTo("DONE");
        assertThat(done.attempts()).as("the dead claim still counts").isEqualTo(2);
        assertThat(documents.view(admin, live).status().name()).isEqualTo("PROCESSING");
        assertThat(documents.view(admin, otherNode).status().name()).isEqualTo("PROCESSING");
        hold(live, null, OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1));
        hold(otherNode, null, OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1));
    }

    @Test
    void theNodeIdIsKeptInTheDataFolderForTheNextProcessAndLiveOnesHaveTheirOwn() throws Exception { // #11
        java.nio.file.Path dir = Files.createTempDirectory("node-id");
        NodeIdentity first = NodeIdentity.load(dir);
        NodeIdentity alongside = NodeIdentity.load(dir);
        first.release(); // the first process ends
        NodeIdentity restarted = NodeIdentity.load(dir);

        assertThat(alongside.node()).as("a live process on the same folder").isNotEqualTo(first.node());
        assertThat(restarted.node())
                .as("the restarted process takes the free slot")
                .isEqualTo(first.node());
        assertThat(restarted.process()).isNotEqualTo(first.process());
        assertThat(NodeIdentity.load(Files.createTempDirectory("node-id")).node())
                .isNotEqualTo(first.node());
    }

    private void hold(UUID id, String owner, OffsetDateTime until) {
        jdbc.sql("UPDATE document SET status = 'PROCESSING', lease_owner = ?, lease_until = ?, attempts = 1"
                        + " WHERE id = ?")
                .params(owner, until, id)
                .update();
    }

    @Test
    void aJobInterruptedTooOftenEndsFailedWithAPlainReason() throws Exception {
        Viewer admin = accounts.viewer("admin").orElseThrow();
        UUID id = finishedDocument(admin);

        pretendAWorkerDiedHoldingIt(id, 3);

        DocumentView failed = awaitFinished(admin, id);
        assertThat(failed.status().name()).isEqualTo("FAILED");
        assertThat(failed.reason()).isEqualTo(DocumentProcessor.INTERRUPTED);
    }

    @Test
    void aJobPutBackAfterAnErrorWaitsForItsBackOffThenRunsAgain() throws Exception {
        Viewer admin = accounts.viewer("admin").orElseThrow();
        UUID id = finishedDocument(admin);
        jdbc.sql("UPDATE document SET status = 'PROCESSING', lease_owner = 'me', lease_until = ?, attempts = 1"
                        + " WHERE id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(5), id)
                .update();

        boolean putBack = queue.retryLater(
                id,
                "me",
                "error id abc",
                "abc",
                OffsetDateTime.now(ZoneOffset.UTC).plusHours(1));
        Thread.sleep(500); // the test workers poll every 200 ms

        assertThat(putBack).isTrue();
        assertThat(documents.view(admin, id).status().name()).isEqualTo("QUEUED");
        assertThat(queue.claim("test", Duration.ofMinutes(1)).map(JobQueue.Claim::documentId))
                .isNotEqualTo(java.util.Optional.of(id));

        jdbc.sql("UPDATE document SET not_before = ? WHERE id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), id)
                .update();
        DocumentView done = awaitFinished(admin, id);
        assertThat(done.status().name()).isEqualTo("DONE");
        assertThat(done.attempts()).isEqualTo(2);
    }

    @Test
    void theBackOffDoublesWithEachAttemptUpToItsLimit() {
        JobSettings settings = new JobSettings(
                1, Duration.ofMinutes(5), Duration.ofSeconds(2), 5, Duration.ofSeconds(10), Duration.ofSeconds(60));

        assertThat(settings.backoffAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.backoffAfter(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.backoffAfter(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(settings.backoffAfter(4)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aWorkerWithoutTheLeaseCannotCompleteOrFailAJob() throws Exception {
        Viewer admin = accounts.viewer("admin").orElseThrow();
        UUID id = finishedDocument(admin);
        jdbc.sql("UPDATE document SET status = 'PROCESSING', lease_owner = 'someone', lease_until = ? WHERE id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(5), id)
                .update();

        boolean completed = queue.complete(id, "not-the-owner", "application/pdf", 1, "[]");
        boolean failed = queue.fail(id, "not-the-owner", "reason", null);
        boolean beat = queue.heartbeat(id, "not-the-owner", 1, 2, Duration.ofMinutes(1));

        assertThat(completed).isFalse();
        assertThat(failed).isFalse();
        assertThat(beat).isFalse();
        assertThat(queue.complete(id, "someone", "application/pdf", 0, "[]")).isTrue();
    }

    private void pretendAWorkerDiedHoldingIt(UUID id, int attempts) {
        jdbc.sql("""
                        UPDATE document SET status = 'PROCESSING', lease_owner = 'dead-worker', lease_until = ?,
                            attempts = ?
                        WHERE id = ?
                        """)
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), attempts, id)
                .update();
    }

    private UUID finishedDocument(Viewer admin) throws Exception {
        UUID patient = accounts.viewer("patient").orElseThrow().patientId();
        try (InputStream in =
                new java.io.ByteArrayInputStream(Corpus.distinct(Corpus.dev("D001", "BM_Biopsy_Report.pdf")))) {
            UUID id = documents.upload(admin, patient, "report.pdf", in).id();
            awaitFinished(admin, id);
            return id;
        }
    }

    private DocumentView awaitFinished(Viewer admin, UUID id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            DocumentView view = documents.view(admin, id);
            if (Set.of("DONE", "FAILED").contains(view.status().name())) {
                return view;
            }
            assertThat(System.nanoTime()).as("finished in time").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
