package org.recordpath.guidance.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.recordpath.guidance.GuidanceEngine;
import org.recordpath.guidance.GuidanceReport;
import org.recordpath.guidance.Profiles;
import org.recordpath.model.profile.ClinicalProfile;

/**
 * Throughput of evaluating one profile: IPSS-R, IPSS-M, risk group, WHO/ICC classification and all pathways of the
 * default pack. Run (after {@code ./mvnw -pl guidance-engine -am test-compile}):
 *
 * <pre>
 * ./mvnw -q -o -pl guidance-engine dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp guidance-engine/target/test-classes:guidance-engine/target/classes:$(cat guidance-engine/target/cp.txt) \
 *     org.recordpath.guidance.bench.EvaluateBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class EvaluateBenchmark {
    private GuidanceEngine engine;
    private ClinicalProfile lowerRisk;
    private ClinicalProfile possibleHeavy;

    @Setup
    public void setUp() {
        engine = GuidanceEngine.withDefaultPack();
        lowerRisk = Profiles.aLowerRiskProfile()
                .withHb("8.4")
                .withEpo("85")
                .withRingSideroblasts("40")
                .withVariant("SF3B1", "K700E", "35")
                .withTransfusionsIn16Weeks(4, 2)
                .build();
        // few facts known: most pathways POSSIBLE, so every unknown fact is re-evaluated as true and as false
        possibleHeavy = Profiles.aProfile().withHb("8").withPlatelets("40").build();
    }

    @Benchmark
    public GuidanceReport evaluateLowerRiskProfile() {
        return engine.evaluate(lowerRisk);
    }

    @Benchmark
    public GuidanceReport evaluateSparseProfile() {
        return engine.evaluate(possibleHeavy);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder()
                        .include(EvaluateBenchmark.class.getSimpleName())
                        .build())
                .run();
    }
}
