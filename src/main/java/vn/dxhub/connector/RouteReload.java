package vn.dxhub.connector;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.dxhub.lint.LintProblem;
import vn.dxhub.store.AuditLog;

/**
 * Reads routes/ again while the hub runs. Each file is linted: a refused file keeps its previous connectors running;
 * a changed file replaces its connectors (new ones start, removed ones stop); an unchanged file is left alone; the
 * connectors of a deleted file stop. Each file gets its own answer, and the reload is audited.
 */
@Component
public class RouteReload {

    private static final Logger log = LoggerFactory.getLogger(RouteReload.class);
    /** The Quartz group of connector schedules: ConnectorTemplates schedules quartz:connectors/{id}. */
    private static final String QUARTZ_GROUP = "connectors";

    /** What became of one file: loaded (new), reloaded, unchanged, refused (its connectors kept) or removed. */
    public record FileReport(String file, String outcome, List<String> started, List<String> stopped, List<String> kept,
                             List<LintProblem> problems) {}

    private final ConnectorRoutesLoader loader;
    private final ConnectorRegistry registry;
    private final CamelContext camel;
    private final Scheduler scheduler;
    private final AuditLog audit;

    RouteReload(ConnectorRoutesLoader loader, ConnectorRegistry registry, CamelContext camel, Scheduler scheduler, AuditLog audit) {
        this.loader = loader;
        this.registry = registry;
        this.camel = camel;
        this.scheduler = scheduler;
        this.audit = audit;
    }

    public synchronized List<FileReport> reload(String actor) {
        AuditLog.requireActor(actor);
        RouteFiles files = loader.routeFiles();
        Map<String, List<ConnectorInstance>> byFile = registry.all().stream().collect(Collectors.groupingBy(ConnectorInstance::file));
        List<Path> paths = files.list();
        Set<String> names = paths.stream().map(files::name).collect(Collectors.toSet());
        List<FileReport> reports = new ArrayList<>();
        for (Path path : paths) {
            String name = files.name(path);
            Set<String> ids = registry.all().stream().filter(c -> !c.file().equals(name) && names.contains(c.file()))
                    .map(ConnectorInstance::id).collect(Collectors.toCollection(HashSet::new));
            reports.add(reloadFile(files, path, ids, byFile.getOrDefault(name, List.of())));
        }
        byFile.forEach((name, gone) -> {
            if (!names.contains(name)) {
                reports.add(new FileReport(name, "removed", List.of(), stop(gone), List.of(), List.of()));
            }
        });
        registry.refusedFiles().keySet().stream().filter(name -> !names.contains(name)).forEach(registry::accept);
        String summary = reports.stream().filter(r -> !r.outcome().equals("unchanged")).map(r -> r.file() + ": " + r.outcome())
                .collect(Collectors.joining(", "));
        audit.record(new AuditLog.Action(actor, "routes.reload", "routes/", AuditLog.Outcome.ALLOWED, null,
                registry.all().size() + " connectors, " + registry.refusedFiles().size() + " refused files", summary.isEmpty() ? "unchanged" : summary));
        log.info("Đã đọc lại thư mục route / routes reloaded by {}: {}", actor, summary.isEmpty() ? "unchanged" : summary);
        return reports;
    }

    private FileReport reloadFile(RouteFiles files, Path path, Set<String> idsElsewhere, List<ConnectorInstance> previous) {
        RouteFiles.Checked checked = files.lint(path, idsElsewhere);
        List<String> previousIds = previous.stream().map(ConnectorInstance::id).toList();
        if (!checked.problems().isEmpty()) {
            loader.refuse(checked.name(), checked.problems());
            return new FileReport(checked.name(), "refused", List.of(), List.of(), previousIds, checked.problems());
        }
        if (same(previous, checked.declared())) {
            registry.accept(checked.name());
            return new FileReport(checked.name(), "unchanged", List.of(), List.of(), previousIds, List.of());
        }
        List<String> stopped = stop(previous);
        List<LintProblem> problems = files.load(camel, path);
        if (!problems.isEmpty()) {
            loader.refuse(checked.name(), problems);
            return new FileReport(checked.name(), "refused", List.of(), stopped, List.of(), problems);
        }
        registry.accept(checked.name());
        loader.register(camel, checked);
        return new FileReport(checked.name(), previous.isEmpty() ? "loaded" : "reloaded",
                checked.declared().stream().map(RouteFileLinter.Declared::connectorId).toList(), stopped, List.of(), List.of());
    }

    private static boolean same(List<ConnectorInstance> previous, List<RouteFileLinter.Declared> declared) {
        if (previous.size() != declared.size()) {
            return false;
        }
        Map<String, ConnectorInstance> byId = previous.stream().collect(Collectors.toMap(ConnectorInstance::id, c -> c));
        return declared.stream().allMatch(d -> byId.containsKey(d.connectorId()) && byId.get(d.connectorId()).kind().id().equals(d.kind().id())
                && Objects.equals(byId.get(d.connectorId()).parameters(), d.parameters()));
    }

    /** Stops and removes the connectors' routes, forgets them, and deletes their schedules (kept in the database otherwise). */
    private List<String> stop(List<ConnectorInstance> connectors) {
        List<String> stopped = new ArrayList<>();
        for (ConnectorInstance c : connectors) {
            try {
                camel.getRouteController().stopRoute(c.id());
                camel.removeRoute(c.id());
                if (c.kind().isScheduled()) {
                    scheduler.deleteJob(JobKey.jobKey(c.id(), QUARTZ_GROUP));
                }
            } catch (SchedulerException e) {
                log.warn("{}: không xóa được lịch / schedule not deleted: {}", c.id(), e.getMessage());
            } catch (Exception e) {
                throw new IllegalStateException("cannot stop route " + c.id(), e);
            }
            registry.unregister(c.id());
            stopped.add(c.id());
        }
        return stopped;
    }
}
