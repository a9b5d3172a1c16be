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

    /** All facts of the patient's DONE documents, oldest upload first, in extraction order. */
    public List<Fact> ofPatient(UUID patientId) {
        return jdbc.sql("""
                        SELECT f.field, f.value_json, f.as_of, f.confidence, f.context, f.provenance_json
                        FROM fact f JOIN document d ON d.id = f.document_id
                        WHERE f.patient_id = ? AND d.status = 'DONE'
                        ORDER BY d.uploaded_at, d.id, f.ordinal
                        """).param(patientId).query((rs, row) -> fact(rs)).list();
    }

    public int countOfDocument(UUID documentId) {
        return jdbc.sql("SELECT COUNT(*) FROM fact WHERE document_id = ?")
                .param(documentId)
                .query(Integer.class)
                .single();
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
