package vn.dxhub.connector.dvc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.dxhub.observation.Observation;
import vn.dxhub.observation.ObservationSource;
import vn.dxhub.observation.ObservationStatus;

/** Turns a province's dossier tally for a period into the indicators the mapping names. */
final class DossierAggregates {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DossierAggregates() {}

    static List<Observation> observations(DossierTally t, long onlineServices, Map<String, String> indicators, String unitId, String period,
                                          ObservationStatus status, ObservationSource source) {
        List<Observation> out = new ArrayList<>();
        String count = indicators.get("dossierCount");
        if (count != null) {
            out.add(new Observation(count, unitId, period, BigDecimal.valueOf(t.total), "count", null, null, status, null, source));
        }
        share(out, indicators.get("fullyOnlineShare"), t.fullyOnline, t.total, unitId, period, status, source);
        share(out, indicators.get("onTimeShare"), t.resolvedOnTime, t.resolvedWithDueDate, unitId, period, status, source);
        share(out, indicators.get("servicesWithDossiersShare"), t.servicesWithDossiers.size(), onlineServices, unitId, period, status, source);
        return out;
    }

    private static void share(List<Observation> out, String indicator, long numerator, long denominator, String unitId, String period,
                              ObservationStatus status, ObservationSource source) {
        if (indicator == null || denominator <= 0) {
            return;
        }
        BigDecimal value = BigDecimal.valueOf(numerator).multiply(HUNDRED).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
        out.add(new Observation(indicator, unitId, period, value, "percent", BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator),
                status, null, source));
    }

    static ObservationSource source(String connectorId, String unitId, String period, Instant at) {
        return new ObservationSource("dvc", connectorId, "aggregate:" + unitId + ":" + period, at, null);
    }
}
