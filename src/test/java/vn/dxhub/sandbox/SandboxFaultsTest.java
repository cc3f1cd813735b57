package vn.dxhub.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SandboxFaultsTest {

    private final SandboxFaults faults = new SandboxFaults();

    private static FaultPlan.OneShot shot(FaultPlan.Kind kind, int count, String path) {
        return new FaultPlan.OneShot(kind, count, null, path);
    }

    @Test
    void queuedFaultsAreUsedInOrderAndCounted() {
        faults.set("lgsp", new FaultPlan(0, 0, 0, List.of(shot(FaultPlan.Kind.HTTP_500, 2, null), shot(FaultPlan.Kind.MALFORMED, 0, null))));
        assertThat(faults.take("lgsp", "/a")).get().extracting(FaultPlan.OneShot::fault).isEqualTo(FaultPlan.Kind.HTTP_500);
        assertThat(faults.plan("lgsp").next()).first().extracting(FaultPlan.OneShot::count).isEqualTo(1);
        assertThat(faults.take("lgsp", "/a")).get().extracting(FaultPlan.OneShot::fault).isEqualTo(FaultPlan.Kind.HTTP_500);
        assertThat(faults.take("lgsp", "/a")).get().extracting(FaultPlan.OneShot::fault).isEqualTo(FaultPlan.Kind.MALFORMED);
        assertThat(faults.take("lgsp", "/a")).isEmpty();
        assertThat(faults.take("dvc", "/a")).as("another simulator is untouched").isEmpty();
    }

    @Test
    void aFaultForOnePathWaitsForThatPath() {
        faults.set("lgsp", new FaultPlan(0, 0, 0, List.of(shot(FaultPlan.Kind.HTTP_503, 1, "/api/"))));
        assertThat(faults.take("lgsp", "/sandbox/lgsp/01/oauth2/token")).isEmpty();
        assertThat(faults.take("lgsp", "/sandbox/lgsp/01/api/v1/chi-tieu")).isPresent();
    }

    @Test
    void tooManyRequestsRetriesAfterOneSecondByDefault() {
        assertThat(new FaultPlan.OneShot(FaultPlan.Kind.HTTP_429, 1, null, null).retryAfterSeconds()).isEqualTo(1);
        assertThat(new FaultPlan.OneShot(FaultPlan.Kind.HTTP_500, 1, null, null).retryAfterSeconds()).isNull();
    }

    @Test
    void refusesImpossiblePlans() {
        assertThatThrownBy(() -> new FaultPlan(0, 0, 1.5, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FaultPlan(-1, 0, 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FaultPlan.OneShot(null, 1, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void badRecordRateMarksAboutThatShareAndAlwaysTheSameRecords() {
        FaultPlan plan = new FaultPlan(0, 0, 0.1, null);
        long bad = LongStream.range(0, 100_000).filter(i -> plan.badRecord(Mix.at(42, i))).count();
        assertThat(bad).isBetween(9_500L, 10_500L);
        assertThat(LongStream.range(0, 1000).filter(i -> plan.badRecord(Mix.at(42, i))).toArray())
                .isEqualTo(LongStream.range(0, 1000).filter(i -> plan.badRecord(Mix.at(42, i))).toArray());
        assertThat(LongStream.range(0, 1000).noneMatch(i -> FaultPlan.HEALTHY.badRecord(Mix.at(42, i)))).isTrue();
    }

    @Test
    void onlySimulatorPathsAreFaulted() {
        assertThat(FaultInjector.simulatorOf("/sandbox/lgsp/01/api/v1/chi-tieu")).isEqualTo("lgsp");
        assertThat(FaultInjector.simulatorOf("/sandbox/fhir")).isEqualTo("fhir");
        assertThat(FaultInjector.simulatorOf("/sandbox/faults/lgsp")).isNull();
        assertThat(FaultInjector.simulatorOf("/sandbox/calls/dvc")).isNull();
        assertThat(FaultInjector.simulatorOf("/api/catalog/units")).isNull();
    }
}
