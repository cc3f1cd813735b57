package vn.dxhub.connector;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.springframework.stereotype.Component;
import vn.dxhub.lint.LintProblem;

/** The connectors loaded from routes/, and the route files refused with their problems. */
@Component
public class ConnectorRegistry {

    private final Map<String, ConnectorInstance> connectors = new ConcurrentSkipListMap<>();
    private final Map<String, List<LintProblem>> refusedFiles = new ConcurrentHashMap<>();

    void register(ConnectorInstance connector) {
        connectors.put(connector.id(), connector);
    }

    void refuse(String file, List<LintProblem> problems) {
        refusedFiles.put(file, List.copyOf(problems));
    }

    void unregister(String id) {
        connectors.remove(id);
    }

    /** The file is no longer refused: it loaded, or it is gone. */
    void accept(String file) {
        refusedFiles.remove(file);
    }

    public Optional<ConnectorInstance> find(String id) {
        return Optional.ofNullable(connectors.get(id));
    }

    public Collection<ConnectorInstance> all() {
        return connectors.values();
    }

    public Map<String, List<LintProblem>> refusedFiles() {
        return Map.copyOf(refusedFiles);
    }
}
