package vn.dxhub.mapping;

import java.util.List;
import java.util.Set;
import vn.dxhub.catalog.IndicatorCatalog;
import vn.dxhub.lint.LintProblem;

/** The checks a mapping must pass beyond its structure: known fields, paths that compile, crosswalks and indicators that exist. */
final class MappingChecks {

    private final String file;
    private final IndicatorCatalog catalog;
    private final List<LintProblem> problems;

    MappingChecks(String file, IndicatorCatalog catalog, List<LintProblem> problems) {
        this.file = file;
        this.catalog = catalog;
        this.problems = problems;
    }

    void check(Mapping m) {
        boolean records = m.type() == Mapping.Type.RECORDS;
        Set<String> known = records ? MappingLoader.RECORD_FIELDS : MappingLoader.DOSSIER_FIELDS;
        Set<String> required = records ? MappingLoader.REQUIRED_RECORD_FIELDS : MappingLoader.REQUIRED_DOSSIER_FIELDS;
        m.fields().keySet().stream().filter(f -> !known.contains(f)).forEach(f ->
                problem("$.fields." + f, "trường đích không có trong lược đồ chung; dùng một trong " + known + " / unknown target field"));
        required.stream().filter(f -> !m.fields().containsKey(f)).forEach(f ->
                problem("$.fields", "thiếu trường bắt buộc '" + f + "' / required field missing"));
        PayloadFormat format = PayloadFormats.of(m.format());
        if (m.records() != null) {
            pathProblem("$.records", m.records(), format);
        }
        if (m.format() == Mapping.Format.FHIR && m.records() != null) {
            problem("$.records", "mapping fhir không dùng records: mỗi nhóm (group) của mỗi MeasureReport là một bản ghi / a fhir mapping has "
                    + "one record per MeasureReport group and no records path");
        }
        if (!records && m.format() != Mapping.Format.JSON) {
            problem("$.format", "mapping hồ sơ (dossiers) đọc JSON / a dossiers mapping reads json");
        }
        if (m.format() == Mapping.Format.TABLE) {
            checkTable(m);
        }
        m.fields().forEach((name, spec) -> checkField("$.fields." + name, spec, m));
        if (m.recordId() != null) {
            checkField("$.recordId", m.recordId(), m);
        }
        m.crosswalks().forEach((name, table) -> {
            if (isIndicatorCrosswalk(name, m)) {
                table.forEach((from, to) -> {
                    if (catalog.find(to).isEmpty()) {
                        problem("$.crosswalks." + name + "." + from, "chỉ tiêu '" + to + "' không có trong danh mục / not in the catalog");
                    }
                });
            }
        });
        m.indicators().forEach((aggregate, code) -> {
            if (catalog.find(code).isEmpty()) {
                problem("$.indicators." + aggregate, "chỉ tiêu '" + code + "' không có trong danh mục / not in the catalog");
            }
        });
        if (!records && m.indicators().isEmpty()) {
            problem("$.indicators", "mapping hồ sơ cần ít nhất một chỉ tiêu tổng hợp / a dossier mapping needs at least one aggregate");
        }
        for (int i = 0; i < m.rules().size(); i++) {
            Mapping.Rule rule = m.rules().get(i);
            for (String code : rule.indicators()) {
                if (!"*".equals(code) && catalog.find(code).isEmpty()) {
                    problem("$.rules[" + i + "].indicators", "chỉ tiêu '" + code + "' không có trong danh mục / not in the catalog");
                }
            }
            if (rule.min() != null && rule.max() != null && rule.min().compareTo(rule.max()) > 0) {
                problem("$.rules[" + i + "]", "min lớn hơn max / min is greater than max");
            }
        }
    }

    /** A table's records are its data rows, found from the layout: no records path, and the value is read from a column. */
    private void checkTable(Mapping m) {
        if (m.records() != null) {
            problem("$.records", "format table không dùng records: các dòng dưới dòng tiêu đề là bản ghi, bố cục khai báo ở table: "
                    + "/ a table mapping has no records path; its data rows are the records and its layout goes under table:");
        }
        Mapping.FieldSpec value = m.field("value");
        if (value != null && value.from() == null) {
            problem("$.fields.value", "với format table, value phải đọc từ một cột (from: tên cột): dòng có giá trị ở cột đó mới là bản ghi "
                    + "/ a table mapping reads value from a column (from), which decides which rows are records");
        }
        Mapping.FieldSpec indicator = m.field("indicator");
        if (m.table().headerColumns().isEmpty() && indicator != null && indicator.from() == null) {
            problem("$.table.headerRow", "khi chỉ tiêu không đọc từ cột, cần table.headerRow.contains để tìm dòng tiêu đề "
                    + "/ when the indicator is not read from a column, table.headerRow.contains must say how to find the header row");
        }
    }

    /** The converters each target field can use; any other is refused rather than silently ignored. */
    private static final java.util.Map<String, Set<String>> CONVERTERS = java.util.Map.ofEntries(
            java.util.Map.entry("indicator", Set.of("text")),
            java.util.Map.entry("reportingUnit", Set.of("province-code", "unit-name", "unit-id")),
            java.util.Map.entry("period", Set.of("period")),
            java.util.Map.entry("value", Set.of("number")),
            java.util.Map.entry("numerator", Set.of("number")),
            java.util.Map.entry("denominator", Set.of("number")),
            java.util.Map.entry("status", Set.of("status")),
            java.util.Map.entry("unitOfMeasure", Set.of("text")),
            java.util.Map.entry("unit", Set.of("text", "province-code")),
            java.util.Map.entry("submittedAt", Set.of("date", "datetime")),
            java.util.Map.entry("dueDate", Set.of("date", "datetime")),
            java.util.Map.entry("resolvedAt", Set.of("date", "datetime")),
            java.util.Map.entry("channel", Set.of("text")),
            java.util.Map.entry("fullyOnline", Set.of("boolean")),
            java.util.Map.entry("service", Set.of("text")));

    private void checkField(String path, Mapping.FieldSpec spec, Mapping m) {
        String field = path.substring(path.lastIndexOf('.') + 1);
        Set<String> allowed = CONVERTERS.get(field);
        if (spec.convert() != null && allowed != null && !allowed.contains(spec.convert())) {
            problem(path + ".convert", "trường '" + field + "' không dùng bộ chuyển đổi '" + spec.convert() + "'; dùng " + allowed
                    + " / converter not usable for this field");
        }
        PayloadFormat format = PayloadFormats.of(m.format());
        if (spec.from() != null) {
            pathProblem(path + ".from", spec.from(), format);
        }
        if (spec.fromDocument() != null) {
            pathProblem(path + ".fromDocument", spec.fromDocument(), format);
        }
        if (spec.crosswalk() != null && !m.crosswalks().containsKey(spec.crosswalk())) {
            problem(path + ".crosswalk", "không có bảng chuyển mã '" + spec.crosswalk() + "' trong crosswalks / unknown crosswalk");
        }
    }

    private static boolean isIndicatorCrosswalk(String name, Mapping m) {
        Mapping.FieldSpec indicator = m.fields().get("indicator");
        return indicator != null && name.equals(indicator.crosswalk());
    }

    private void pathProblem(String where, String path, PayloadFormat format) {
        String problem = format.pathProblem(path);
        if (problem != null) {
            problem(where, problem);
        }
    }

    private void problem(String path, String message) {
        problems.add(new LintProblem(file, path, message));
    }
}
