package vn.dxhub.catalog;

import static vn.dxhub.catalog.Nodes.text;
import static vn.dxhub.catalog.Nodes.texts;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dxhub.lint.LintProblem;
import vn.dxhub.lint.SchemaLinter;

/** Reads and checks the provinces (with validity dates and successors) and the ministries/agencies. */
final class UnitsReader {

    static final String UNITS = "catalog/units.yaml";
    static final String AGENCIES = "catalog/agencies.yaml";

    private final Path dir;
    private final List<LintProblem> problems;

    UnitsReader(Path dir, List<LintProblem> problems) {
        this.dir = dir;
        this.problems = problems;
    }

    ReportingUnits read() {
        Map<String, String> pathById = new HashMap<>();
        List<ReportingUnit> units = new ArrayList<>();
        SchemaLinter.forResource("lint/units.schema.json").read(dir.resolve(UNITS), UNITS, problems).ifPresent(linted -> {
            JsonNode rows = linted.root().get("units");
            for (int i = 0; i < rows.size(); i++) {
                String path = "$.units[" + i + "]";
                if (linted.isClean(path)) {
                    register(province(rows.get(i), path), UNITS + " " + path, pathById, units);
                }
            }
        });
        SchemaLinter.forResource("lint/agencies.schema.json").read(dir.resolve(AGENCIES), AGENCIES, problems).ifPresent(linted -> {
            JsonNode rows = linted.root().get("agencies");
            for (int i = 0; i < rows.size(); i++) {
                String path = "$.agencies[" + i + "]";
                if (!linted.isClean(path)) {
                    continue;
                }
                JsonNode row = rows.get(i);
                Nodes.checkNfc(AGENCIES, row, path, problems, "name", "shortName");
                List<String> aliases = text(row, "shortName") == null ? List.of() : List.of(text(row, "shortName"));
                ReportingUnit agency = new ReportingUnit(text(row, "id"), text(row, "id"), text(row, "name"), null,
                        ReportingUnit.Kind.fromCode(text(row, "kind")), null, null, null, text(row, "parent"), aliases);
                register(agency, AGENCIES + " " + path, pathById, units);
            }
        });
        checkSuccessors(units, pathById);
        return new ReportingUnits(units);
    }

    private ReportingUnit province(JsonNode row, String path) {
        Nodes.checkNfc(UNITS, row, path, problems, "name");
        LocalDate from = date(row, path, "validFrom");
        LocalDate to = date(row, path, "validTo");
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new LintProblem(UNITS, path + ".validTo", "ngày kết thúc " + to + " trước ngày bắt đầu " + from + " / ends before it starts"));
        }
        return new ReportingUnit(text(row, "id"), text(row, "code"), text(row, "name"), text(row, "prefix"),
                ReportingUnit.Kind.PROVINCE, from, to, text(row, "successor"), null, texts(row, "aliases"));
    }

    private void register(ReportingUnit unit, String where, Map<String, String> pathById, List<ReportingUnit> units) {
        String earlier = pathById.putIfAbsent(unit.id(), where);
        if (earlier != null) {
            String[] fileAndPath = where.split(" ", 2);
            problems.add(new LintProblem(fileAndPath[0], fileAndPath[1] + ".id",
                    "mã đơn vị '" + unit.id() + "' đã dùng ở " + earlier + " / unit id already used"));
            return;
        }
        units.add(unit);
    }

    private void checkSuccessors(List<ReportingUnit> units, Map<String, String> pathById) {
        Map<String, ReportingUnit> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        for (ReportingUnit unit : units) {
            if (unit.successor() == null) {
                continue;
            }
            String path = pathById.get(unit.id()).substring(UNITS.length() + 1) + ".successor";
            ReportingUnit next = byId.get(unit.successor());
            if (next == null) {
                problems.add(new LintProblem(UNITS, path, "đơn vị kế thừa '" + unit.successor() + "' không có trong danh mục / unknown successor"));
            } else if (unit.validTo() == null || next.validFrom() == null || !next.validFrom().equals(unit.validTo().plusDays(1))) {
                problems.add(new LintProblem(UNITS, path, "đơn vị kế thừa '" + unit.successor()
                        + "' phải có hiệu lực từ ngày sau validTo của đơn vị này / successor must start the day after this unit ends"));
            }
        }
    }

    private LocalDate date(JsonNode row, String path, String field) {
        String raw = text(row, field);
        try {
            return raw == null ? null : LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            problems.add(new LintProblem(UNITS, path + "." + field, "'" + raw + "' không phải ngày yyyy-MM-dd / not a date"));
            return null;
        }
    }

}
