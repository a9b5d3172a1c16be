package org.recordpath.intake.demo;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns {@link UnsafeProductionException} into Boot's short "APPLICATION FAILED TO START" report. */
class UnsafeProductionAnalyzer extends AbstractFailureAnalyzer<UnsafeProductionException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnsafeProductionException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
