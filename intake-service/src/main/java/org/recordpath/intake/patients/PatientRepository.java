package org.recordpath.intake.patients;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PatientRepository extends JpaRepository<Patient, UUID> {
    List<Patient> findAllByOrderByCreatedAtAsc();

    List<Patient> findByIdInOrderByCreatedAtAsc(List<UUID> ids);
}
