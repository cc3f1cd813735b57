package vn.dxhub.completeness;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.dxhub.catalog.Indicator;
import vn.dxhub.catalog.IndicatorCatalog;
import vn.dxhub.catalog.Period;
import vn.dxhub.catalog.ReportingUnit;

/**
 * Which indicators a unit must report for a period, read from the catalog's column "Cơ quan, đơn vị thực hiện, phối hợp"
 * (coordinatingBodies) — the action plan (seed 004, II.3) has each body supply the figures of the indicators it is named for:
 * <ul>
 *   <li>a province reports an indicator whose coordinating bodies name the localities ("địa phương": "Các bộ, ngành, địa
 *       phương", "Các địa phương");</li>
 *   <li>a ministry reports one naming all ministries ("bộ, ngành") or naming that ministry by its name or short name
 *       ("Bộ Y tế" for 4.4 to 4.7, "Bộ Tài chính (Tổng cục Hải quan)" for 4.15);</li>
 *   <li>and only when the indicator is measured for the period's type (1.1 is quarterly, the ranks 5.x only yearly) and is not a
 *       heading whose values are reported by its sub-indicators (1.7 by 1.7.1 and 1.7.2, 3.5 by 3.5.1 to 3.5.3).</li>
 * </ul>
 * Indicators measured nationally by the centre alone (broadband coverage, international ranks) are expected from nobody.
 */
public final class ExpectedIndicators {

    private static final String LOCALITIES = "địa phương";
    private static final String ALL_MINISTRIES = "bộ, ngành";

    private final IndicatorCatalog catalog;
    private final Set<String> headings;

    public ExpectedIndicators(IndicatorCatalog catalog) {
        this.catalog = catalog;
        this.headings = catalog.indicators().stream().map(Indicator::parent).filter(p -> p != null).collect(Collectors.toSet());
    }

    /** The indicators this unit reports for this period, in catalog order. */
    public List<Indicator> of(ReportingUnit unit, Period period) {
        return catalog.indicators().stream().filter(i -> expected(i, unit, period)).toList();
    }

    /** The indicators at least one of these units reports for the period, in catalog order: the grid's columns. */
    public List<Indicator> ofAny(List<ReportingUnit> units, Period period) {
        return catalog.indicators().stream().filter(i -> units.stream().anyMatch(u -> expected(i, u, period))).toList();
    }

    public boolean expected(Indicator indicator, ReportingUnit unit, Period period) {
        if (!indicator.allows(period.type()) || headings.contains(indicator.code()) || indicator.coordinatingBodies() == null) {
            return false;
        }
        String bodies = key(indicator.coordinatingBodies());
        return switch (unit.kind()) {
            case PROVINCE -> bodies.contains(LOCALITIES);
            case MINISTRY -> bodies.contains(ALL_MINISTRIES)
                    || Stream.concat(Stream.of(unit.name()), unit.aliases().stream()).map(ExpectedIndicators::key).anyMatch(bodies::contains);
            case AGENCY -> false;
        };
    }

    /** NFC and lower case, so "Bộ, ngành" and an NFD "bộ, ngành" compare equal. */
    private static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.forLanguageTag("vi"));
    }
}
