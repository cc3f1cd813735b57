package vn.dxhub.jobs;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Long work (a replay of many deliveries, a backfill) run in the background with its progress for operators to watch.
 * A caller starts a {@link Work} with {@link #start}, answers at once with the job's id, and anyone reads the job's
 * progress with {@link #find} (GET /api/jobs/{id}, the console fragment /jobs/{id}). Jobs run on a small bounded pool so
 * that long work never starves the hub: {@value #THREADS} at a time, {@value #QUEUED} more waiting, more refused with
 * {@link JobsBusyException}. Jobs live in this instance's memory: the {@value #KEPT} most recent are kept, and a restart
 * forgets them (the work's own effects are in the database and the audit log).
 */
@Service
public class Jobs {

    static final int THREADS = 2;
    static final int QUEUED = 8;
    static final int KEPT = 100;

    /** The work of a job; it reports its progress and throws when the work as a whole failed. */
    @FunctionalInterface
    public interface Work {
        void run(Progress progress) throws Exception;
    }

    private static final Logger log = LoggerFactory.getLogger(Jobs.class);

    private final Clock clock;
    private final Map<String, Tracked> jobs = Collections.synchronizedMap(new LinkedHashMap<>());
    private final ThreadPoolExecutor pool;

    public Jobs(Clock clock) {
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUED),
                r -> {
                    Thread t = new Thread(r, "dxhub-job-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Starts the work in the background and returns the job as it starts; throws {@link JobsBusyException} when the pool is full. */
    public Job start(String kind, String titleVi, String titleEn, String startedBy, Work work) {
        Tracked job = new Tracked(UUID.randomUUID().toString(), kind, titleVi, titleEn, startedBy, clock.instant());
        keep(job);
        try {
            pool.execute(() -> run(job, work));
        } catch (RejectedExecutionException e) {
            jobs.remove(job.id);
            throw new JobsBusyException();
        }
        return job.snapshot();
    }

    public Optional<Job> find(String id) {
        return Optional.ofNullable(jobs.get(id)).map(Tracked::snapshot);
    }

    /** The kept jobs, newest first. */
    public List<Job> recent() {
        List<Job> all;
        synchronized (jobs) {
            all = new ArrayList<>(jobs.values().stream().map(Tracked::snapshot).toList());
        }
        Collections.reverse(all);
        return all;
    }

    private void keep(Tracked job) {
        synchronized (jobs) {
            jobs.put(job.id, job);
            var oldest = jobs.entrySet().iterator();
            while (jobs.size() > KEPT && oldest.hasNext()) {
                if (oldest.next().getValue().state != Job.State.RUNNING) {
                    oldest.remove();
                }
            }
        }
    }

    private void run(Tracked job, Work work) {
        try {
            work.run(job);
            job.end(Job.State.SUCCEEDED, clock.instant());
        } catch (Exception | Error e) {
            log.error("Việc {} ({}) thất bại / job {} failed", job.id, job.kind, job.id, e);
            job.message("Thất bại: " + e.getMessage(), "Failed: " + e.getMessage());
            job.end(Job.State.FAILED, clock.instant());
        }
    }

    /** On stop, work still going on or waiting is interrupted; each is named in the log, so nobody takes a 202 for done. */
    @PreDestroy
    void stop() {
        pool.shutdownNow();
        synchronized (jobs) {
            jobs.values().stream().filter(job -> job.state == Job.State.RUNNING).forEach(job -> log.warn(
                    "Việc {} ({}, {}/{}) bị dừng cùng hub, chưa xong; chạy lại khi cần / job {} stopped with the hub before it finished; start it again if needed",
                    job.id, job.kind, job.done, job.total, job.id));
        }
    }

    /** A job's live state; its fields change on the work's thread and are read as a consistent snapshot. */
    private static final class Tracked implements Progress {

        private final String id;
        private final String kind;
        private final String titleVi;
        private final String titleEn;
        private final String startedBy;
        private final Instant startedAt;
        private int total;
        private int done;
        private int failed;
        private Job.State state = Job.State.RUNNING;
        private Instant endedAt;
        private String messageVi;
        private String messageEn;

        Tracked(String id, String kind, String titleVi, String titleEn, String startedBy, Instant startedAt) {
            this.id = id;
            this.kind = kind;
            this.titleVi = titleVi;
            this.titleEn = titleEn;
            this.startedBy = startedBy;
            this.startedAt = startedAt;
        }

        @Override
        public synchronized void total(int total) {
            this.total = total;
        }

        @Override
        public synchronized void advance(int done, int failed) {
            this.done += done;
            this.failed += failed;
        }

        @Override
        public synchronized void message(String vi, String en) {
            this.messageVi = vi;
            this.messageEn = en;
        }

        synchronized void end(Job.State state, Instant at) {
            this.state = state;
            this.endedAt = at;
        }

        synchronized Job snapshot() {
            return new Job(id, kind, titleVi, titleEn, total, done, failed, state, startedAt, endedAt, startedBy, messageVi, messageEn);
        }
    }
}
