package vn.dxhub.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The fault plan of every simulator by name ("lgsp", "dvc", ...); an unknown name is healthy. */
final class SandboxFaults {

    private final Map<String, FaultPlan> plans = new ConcurrentHashMap<>();

    FaultPlan plan(String simulator) {
        return plans.getOrDefault(simulator, FaultPlan.HEALTHY);
    }

    void set(String simulator, FaultPlan plan) {
        plans.put(simulator, plan);
    }

    void reset(String simulator) {
        plans.remove(simulator);
    }

    void resetAll() {
        plans.clear();
    }

    /** Takes one use of the first queued fault that applies to the path, if any. */
    Optional<FaultPlan.OneShot> take(String simulator, String path) {
        FaultPlan.OneShot[] taken = new FaultPlan.OneShot[1];
        plans.computeIfPresent(simulator, (name, plan) -> {
            List<FaultPlan.OneShot> queue = new ArrayList<>(plan.next());
            for (int i = 0; i < queue.size(); i++) {
                FaultPlan.OneShot shot = queue.get(i);
                if (shot.appliesTo(path)) {
                    taken[0] = shot;
                    if (shot.count() > 1) {
                        queue.set(i, shot.used());
                    } else {
                        queue.remove(i);
                    }
                    return plan.withNext(queue);
                }
            }
            return plan;
        });
        return Optional.ofNullable(taken[0]);
    }
}
