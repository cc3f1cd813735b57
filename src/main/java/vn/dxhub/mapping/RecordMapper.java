package vn.dxhub.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dxhub.catalog.Indicator;
import vn.dxhub.catalog.Period;
import vn.dxhub.catalog.PeriodWindow;
import vn.dxhub.catalog.ReferenceData;
import vn.dxhub.catalog.ReportingUnit;
import vn.dxhub.mapping.convert.ConversionResult;
import vn.dxhub.mapping.convert.PeriodExpressions;
import vn.dxhub.mapping.convert.PeriodIntervals;
import vn.dxhub.mapping.convert.ReportStatus;
import vn.dxhub.mapping.convert.TextNormalizer;
import vn.dxhub.mapping.convert.VietnameseNumbers;
import vn.dxhub.observation.Observation;
import vn.dxhub.observation.ObservationSource;
import vn.dxhub.observation.ObservationStatus;
import vn.dxhub.validation.Problem;

/**
 * Applies a {@code records} mapping to one source record: extracts each field, converts Vietnamese
 * numbers, periods (also ISO 8601 intervals, by the reporting calendar) and statuses, crosswalks codes, resolves the unit for the period, and reports every
 * field it could not read instead of stopping at the first.
 */
public final class RecordMapper {

    private final Mapping mapping;
    private final ReferenceData reference;
    private final FieldReader reader;
    private final UnitResolver unitResolver;

    public RecordMapper(Mapping mapping, ReferenceData reference) {
        this.mapping = mapping;
        this.reference = reference;
        this.reader = PayloadFormats.of(mapping.format()).newReader();
        this.unitResolver = new UnitResolver(reference.units());
    }

    /** Maps one record; a record its format already refused is not mapped, and its reasons are kept. */
    public MappedRecord map(SourceRecord record, String locator, SourceContext source) {
        if (record.isRefused()) {
            return new MappedRecord(null, record.refusal(), reader.fragment(record.data()), locator);
        }
        List<Problem> problems = new ArrayList<>();
        String recordId = mapping.recordId() == null ? null : raw(record, mapping.recordId());
        Optional<Period> period = period(record, problems);
        Optional<Indicator> indicator = indicator(record, problems);
        Optional<ReportingUnit> unit = period.flatMap(p -> unit(record, reference.calendar().windowOf(p), problems));
        BigDecimal value = number(record, "value", problems);
        BigDecimal numerator = number(record, "numerator", problems);
        BigDecimal denominator = number(record, "denominator", problems);
        ObservationStatus status = status(record, problems);
        String unitOfMeasure = Optional.ofNullable(mapping.field("unitOfMeasure")).map(spec -> raw(record, spec))
                .orElse(indicator.map(i -> i.unitOfMeasure().code()).orElse(null));
        String fragment = reader.fragment(record.data());
        if (!problems.isEmpty() || indicator.isEmpty() || period.isEmpty() || unit.isEmpty()) {
            return new MappedRecord(null, problems, fragment, locator);
        }
        Observation observation = new Observation(indicator.get().code(), unit.get().id(), period.get().id(), value, unitOfMeasure,
                numerator, denominator, status, null,
                new ObservationSource(source.system(), source.connectorId(), recordId, source.fetchedAt(), source.payloadSha256()));
        return new MappedRecord(observation, List.of(), fragment, locator);
    }

    private Optional<Period> period(SourceRecord record, List<Problem> problems) {
        String raw = raw(record, mapping.field("period"));
        if (raw == null) {
            problems.add(missing("period"));
            return Optional.empty();
        }
        ConversionResult<String> id = PeriodIntervals.isInterval(raw) ? PeriodIntervals.parse(raw, reference.calendar()) : PeriodExpressions.parse(raw);
        if (!id.isOk()) {
            problems.add(new Problem("period", raw, id.messageVi(), id.messageEn()));
            return Optional.empty();
        }
        return Period.parse(id.value());
    }

