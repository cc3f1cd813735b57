package vn.dxhub.ops;

import java.time.Clock;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;
import vn.dxhub.catalog.Period;
import vn.dxhub.catalog.ReportingUnit;
import vn.dxhub.completeness.CompletenessGrid;
import vn.dxhub.completeness.CompletenessReport;

/** Answers GET /api/completeness; the REST route calls it as a bean. */
@Component("completenessApi")
class CompletenessApi {

    private final CompletenessReport report;
    private final Clock clock;

    CompletenessApi(CompletenessReport report, Clock clock) {
        this.report = report;
        this.clock = clock;
    }

    /** The grid of a period (default: the one due next) for provinces (default) or ministries. */
    public CompletenessGrid grid(@Header("period") String period, @Header("kind") String kind) {
        Period wanted = period == null || period.isBlank() ? report.dueNext(clock) : Periods.parse(period);
        return report.grid(wanted, kind(kind), clock);
    }

    private static ReportingUnit.Kind kind(String raw) {
        if (raw == null || raw.isBlank()) {
            return ReportingUnit.Kind.PROVINCE;
        }
        return switch (raw.strip()) {
            case "province" -> ReportingUnit.Kind.PROVINCE;
            case "ministry" -> ReportingUnit.Kind.MINISTRY;
            default -> throw new InvalidRequestException("kind", raw, "loại đơn vị phải là province hoặc ministry", "kind must be province or ministry");
        };
    }
}
