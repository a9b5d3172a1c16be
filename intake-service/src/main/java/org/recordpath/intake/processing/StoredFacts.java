package org.recordpath.intake.processing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.recordpath.guidance.json.ContractJson;
import org.recordpath.model.fact.Context;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Provenance;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The facts read from each document, stored as contract JSON. A document's facts are replaced as a whole, so a
 * re-run never duplicates them; a patient's facts are those of its DONE documents.
 */
public class StoredFacts {
    private final JdbcClient jdbc;
    private final ObjectMapper json = ContractJson.mapper();

    StoredFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Call inside the transaction that marks the document DONE. */
    void replace(UUID documentId, UUID patientId, List<Fact> facts) {
        jdbc.sql("DELETE FROM fact WHERE document_id = ?").param(documentId).update();
        int ordinal = 0;
        for (Fact fact : facts) {
            jdbc.sql("""
                            INSERT INTO fact (document_id, patient_id, ordinal, field, value_json, as_of, confidence,
                                context, provenance_json)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            documentId,
                            patientId,
                            ordinal++,
                            fact.field(),
                            write(fact.value()),
                            fact.asOf(),
                            fact.confidence(),
                            fact.context().name(),
                            write(fact.provenance()))
                    .update();
        }
    }

    /**
     * The facts of the patient's DONE documents as the profile should use them, oldest upload first, in extraction
     * order: a rejected fact is left out and a corrected fact carries its corrected value (the newest review counts).
     */
    public List<Fact> ofPatient(UUID patientId) {
        return jdbc.sql(SELECT_WITH_REVIEW + """
                        WHERE f.patient_id = ? AND d.status = 'DONE'
                        ORDER BY d.uploaded_at, d.id, f.ordinal
                        """).param(patientId).query((rs, row) -> stored(rs)).list().stream()
                .filter(s -> s.review() == null || s.review().action() != ReviewAction.REJECTED)
                .map(s -> s.review() == null
                        ? s.fact()
                        : (s.review().action() == ReviewAction.CORRECTED
                                        ? Corrections.apply(s.fact(), s.review().correctedValue())
                                        : s.fact())
                                .reviewed())
                .toList();
    }

    /** The facts of one document as extracted, each with its newest review, in extraction order. */
    public List<StoredFact> ofDocument(UUID documentId) {
        return jdbc.sql(SELECT_WITH_REVIEW + """
                        WHERE f.document_id = ?
                        ORDER BY f.ordinal
                        """)
                .param(documentId)
                .query((rs, row) -> stored(rs))
                .list();
    }

    /** Records a review as a new row; the extracted fact is never changed. */
    void review(long factId, UUID documentId, StoredFact.Review review, UUID reviewerId) {
        jdbc.sql("""
                        INSERT INTO fact_review (fact_id, document_id, action, corrected_value, reason, reviewer,
                            reviewer_name, reviewed_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        factId,
                        documentId,
                        review.action().name(),
                        review.correctedValue(),
                        review.reason(),
                        reviewerId,
                        review.reviewer(),
                        java.time.OffsetDateTime.ofInstant(review.at(), java.time.ZoneOffset.UTC))
                .update();
    }

    /** DONE documents with at least one fact nobody has reviewed yet, oldest upload first. */
    List<ReviewQueue.Item> awaitingReview() {
        return jdbc.sql("""
                        SELECT d.id, d.patient_id, d.original_name, d.uploaded_at, COUNT(f.id) AS facts,
                            COUNT(r.fact_id) AS reviewed
                        FROM document d
                        JOIN fact f ON f.document_id = d.id
                        LEFT JOIN (SELECT DISTINCT fact_id FROM fact_review) r ON r.fact_id = f.id
                        WHERE d.status = 'DONE'
                        GROUP BY d.id, d.patient_id, d.original_name, d.uploaded_at
                        HAVING COUNT(r.fact_id) < COUNT(f.id)
                        ORDER BY d.uploaded_at, d.id
                        """)
                .query((rs, row) -> new ReviewQueue.Item(
                        rs.getObject("id", UUID.class),
                        rs.getObject("patient_id", UUID.class),
                        rs.getString("original_name"),
                        rs.getObject("uploaded_at", java.time.OffsetDateTime.class)
                                .toInstant(),
                        rs.getInt("facts"),
                        rs.getInt("reviewed")))
                .list();
    }

    public int countOfDocument(UUID documentId) {
        return jdbc.sql("SELECT COUNT(*) FROM fact WHERE document_id = ?")
                .param(documentId)
                .query(Integer.class)
                .single();
    }

    private static final String SELECT_WITH_REVIEW = """
            SELECT f.id, f.document_id, f.field, f.value_json, f.as_of, f.confidence, f.context, f.provenance_json,
                r.action, r.corrected_value, r.reason, r.reviewer_name, r.reviewed_at
            FROM fact f JOIN document d ON d.id = f.document_id
            LEFT JOIN fact_review r ON r.fact_id = f.id
                AND r.id = (SELECT MAX(r2.id) FROM fact_review r2 WHERE r2.fact_id = f.id)
            """;

    private StoredFact stored(ResultSet rs) throws SQLException {
        String action = rs.getString("action");
        StoredFact.Review review = action == null
                ? null
                : new StoredFact.Review(
                        ReviewAction.valueOf(action),
                        rs.getString("corrected_value"),
                        rs.getString("reason"),
                        rs.getString("reviewer_name"),
                        rs.getObject("reviewed_at", java.time.OffsetDateTime.class)
                                .toInstant());
        return new StoredFact(rs.getLong("id"), rs.getObject("document_id", UUID.class), fact(rs), review);
    }

    private Fact fact(ResultSet rs) throws SQLException {
        try {
            return new Fact(
                    rs.getString("field"),
                    json.readValue(rs.getString("value_json"), FactValue.class),
                    rs.getObject("as_of", LocalDate.class),
                    json.readValue(rs.getString("provenance_json"), Provenance.class),
                    rs.getDouble("confidence"),
                    Context.valueOf(rs.getString("context")));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored fact is not readable contract JSON", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a fact could not be written as contract JSON", e);
        }
    }
}
