package vn.dxhub.connector;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Every connector kind the hub has, found from its {@link SourcePuller} beans. */
@Component
public class ConnectorKinds {

    private final Map<String, SourcePuller> pullers;

    public ConnectorKinds(List<SourcePuller> pullers) {
        this.pullers = pullers.stream().collect(Collectors.toMap(p -> p.kind().id(), Function.identity()));
    }

    public List<ConnectorKind> all() {
        return pullers.values().stream().map(SourcePuller::kind).sorted(Comparator.comparing(ConnectorKind::id)).toList();
    }

    public Optional<ConnectorKind> find(String id) {
        return Optional.ofNullable(pullers.get(id)).map(SourcePuller::kind);
    }

    SourcePuller puller(String kindId) {
        return pullers.get(kindId);
    }
}
