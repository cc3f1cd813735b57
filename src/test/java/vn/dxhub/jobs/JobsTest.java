package vn.dxhub.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Long work runs in the background with its progress readable while it runs; a failure is the job's, a full pool refuses more. */
class JobsTest {

    private final Jobs jobs = new Jobs(Clock.systemUTC());
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        jobs.stop();
    }

    private Job finished(String id) {
        return await().atMost(Duration.ofSeconds(5)).until(() -> jobs.find(id).orElseThrow(), Job::finished);
    }

    @Test
    void progressIsSeenWhileTheWorkRunsAndItsMessageAtTheEnd() throws Exception {
        CountDownLatch halfway = new CountDownLatch(1);
        Job started = jobs.start("backfill", "Nạp lại", "Backfill", "pham.d", progress -> {
            progress.total(10);
            progress.advance(4, 1);
            halfway.countDown();
            release.await(5, TimeUnit.SECONDS);
            progress.advance(5, 0);
            progress.message("Xong 9", "Done 9");
        });
        assertThat(started.state()).isEqualTo(Job.State.RUNNING);
        assertThat(halfway.await(5, TimeUnit.SECONDS)).isTrue();

        Job running = jobs.find(started.id()).orElseThrow();
        assertThat(running.done()).isEqualTo(4);
        assertThat(running.failed()).isEqualTo(1);
        assertThat(running.percent()).isEqualTo(50);
        assertThat(running.finished()).isFalse();

        release.countDown();
        Job done = finished(started.id());
        assertThat(done.state()).isEqualTo(Job.State.SUCCEEDED);
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.messageEn()).isEqualTo("Done 9");
        assertThat(done.startedBy()).isEqualTo("pham.d");
        assertThat(done.endedAt()).isNotNull();
    }

    @Test
    void aWorkThatThrowsFailsItsJobWithTheReason() {
        Job started = jobs.start("backfill", "Nạp lại", "Backfill", "pham.d", progress -> {
            throw new IllegalStateException("nguồn không trả lời");
        });
        Job failed = finished(started.id());
        assertThat(failed.state()).isEqualTo(Job.State.FAILED);
        assertThat(failed.messageVi()).isEqualTo("Thất bại: nguồn không trả lời");
    }

    @Test
    void aFullPoolRefusesMoreWorkAndRecentListsNewestFirst() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < Jobs.THREADS + Jobs.QUEUED; i++) {
            ids.add(jobs.start("wait", "Chờ", "Wait", "t", progress -> release.await(5, TimeUnit.SECONDS)).id());
        }
        assertThatThrownBy(() -> jobs.start("wait", "Chờ", "Wait", "t", progress -> {})).isInstanceOf(JobsBusyException.class);
        assertThat(jobs.recent()).extracting(Job::id).startsWith(ids.get(ids.size() - 1)).hasSize(ids.size());
    }
}
