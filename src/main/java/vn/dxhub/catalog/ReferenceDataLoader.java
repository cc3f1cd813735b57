package vn.dxhub.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.dxhub.lint.LintException;
import vn.dxhub.lint.LintProblem;

/** Reads the reference data and refuses it, with every problem of every file, when anything is wrong. */
public final class ReferenceDataLoader {

    private ReferenceDataLoader() {}

    public static ReferenceData load(Path mappingsDir) {
        List<LintProblem> problems = new ArrayList<>();
        IndicatorCatalog catalog = new CatalogReader(mappingsDir, problems).read();
        ReportingUnits units = new UnitsReader(mappingsDir, problems).read();
        ReportingCalendar calendar = new CalendarReader(mappingsDir, problems).read();
        if (!problems.isEmpty()) {
            throw new LintException("Dữ liệu tham chiếu trong " + mappingsDir + " có lỗi / reference data has mistakes", problems);
        }
        return new ReferenceData(catalog, units, calendar);
    }
}
