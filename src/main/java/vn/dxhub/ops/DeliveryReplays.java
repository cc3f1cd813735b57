package vn.dxhub.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.dxhub.delivery.DeliveryReplay;
import vn.dxhub.jobs.Job;
import vn.dxhub.jobs.Jobs;
import vn.dxhub.store.AuditLog;

/**
 * An operator's replay of deliveries, from the API or the console. A few named deliveries are replayed at once; all the
 * dead ones, or more than {@value #AT_ONCE}, become a background job that replays them {@value #CHUNK} at a time, so its
 * progress moves and no single transaction locks thousands of outbox rows. {@link DeliveryReplay} audits each delivery.
 */
@Service
public class DeliveryReplays {

    static final int AT_ONCE = 200;
    static final int CHUNK = 50;
    public static final String JOB_KIND = "delivery-replay";

    /** What to replay: named dead deliveries, every dead one, or named rejected ones (exactly one of them), and why. */
    public record Request(List<Long> ids, Boolean allDead, List<Long> rejectedIds, String note) {}

    /** The deliveries replayed and those left as they were (with the state found), or the job doing it in the background. */
    public record Answer(List<Long> replayed, Map<Long, String> skipped, Job job) implements WithStatus {

        @Override
        public int httpStatus() {
            return job == null ? 200 : 202;
        }
    }

    private final DeliveryReplay replay;
    private final DeliveryQueries queries;
    private final Jobs jobs;
    private final AuditLog audit;

    DeliveryReplays(DeliveryReplay replay, DeliveryQueries queries, Jobs jobs, AuditLog audit) {
        this.replay = replay;
        this.queries = queries;
        this.jobs = jobs;
        this.audit = audit;
    }

    /** @throws vn.dxhub.jobs.JobsBusyException when the work is large and the hub runs as many jobs as it can */
    public Answer replay(Request request, String actor) {
        AuditLog.requireActor(actor);
        boolean all = Boolean.TRUE.equals(request.allDead());
        int asked = (all ? 1 : 0) + (request.ids() == null ? 0 : 1) + (request.rejectedIds() == null ? 0 : 1);
        if (asked != 1) {
            throw new InvalidRequestException("ids", null, "nêu đúng một trong: ids, allDead: true, rejectedIds",
                    "give exactly one of: ids, allDead: true, rejectedIds");
        }
        boolean rejected = request.rejectedIds() != null;
        List<Long> ids = all ? null : rejected ? request.rejectedIds() : request.ids();
        if (!all && ids.size() <= AT_ONCE) {
            DeliveryReplay.Replayed done = rejected ? replay.replayRejected(ids, actor, request.note()) : replay.replayDead(ids, actor, request.note());
            return new Answer(done.replayed(), done.skipped(), null);
        }
        return new Answer(List.of(), Map.of(), inBackground(ids, rejected, actor, request.note()));
    }

    private Job inBackground(List<Long> named, boolean rejected, String actor, String note) {
        String what = rejected ? "bị từ chối" : "chết";
        Job job = jobs.start(JOB_KIND, "Gửi lại các bản ghi " + what, "Replay " + (rejected ? "rejected" : "dead") + " deliveries", actor,
                    progress -> {
                        List<Long> ids = named == null ? queries.deadIds() : named;
                        progress.total(ids.size());
                        List<Long> replayed = new ArrayList<>();
                        Map<Long, String> skipped = new LinkedHashMap<>();
                        for (int from = 0; from < ids.size(); from += CHUNK) {
                            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                            DeliveryReplay.Replayed done = rejected ? replay.replayRejected(chunk, actor, note) : replay.replayDead(chunk, actor, note);
                            replayed.addAll(done.replayed());
                            skipped.putAll(done.skipped());
                            progress.advance(done.replayed().size(), done.skipped().size());
                        }
                        progress.message("Đã gửi lại " + replayed.size() + ", bỏ qua " + skipped.size(),
                                "Replayed " + replayed.size() + ", skipped " + skipped.size());
                    });
        audit.record(new AuditLog.Action(actor, "delivery.replay-job", "job " + job.id(), AuditLog.Outcome.ALLOWED, null, "running",
                (named == null ? "mọi bản ghi chết / every dead delivery" : named.size() + " bản ghi / deliveries") + (note == null ? "" : "; " + note)));
        return job;
    }
}
