package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.recordpath.intake.accounts.Accounts;
import org.recordpath.intake.accounts.Viewer;
import org.recordpath.intake.audit.AuditAction;
import org.recordpath.intake.audit.AuditLog;
import org.recordpath.intake.audit.AuditOutcome;
import org.recordpath.intake.audit.AuditQuery;
import org.recordpath.intake.documents.DocumentContent;
import org.recordpath.intake.documents.Documents;
import org.recordpath.intake.patients.Patients;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** On a real PostgreSQL: the audit trail refuses UPDATE, DELETE and TRUNCATE; encrypted documents read back. */
@SpringBootTest(properties = "recordpath.jobs.workers=1")
class AuditAppendOnlyIT {
    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    Patients patients;

    @Autowired
    Documents documents;

    @DynamicPropertySource
    static void realPostgres(DynamicPropertyRegistry registry) {
        TestPostgres.useFreshSchema(registry);
    }

    @Test
    void auditEventsCanBeAddedButNeverChangedOrRemoved() {
        Viewer admin = accounts.viewer("admin").orElseThrow();
        UUID patient = UUID.randomUUID();
        audit.record(admin, AuditAction.READ_PROFILE, patient, null, AuditOutcome.ALLOWED);

        assertThatThrownBy(() ->
                        jdbc.sql("UPDATE audit_event SET outcome = 'DENIED'").update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_event").update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThat(audit.search(new AuditQuery(patient, null, null, null, 0, 10))
                        .events())
                .singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(AuditOutcome.ALLOWED));
    }

    @Test
    void anEncryptedDocumentReadsBackWithItsKeyIdOnItsRow() throws Exception {
        Viewer admin = accounts.viewer("admin").orElseThrow();
        UUID patient = patients.create(admin, null).id();
        byte[] text = "Synthetic note for tests only.\n".getBytes(StandardCharsets.UTF_8);

        UUID id = documents
                .upload(admin, patient, "note.txt", new ByteArrayInputStream(text))
                .id();
        DocumentContent content = documents.content(admin, id);

        try (InputStream in = content.stream()) {
            assertThat(in.readAllBytes()).isEqualTo(text);
        }
        assertThat(jdbc.sql("SELECT storage_key_id FROM document WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("local");
    }
}
