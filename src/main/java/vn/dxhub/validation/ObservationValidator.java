package vn.dxhub.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.dxhub.catalog.Indicator;
import vn.dxhub.catalog.IndicatorCatalog;
import vn.dxhub.catalog.Period;
import vn.dxhub.catalog.PeriodWindow;
import vn.dxhub.catalog.ReportingCalendar;
import vn.dxhub.catalog.ReportingUnit;
import vn.dxhub.catalog.ReportingUnits;
import vn.dxhub.catalog.UnitOfMeasure;
import vn.dxhub.observation.Observation;

/**
 * Checks an observation against the common schema and the reference data and returns every
 * problem found (an empty list means valid). It never throws on bad input.
 */
public final class ObservationValidator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private final SchemaProblems schema;
    private final IndicatorCatalog catalog;
    private final ReportingUnits units;
    private final ReportingCalendar calendar;

    public ObservationValidator(Path schemaFile, IndicatorCatalog catalog, ReportingUnits units, ReportingCalendar calendar) {
        this.schema = new SchemaProblems(schemaFile);
        this.catalog = catalog;
        this.units = units;
        this.calendar = calendar;
    }

    public List<Problem> validate(Observation observation) {
        return validate(json.valueToTree(observation));
    }

    /** Validates a record in the common schema's JSON form, as the file import and the national push carry it. */
    public List<Problem> validate(JsonNode record) {
        List<Problem> problems = new ArrayList<>(schema.check(record));
        Set<String> flagged = new HashSet<>();
        problems.forEach(p -> flagged.add(p.field()));
        Optional<Indicator> indicator = checkIndicator(record, flagged, problems);
        Optional<PeriodWindow> window = checkPeriod(record, indicator, flagged, problems);
        checkUnit(record, window, flagged, problems);
        indicator.ifPresent(i -> checkValue(record, i, flagged, problems));
        checkNumeratorWithinDenominator(record, flagged, problems);
        return problems;
    }

    private Optional<Indicator> checkIndicator(JsonNode record, Set<String> flagged, List<Problem> problems) {
        String code = text(record, "indicator");
        if (code == null || flagged.contains("indicator")) {
            return Optional.empty();
        }
        Optional<Indicator> indicator = catalog.find(code);
        if (indicator.isEmpty()) {
            problems.add(new Problem("indicator", code, "chỉ tiêu không có trong danh mục", "unknown indicator"));
        }
        return indicator;
    }

    private Optional<PeriodWindow> checkPeriod(JsonNode record, Optional<Indicator> indicator, Set<String> flagged, List<Problem> problems) {
        String id = text(record, "period");
        if (id == null || flagged.contains("period")) {
            return Optional.empty();
        }
        Optional<Period> period = Period.parse(id);
        if (period.isEmpty()) {
            problems.add(new Problem("period", id, "kỳ báo cáo sai định dạng (2025, 2025S1, 2025Q3, 2025-09)",
                    "malformed period id (2025, 2025S1, 2025Q3, 2025-09)"));
            return Optional.empty();
        }
        indicator.filter(i -> !i.allows(period.get().type())).ifPresent(i -> problems.add(new Problem("period", id,
                "chỉ tiêu " + i.code() + " không báo cáo theo " + period.get().type().labelVi() + " (cho phép: " + i.periodTypes() + ")",
                "indicator " + i.code() + " is not reported per " + period.get().type().code() + " (allowed: " + i.periodTypes() + ")")));
        return Optional.of(calendar.windowOf(period.get()));
    }

    private void checkUnit(JsonNode record, Optional<PeriodWindow> window, Set<String> flagged, List<Problem> problems) {
        String id = text(record, "reportingUnit");
        if (id == null || flagged.contains("reportingUnit")) {
            return;
        }
        Optional<ReportingUnit> unit = units.find(id);
        if (unit.isEmpty()) {
            problems.add(new Problem("reportingUnit", id, "đơn vị báo cáo không có trong danh mục", "unknown reporting unit"));
        } else if (window.isPresent() && !unit.get().validDuring(window.get())) {
            PeriodWindow w = window.get();
            problems.add(new Problem("reportingUnit", id,
                    unit.get().fullName() + " không còn/chưa có hiệu lực trong kỳ " + w.period() + " (" + w.from() + " đến " + w.to() + ")"
                            + (unit.get().successor() == null ? "" : "; dùng đơn vị kế thừa " + unit.get().successor()),
                    "reporting unit is not valid during " + w.period() + " (" + w.from() + " to " + w.to() + ")"));
        }
    }

    private void checkValue(JsonNode record, Indicator indicator, Set<String> flagged, List<Problem> problems) {
        String declared = text(record, "unitOfMeasure");
        if (declared != null && !flagged.contains("unitOfMeasure") && !declared.equals(indicator.unitOfMeasure().code())) {
            problems.add(new Problem("unitOfMeasure", declared,
                    "đơn vị tính khác danh mục: chỉ tiêu " + indicator.code() + " tính theo " + indicator.unitOfMeasure().code(),
                    "unit of measure differs from the catalog: indicator " + indicator.code() + " is measured in " + indicator.unitOfMeasure().code()));
        }
        BigDecimal value = number(record, "value", flagged);
        if (value == null) {
            return;
        }
        UnitOfMeasure unit = indicator.unitOfMeasure();
        if (unit == UnitOfMeasure.PERCENT && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
            problems.add(new Problem("value", value.toPlainString(), "tỷ lệ phần trăm phải từ 0 đến 100", "percent must be between 0 and 100"));
        } else if (unit == UnitOfMeasure.COUNT && value.signum() < 0) {
            problems.add(new Problem("value", value.toPlainString(), "số lượng không được âm", "a count cannot be negative"));
        } else if (unit == UnitOfMeasure.RANK && value.compareTo(BigDecimal.ONE) < 0) {
            problems.add(new Problem("value", value.toPlainString(), "thứ hạng phải từ 1 trở lên", "a rank starts at 1"));
        }
    }

    private void checkNumeratorWithinDenominator(JsonNode record, Set<String> flagged, List<Problem> problems) {
        BigDecimal numerator = number(record, "numerator", flagged);
        BigDecimal denominator = number(record, "denominator", flagged);
        if (numerator != null && denominator != null && numerator.compareTo(denominator) > 0) {
            problems.add(new Problem("numerator", numerator.toPlainString(),
                    "tử số lớn hơn mẫu số (" + denominator.toPlainString() + ")",
                    "numerator is greater than the denominator (" + denominator.toPlainString() + ")"));
        }
    }

    private static String text(JsonNode record, String field) {
        JsonNode node = record.get(field);
        return node == null || node.isNull() || !node.isValueNode() ? null : node.asText();
    }

    private static BigDecimal number(JsonNode record, String field, Set<String> flagged) {
        JsonNode node = record.get(field);
        return node == null || !node.isNumber() || flagged.contains(field) ? null : node.decimalValue();
    }
}
