package vn.dxhub.connector;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.dxhub.catalog.ReportingUnits;
import vn.dxhub.config.HubProperties;
import vn.dxhub.lint.LintProblem;
import vn.dxhub.mapping.MappingLoader;

/**
 * Loads the route files of routes/ into Camel after linting them. A file with mistakes is refused with
 * every problem logged and kept for the operations console; the other files load and run, so one
 * broken connector never takes the others down. {@link RouteReload} reads the folder again while the hub runs.
 */
@Component
class ConnectorRoutesLoader implements CamelContextConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ConnectorRoutesLoader.class);

    private final HubProperties properties;
    private final ConnectorKinds kinds;
    private final ConnectorRegistry registry;
    private final ReportingUnits units;
    private final MappingLoader mappings;

    ConnectorRoutesLoader(HubProperties properties, ConnectorKinds kinds, ConnectorRegistry registry, ReportingUnits units,
                          MappingLoader mappings) {
        this.properties = properties;
        this.kinds = kinds;
        this.registry = registry;
        this.units = units;
        this.mappings = mappings;
    }

    /** The route files, linted against the catalog's units and the mappings as they are now. */
    RouteFiles routeFiles() {
        return new RouteFiles(properties.getRoutesDir(), new RouteFileLinter(kinds, units, mappings));
    }

    @Override
    public void beforeApplicationStart(CamelContext camel) {
        try {
            camel.addRoutes(new ConnectorTemplates(kinds));
        } catch (Exception e) {
            throw new IllegalStateException("cannot define the connector route templates", e);
        }
        RouteFiles files = routeFiles();
        if (!files.exists()) {
            log.warn("Không có thư mục route {} / no routes folder", properties.getRoutesDir().toAbsolutePath());
        }
        Set<String> ids = new HashSet<>();
        for (Path file : files.list()) {
            Set<String> idsOfFile = new HashSet<>(ids);
            RouteFiles.Checked checked = files.lint(file, idsOfFile);
            List<LintProblem> problems = new ArrayList<>(checked.problems());
            if (problems.isEmpty()) {
                problems.addAll(files.load(camel, file));
            }
            if (!problems.isEmpty()) {
                refuse(checked.name(), problems);
                continue;
            }
            ids.addAll(idsOfFile);
            register(camel, checked);
        }
        log.info("Đã nạp {} connector từ {} / loaded {} connectors; {} tệp bị từ chối / files refused", registry.all().size(),
                properties.getRoutesDir(), registry.all().size(), registry.refusedFiles().size());
    }

    void refuse(String name, List<LintProblem> problems) {
        registry.refuse(name, problems);
        log.error("Tệp route {} bị từ chối / route file refused ({} lỗi / problems):\n{}", name, problems.size(),
                problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
    }

    void register(CamelContext camel, RouteFiles.Checked checked) {
        checked.declared().forEach(d -> registry.register(new ConnectorInstance(d.connectorId(), d.kind(), d.parameters(), checked.name(),
                camel::resolvePropertyPlaceholders)));
    }

    @Override
    public void afterApplicationStart(CamelContext camel) {
        // nothing to do once started
    }
}
