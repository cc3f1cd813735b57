package vn.dxhub.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Body;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;
import vn.dxhub.security.ActorHeader;

/** The quarantine workbench's API; the REST routes of {@link QuarantineApiRoutes} call it as a bean. */
@Component("quarantineApi")
class QuarantineApi {

    /** Body of POST /api/quarantine/{id}/resubmit: the corrected record in the common schema, and why. */
    record ResubmitRequest(JsonNode observation, String note) {}

    /** Body of POST /api/quarantine/{id}/discard. */
    record DiscardRequest(String reason) {}

    /** Answer of GET /api/quarantine/{id}: the entry and a correction to start from. */
    record EntryAnswer(QuarantineQueries.Detail entry, ObjectNode suggestedCorrection) {}

    /** Answer of POST /api/quarantine/{id}/discard. */
    record Discarded(long id, String state, String messageVi, String messageEn) {}

    private final QuarantineQueries queries;
    private final QuarantineActions actions;
    private final CorrectionSuggestion suggestion;

    QuarantineApi(QuarantineQueries queries, QuarantineActions actions, CorrectionSuggestion suggestion) {
        this.queries = queries;
        this.actions = actions;
        this.suggestion = suggestion;
    }

    public Paging.Page<QuarantineQueries.Item> list(@Header("state") String state, @Header("connector") String connector,
                                                    @Header("reason") String reason, @Header("from") String from, @Header("to") String to,
                                                    @Header("offset") String offset, @Header("limit") String limit) {
        return queries.list(new QuarantineQueries.Filter(state, connector, reason, from, to), Paging.of(offset, limit));
    }

    public EntryAnswer entry(@Header("id") String id) {
        QuarantineQueries.Detail entry = queries.detail(Ids.of("id", id))
                .orElseThrow(() -> new NotFoundException("id", id, "không có bản ghi cách ly này", "no such quarantine entry"));
        return new EntryAnswer(entry, suggestion.suggest(entry));
    }

    public QuarantineActions.Outcome resubmit(@Header("id") String id, @Body ResubmitRequest request, @Header(ActorHeader.NAME) String actor) {
        ResubmitRequest given = request == null ? new ResubmitRequest(null, null) : request;
        return actions.resubmit(Ids.of("id", id), given.observation(), given.note(), actor);
    }

    public Discarded discard(@Header("id") String id, @Body DiscardRequest request, @Header(ActorHeader.NAME) String actor) {
        long entry = Ids.of("id", id);
        if (!actions.discard(entry, request == null ? null : request.reason(), actor)) {
            throw new InvalidRequestException("reason", request == null ? null : request.reason(), "cần lý do loại bỏ", "a reason is required to discard");
        }
        return new Discarded(entry, "discarded", "Đã loại bỏ bản ghi cách ly", "Quarantine entry discarded");
    }
}
