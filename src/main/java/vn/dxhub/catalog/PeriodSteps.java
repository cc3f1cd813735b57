package vn.dxhub.catalog;

import java.util.ArrayList;
import java.util.List;

/** Stepping through period ids: the previous period of the same type, and the quarters between two quarters. */
public final class PeriodSteps {

    private PeriodSteps() {}

    public static Period previous(Period p) {
        return switch (p.type()) {
            case YEAR -> new Period(PeriodType.YEAR, p.year() - 1, 0);
            case HALF -> p.index() == 1 ? new Period(PeriodType.HALF, p.year() - 1, 2) : new Period(PeriodType.HALF, p.year(), 1);
            case QUARTER -> p.index() == 1 ? Period.quarter(p.year() - 1, 4) : Period.quarter(p.year(), p.index() - 1);
            case MONTH -> p.index() == 1 ? new Period(PeriodType.MONTH, p.year() - 1, 12) : new Period(PeriodType.MONTH, p.year(), p.index() - 1);
        };
    }

    public static Period nextQuarter(Period q) {
        return q.index() == 4 ? Period.quarter(q.year() + 1, 1) : Period.quarter(q.year(), q.index() + 1);
    }

    /** Quarters from {@code first} to {@code last}, both included; empty when first is after last. */
    public static List<Period> quarters(Period first, Period last) {
        List<Period> all = new ArrayList<>();
        for (Period q = first; q.compareTo(last) <= 0 && all.size() < 400; q = nextQuarter(q)) {
            all.add(q);
        }
        return all;
    }
}
