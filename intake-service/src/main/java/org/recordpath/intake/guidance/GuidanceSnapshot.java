package org.recordpath.intake.guidance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Guidance as computed at one moment, with the pack and version it used (old reports keep their pack). */
@Entity
@Table(name = "guidance_snapshot")
class GuidanceSnapshot {
    @Id
    private UUID id;

    @Column(name = "patient_id", nullable = false)
    private UUID patientId;

    @Column(nullable = false)
    private String pack;

    @Column(name = "pack_version", nullable = false)
    private String packVersion;

    @Column(name = "report_json", nullable = false)
    private String reportJson;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected GuidanceSnapshot() {}

    GuidanceSnapshot(UUID patientId, String pack, String packVersion, String reportJson, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.patientId = patientId;
        this.pack = pack;
        this.packVersion = packVersion;
        this.reportJson = reportJson;
        this.createdAt = createdAt;
    }

    String pack() {
        return pack;
    }

    String packVersion() {
        return packVersion;
    }

    String reportJson() {
        return reportJson;
    }
}
