package vn.dxhub.observation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read-only searches over stored observations, their revisions, deliveries and receipts (bind parameters only). */
@Repository
public class ObservationQueries {

    private static final String VALUE_COLUMNS = """
            select o.id, o.indicator_code, o.unit_id, o.period_id, o.obs_value, o.unit_of_measure, o.numerator, o.denominator, o.status,
                   o.revision, o.source_system, o.connector_id, o.updated_at, d.state
            from observation o
            join observation_revision r on r.observation_id = o.id and r.revision = o.revision
            left join delivery d on d.revision_id = r.id
            """;

    private final JdbcClient jdbc;

    public ObservationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of the values the filter matches, most recently updated first. */
    public List<StoredValue> search(ValueFilter filter, int offset, int limit) {
        Where where = Where.of(filter);
        return where.bind(jdbc.sql(VALUE_COLUMNS + where.sql + " order by o.updated_at desc, o.id desc limit :limit offset :offset"))
                .param("limit", limit).param("offset", offset)
                .query(ObservationQueries::value).list();
    }

    public long count(ValueFilter filter) {
        Where where = Where.of(filter);
        return where.bind(jdbc.sql("select count(*) from observation o " + where.sql)).query(Long.class).single();
    }

    public Optional<StoredValue> find(long id) {
        return jdbc.sql(VALUE_COLUMNS + " where o.id = :id").param("id", id).query(ObservationQueries::value).optional();
    }

    /** Every value of an indicator for a unit, every period and source, oldest period first (the indicator page's chart). */
    public List<StoredValue> history(String indicator, String unit) {
        return jdbc.sql(VALUE_COLUMNS + " where o.indicator_code = :i and o.unit_id = :u order by o.period_id, o.source_system")
                .param("i", indicator).param("u", unit).query(ObservationQueries::value).list();
    }

    /** The units that have at least one value of the indicator. */
    public List<String> unitsWithData(String indicator) {
        return jdbc.sql("select distinct unit_id from observation where indicator_code = :i order by unit_id")
                .param("i", indicator).query(String.class).list();
    }

    /** Every revision of an observation, newest first, with its delivery and receipts; empty when there is no such observation. */
    public List<StoredRevision> revisions(long observationId) {
        List<RevisionRow> rows = jdbc.sql("""
                        select r.id, r.revision, r.obs_value, r.unit_of_measure, r.numerator, r.denominator, r.status, r.recorded_at, r.run_id,
                               p.id, p.sha256, p.request_ref, p.fetched_at, d.id, d.state, d.attempts, d.last_error
                        from observation_revision r
                        left join raw_payload p on p.id = r.payload_id
                        left join delivery d on d.revision_id = r.id
                        where r.observation_id = :o order by r.revision desc""")
                .param("o", observationId)
                .query((rs, n) -> new RevisionRow(revision(rs), rs.getObject(14) == null ? null : rs.getLong(14), rs.getString(15),
                        rs.getInt(16), rs.getString(17)))
                .list();
        Map<Long, List<StoredRevision.Receipt>> receipts = receipts(rows.stream().map(RevisionRow::deliveryId).filter(id -> id != null).toList());
        return rows.stream().map(row -> row.withDelivery(receipts)).toList();
    }

    /** A revision as read, before its receipts are attached. */
    private record RevisionRow(StoredRevision revision, Long deliveryId, String state, int attempts, String lastError) {

        StoredRevision withDelivery(Map<Long, List<StoredRevision.Receipt>> receipts) {
            StoredRevision r = revision;
            StoredRevision.Delivery delivery = deliveryId == null ? null
                    : new StoredRevision.Delivery(deliveryId, state, attempts, lastError, receipts.getOrDefault(deliveryId, List.of()));
            return new StoredRevision(r.id(), r.revision(), r.value(), r.unitOfMeasure(), r.numerator(), r.denominator(), r.status(),
                    r.recordedAt(), r.runId(), r.payload(), delivery);
        }
    }

    private Map<Long, List<StoredRevision.Receipt>> receipts(List<Long> deliveryIds) {
        Map<Long, List<StoredRevision.Receipt>> byDelivery = new LinkedHashMap<>();
        if (deliveryIds.isEmpty()) {
            return byDelivery;
        }
        jdbc.sql("""
                        select delivery_id, outcome, reason, national_ref, received_at from delivery_receipt
                        where delivery_id in (:ids) order by id desc""")
                .param("ids", deliveryIds)
                .query(rs -> {
                    byDelivery.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new StoredRevision.Receipt(rs.getString(2), rs.getString(3), rs.getString(4), instant(rs.getTimestamp(5))));
                });
        return byDelivery;
    }

    private static StoredValue value(ResultSet rs, int n) throws SQLException {
        return new StoredValue(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5), rs.getString(6),
                rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getString(9), rs.getInt(10), rs.getString(11), rs.getString(12),
                instant(rs.getTimestamp(13)), rs.getString(14));
    }

    private static StoredRevision revision(ResultSet rs) throws SQLException {
        StoredRevision.Payload payload = rs.getObject(10) == null ? null
                : new StoredRevision.Payload(rs.getLong(10), rs.getString(11), rs.getString(12), instant(rs.getTimestamp(13)));
        return new StoredRevision(rs.getLong(1), rs.getInt(2), rs.getBigDecimal(3), rs.getString(4), rs.getBigDecimal(5), rs.getBigDecimal(6),
                rs.getString(7), instant(rs.getTimestamp(8)), rs.getObject(9) == null ? null : rs.getLong(9), payload, null);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** The search's where clause from fixed fragments, one per given filter, each with its bind parameter. */
    private record Where(String sql, Map<String, String> params) {

        static Where of(ValueFilter f) {
            Map<String, String> params = new LinkedHashMap<>();
            List<String> terms = new ArrayList<>();
            add(terms, params, "o.indicator_code = :indicator", "indicator", f.indicator());
            add(terms, params, "o.unit_id = :unit", "unit", f.unit());
            add(terms, params, "o.period_id = :period", "period", f.period());
            add(terms, params, "o.source_system = :source", "source", f.source());
            add(terms, params, "o.status = :status", "status", f.status());
            return new Where(terms.isEmpty() ? "" : " where " + String.join(" and ", terms), params);
        }

        private static void add(List<String> terms, Map<String, String> params, String term, String name, String value) {
            if (value != null && !value.isBlank()) {
                terms.add(term);
                params.put(name, value.strip());
            }
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            return statement.params(params);
        }
    }
}
