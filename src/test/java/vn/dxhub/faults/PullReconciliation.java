package vn.dxhub.faults;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Compares what the hub holds with what the sources hold ({@link LgspTruth}): every good record stored with the
 * source's figures, every spoiled one in quarantine once, each value one revision with its delivery row, every page
 * processed, and the runs. It reads the database only, so it works with the hubs running or stopped.
 */
final class PullReconciliation {

    /** Where the hub stands against the sources, for a set of connectors. Record ids name each discrepancy. */
    record Report(int expectedGood, int expectedBad, int stored, List<String> missing, List<String> wrongFigures,
                  List<String> storedButSpoiled, int quarantineEntries, List<String> spoiledNotQuarantined, List<String> quarantinedTwice,
                  List<String> quarantinedButGood, List<String> revisionsRepeated, long revisions, long revisionsWithoutDelivery,
                  Runs runs, long payloadsUnprocessed) {

        /** Records neither stored nor quarantined. */
        int lost() {
            return missing.size() + spoiledNotQuarantined.size();
        }

        /** Records kept more than once: a quarantine entry twice, a revision of a value already stored. */
        int duplicated() {
            return quarantinedTwice.size() + revisionsRepeated.size();
        }

        /** Every record where it belongs: what the hub must reach before a scenario ends. */
        boolean complete() {
            return lost() == 0 && wrongFigures.isEmpty();
        }

        String outstanding() {
            return "missing " + sample(missing) + ", spoiled not quarantined " + sample(spoiledNotQuarantined) + ", wrong figures "
                    + sample(wrongFigures);
        }

        private static String sample(List<String> ids) {
            return ids.size() + (ids.isEmpty() ? "" : " " + ids.subList(0, Math.min(5, ids.size())));
        }
    }

    /** The runs of the connectors: how many, how many failed (transient, permanent), and the ids of those still 'running'. */
    record Runs(long total, long failedTransient, long failedPermanent, List<Long> running) {}

    private final JdbcClient jdbc;
    private final LgspTruth truth;
    private final ObjectMapper json = new ObjectMapper();

    PullReconciliation(JdbcClient jdbc, LgspTruth truth) {
        this.jdbc = jdbc;
        this.truth = truth;
    }

    Report report(Collection<String> connectorIds) {
        Map<String, LgspTruth.Figures> good = truth.good(connectorIds);
        Set<String> bad = truth.bad(connectorIds);

        Map<String, LgspTruth.Figures> stored = new HashMap<>();
        jdbc.sql("select source_record_id, obs_value, numerator, denominator from observation where connector_id in (:ids)")
                .param("ids", connectorIds)
                .query(rs -> {
                    stored.put(rs.getString(1), new LgspTruth.Figures(rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4)));
                });
        List<String> missing = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        good.forEach((id, figures) -> {
            if (!stored.containsKey(id)) {
                missing.add(id);
            } else if (!same(figures, stored.get(id))) {
                wrong.add(id + " " + figures + " stored as " + stored.get(id));
            }
        });
        List<String> storedButSpoiled = stored.keySet().stream().filter(id -> !good.containsKey(id)).sorted().toList();

        Map<String, Integer> quarantined = new HashMap<>();
        List<String> fragments = jdbc.sql("select fragment from quarantine where connector_id in (:ids)").param("ids", connectorIds)
                .query(String.class).list();
        fragments.forEach(fragment -> quarantined.merge(recordId(fragment), 1, Integer::sum));
        List<String> spoiledNotQuarantined = bad.stream().filter(id -> !quarantined.containsKey(id)).sorted().toList();
        List<String> quarantinedTwice = quarantined.entrySet().stream().filter(e -> e.getValue() > 1).map(e -> e.getKey() + " x" + e.getValue())
                .sorted().toList();
        List<String> quarantinedButGood = quarantined.keySet().stream().filter(id -> !bad.contains(id)).sorted().toList();

        return new Report(good.size(), bad.size(), stored.size() - storedButSpoiled.size(), missing, wrong, storedButSpoiled, fragments.size(),
                spoiledNotQuarantined, quarantinedTwice, quarantinedButGood, revisionsRepeated(connectorIds), revisions(connectorIds, ""),
                revisions(connectorIds, " and not exists (select 1 from delivery d where d.revision_id = r.id)"), runs(connectorIds),
                count("select count(*) from raw_payload where connector_id in (:ids) and processed_at is null", connectorIds));
    }

    /** Revisions of one observation with the same figures and status: a value stored twice. */
    private List<String> revisionsRepeated(Collection<String> connectorIds) {
        return jdbc.sql("""
                        select o.source_record_id, r.obs_value, count(*) from observation_revision r join observation o on o.id = r.observation_id
                        where o.connector_id in (:ids)
                        group by o.source_record_id, r.obs_value, r.numerator, r.denominator, r.status having count(*) > 1""")
                .param("ids", connectorIds)
                .query((rs, n) -> rs.getString(1) + " " + rs.getBigDecimal(2) + " x" + rs.getLong(3))
                .list();
    }

    private long revisions(Collection<String> connectorIds, String condition) {
        return count("select count(*) from observation_revision r join observation o on o.id = r.observation_id where o.connector_id in (:ids)"
                + condition, connectorIds);
    }

    private Runs runs(Collection<String> connectorIds) {
        return new Runs(count("select count(*) from connector_run where connector_id in (:ids)", connectorIds),
                count("select count(*) from connector_run where connector_id in (:ids) and status = 'failed' and error_kind = 'transient'", connectorIds),
                count("select count(*) from connector_run where connector_id in (:ids) and status = 'failed' and error_kind = 'permanent'", connectorIds),
                jdbc.sql("select id from connector_run where connector_id in (:ids) and status = 'running' order by id").param("ids", connectorIds)
                        .query(Long.class).list());
    }

    private long count(String sql, Collection<String> connectorIds) {
        return jdbc.sql(sql).param("ids", connectorIds).query(Long.class).single();
    }

    /** The id of a quarantined record, from the record as received; a fragment that is not a record has none. */
    private String recordId(String fragment) {
        try {
            return json.readTree(fragment).path("id").asText("(no id) " + fragment);
        } catch (JsonProcessingException e) {
            return "(not a record) " + fragment.substring(0, Math.min(80, fragment.length()));
        }
    }

    private static boolean same(LgspTruth.Figures source, LgspTruth.Figures stored) {
        return sameNumber(source.value(), stored.value()) && sameNumber(source.numerator(), stored.numerator())
                && sameNumber(source.denominator(), stored.denominator());
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return Objects.equals(a, b) || (a != null && b != null && a.compareTo(b) == 0);
    }
}
