package vn.dxhub.connector;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Every connector kind the hub has, found from its {@link SourceKind} beans. */
@Component
public class ConnectorKinds {

    private final Map<String, SourceKind> sources;

    public ConnectorKinds(List<SourceKind> sources) {
        this.sources = sources.stream().collect(Collectors.toMap(p -> p.kind().id(), Function.identity()));
    }

    public List<ConnectorKind> all() {
        return sources.values().stream().map(SourceKind::kind).sorted(Comparator.comparing(ConnectorKind::id)).toList();
    }

    public Optional<ConnectorKind> find(String id) {
        return Optional.ofNullable(sources.get(id)).map(SourceKind::kind);
    }

    /** The puller of a scheduled kind; empty for a kind whose runs start otherwise (file-drop). */
    Optional<SourcePuller> puller(String kindId) {
        return sources.get(kindId) instanceof SourcePuller puller ? Optional.of(puller) : Optional.empty();
    }
}
