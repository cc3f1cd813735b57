package vn.dxhub.connector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
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
 * broken connector never takes the others down.
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

    @Override
    public void beforeApplicationStart(CamelContext camel) {
        try {
            camel.addRoutes(new ConnectorTemplates(kinds));
        } catch (Exception e) {
            throw new IllegalStateException("cannot define the connector route templates", e);
        }
        RouteFileLinter linter = new RouteFileLinter(kinds, units, mappings);
        Set<String> ids = new HashSet<>();
        for (Path file : routeFiles()) {
            String name = properties.getRoutesDir().relativize(file).toString().replace('\\', '/');
            List<LintProblem> problems = new ArrayList<>();
            Set<String> idsOfFile = new HashSet<>(ids);
            List<RouteFileLinter.Declared> declared = linter.lint(file, name, idsOfFile, problems);
            if (problems.isEmpty()) {
                problems.addAll(load(camel, file, name));
            }
            if (!problems.isEmpty()) {
                registry.refuse(name, problems);
                log.error("Tệp route {} bị từ chối / route file refused ({} lỗi / problems):\n{}", name, problems.size(),
                        problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
                continue;
            }
            ids.addAll(idsOfFile);
            declared.forEach(d -> registry.register(new ConnectorInstance(d.connectorId(), d.kind(), d.parameters(), name,
                    camel::resolvePropertyPlaceholders)));
        }
        log.info("Đã nạp {} connector từ {} / loaded {} connectors; {} tệp bị từ chối / files refused", registry.all().size(),
                properties.getRoutesDir(), registry.all().size(), registry.refusedFiles().size());
    }

    @Override
    public void afterApplicationStart(CamelContext camel) {
        // nothing to do once started
    }

    private List<LintProblem> load(CamelContext camel, Path file, String name) {
        try {
            PluginHelper.getRoutesLoader(camel).loadRoutes(ResourceHelper.resolveMandatoryResource(camel, "file:" + file.toAbsolutePath()));
            return List.of();
        } catch (Exception e) {
            return List.of(new LintProblem(name, "$", "Camel không nạp được tệp / Camel cannot load the file: " + rootMessage(e)));
        }
    }

    private List<Path> routeFiles() {
        Path dir = properties.getRoutesDir();
        if (!Files.isDirectory(dir)) {
            log.warn("Không có thư mục route {} / no routes folder", dir.toAbsolutePath());
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> Files.isRegularFile(f) && (f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
