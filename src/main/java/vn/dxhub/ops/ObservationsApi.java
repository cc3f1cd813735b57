package vn.dxhub.ops;

import java.util.List;
import java.util.Locale;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;
import vn.dxhub.observation.ObservationQueries;
import vn.dxhub.observation.ObservationStatus;
import vn.dxhub.observation.StoredRevision;
import vn.dxhub.observation.StoredValue;
import vn.dxhub.observation.ValueFilter;

/** Answers of the observation search and revision history; the REST routes call it as a bean. */
@Component("observationsApi")
class ObservationsApi {

    private final ObservationQueries queries;

    ObservationsApi(ObservationQueries queries) {
        this.queries = queries;
    }

    public Paging.Page<StoredValue> search(@Header("indicator") String indicator, @Header("unit") String unit, @Header("period") String period,
                                           @Header("source") String source, @Header("status") String status,
                                           @Header("offset") String offset, @Header("limit") String limit) {
        Paging paging = Paging.of(offset, limit);
        ValueFilter filter = new ValueFilter(indicator, unit, period == null || period.isBlank() ? null : Periods.parse(period).id(),
                source, status(status));
        return Paging.Page.of(queries.search(filter, paging.offset(), paging.limit()), queries.count(filter), paging);
    }

    public List<StoredRevision> revisions(@Header("id") String id) {
        long observationId = observationId(id);
        List<StoredRevision> revisions = queries.revisions(observationId);
        if (revisions.isEmpty()) {
            throw new NotFoundException("id", id, "không có giá trị này", "no such observation");
        }
        return revisions;
    }

    private static long observationId(String raw) {
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("id", raw, "mã giá trị phải là số nguyên", "the observation id must be a whole number");
        }
    }

    private static String status(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return ObservationStatus.fromCode(raw.strip()).code();
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("status", raw, "trạng thái phải là official hoặc provisional",
                    "status must be official or provisional");
        }
    }
}