    private Optional<Indicator> indicator(SourceRecord record, List<Problem> problems) {
        Mapping.FieldSpec spec = mapping.field("indicator");
        String raw = raw(record, spec);
        if (raw == null) {
            problems.add(missing("indicator"));
            return Optional.empty();
        }
        String code = spec.crosswalk() == null ? raw.strip() : mapping.crosswalks().get(spec.crosswalk()).get(raw.strip());
        if (code == null) {
            problems.add(new Problem("indicator", raw, "mã chỉ tiêu nguồn không có trong bảng chuyển mã '" + spec.crosswalk() + "'",
                    "source indicator code is not in crosswalk '" + spec.crosswalk() + "'"));
            return Optional.empty();
        }
        Optional<Indicator> indicator = reference.catalog().find(code);
        if (indicator.isEmpty()) {
            problems.add(new Problem("indicator", raw, "chỉ tiêu không có trong danh mục", "unknown indicator"));
        }
        return indicator;
    }

    private Optional<ReportingUnit> unit(SourceRecord record, PeriodWindow window, List<Problem> problems) {
        Mapping.FieldSpec spec = mapping.field("reportingUnit");
        String raw = raw(record, spec);
        if (raw == null) {
            problems.add(missing("reportingUnit"));
            return Optional.empty();
        }
        String how = spec.convert() == null ? "unit-id" : spec.convert();
        Optional<ReportingUnit> unit = switch (how) {
            case "province-code" -> unitResolver.byCode(raw, window);
            case "unit-name" -> unitResolver.byName(raw, window);
            default -> unitResolver.byId(raw, window);
        };
        if (unit.isEmpty()) {
            problems.add(new Problem("reportingUnit", raw, "không tìm thấy đơn vị có hiệu lực trong kỳ " + window.period(),
                    "no reporting unit valid in " + window.period() + " matches"));
        }
        return unit;
    }

    private BigDecimal number(SourceRecord record, String field, List<Problem> problems) {
        Mapping.FieldSpec spec = mapping.field(field);
        if (spec == null) {
            return null;
        }
        BigDecimal typed = spec.path() == null ? null : reader.readNumber(spec.from() != null ? record.data() : record.document(), spec.path());
        if (typed != null) {
            return typed;
        }
        String raw = raw(record, spec);
        if (raw == null || raw.isBlank()) {
            if (!spec.optional()) {
                problems.add(missing(field));
            }
            return null;
        }
        ConversionResult<BigDecimal> number = VietnameseNumbers.parse(raw);
        if (!number.isOk()) {
            problems.add(new Problem(field, raw, number.messageVi(), number.messageEn()));
            return null;
        }
        return number.value();
    }

    private ObservationStatus status(SourceRecord record, List<Problem> problems) {
        Mapping.FieldSpec spec = mapping.field("status");
        String raw = spec == null ? null : raw(record, spec);
        if (raw == null || raw.isBlank()) {
            return ObservationStatus.OFFICIAL;
        }
        ConversionResult<ObservationStatus> status = ReportStatus.parse(raw);
        if (!status.isOk()) {
            problems.add(new Problem("status", raw, status.messageVi(), status.messageEn()));
            return null;
        }
        return status.value();
    }

    /** The field's text: the constant, or the value at its path in the record or the document (NFC), or its default. */
    private String raw(SourceRecord record, Mapping.FieldSpec spec) {
        if (spec == null) {
            return null;
        }
        if (spec.constant() != null) {
            return spec.constant();
        }
        String value = spec.from() != null ? reader.read(record.data(), spec.from()) : reader.read(record.document(), spec.fromDocument());
        if (value == null || value.isBlank()) {
            return spec.defaultValue();
        }
        ConversionResult<String> nfc = TextNormalizer.nfc(value);
        return nfc.isOk() ? nfc.value() : value;
    }

    private static Problem missing(String field) {
        return new Problem(field, null, "thiếu giá trị", "missing value");
    }
}
