package vn.dxhub.catalog;

import static vn.dxhub.catalog.Nodes.text;
import static vn.dxhub.catalog.Nodes.texts;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.dxhub.lint.LintProblem;
import vn.dxhub.lint.SchemaLinter;

/** Reads and checks the indicator catalog and the target lists linked to it. */
final class CatalogReader {

    static final String INDICATORS = "catalog/indicators.yaml";
    static final String SERVICE_INDICATORS = "catalog/service-indicators.yaml";
    static final String PLAN_2025 = "catalog/plan-2025-indicators.yaml";
    static final String QD_2629 = "catalog/qd2629-targets.yaml";
    private static final Set<String> LEGAL_BASES = Set.of("QĐ 942", "QĐ 749", "QĐ 766");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Path dir;
    private final List<LintProblem> problems;

    CatalogReader(Path dir, List<LintProblem> problems) {
        this.dir = dir;
        this.problems = problems;
    }

    IndicatorCatalog read() {
        List<IndicatorGroup> groups = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        List<String[]> origins = new ArrayList<>();
        for (String file : List.of(INDICATORS, SERVICE_INDICATORS)) {
            readIndicators(file, groups, indicators, origins);
        }
        checkReferences(groups, indicators, origins);
        Set<String> codes = new HashSet<>();
        indicators.forEach(i -> codes.add(i.code()));
        List<LinkedTarget> targets = new ArrayList<>();
        targets.addAll(planTargets(codes));
        targets.addAll(programmeTargets(codes));
        return new IndicatorCatalog(groups, indicators, targets);
    }

    /** The rows of a top-level list, or none when the list itself broke the schema. */
    private static JsonNode rows(SchemaLinter.Linted linted, String field) {
        return linted.isClean("$." + field) ? linted.root().get(field) : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    /** Reads one indicator file; {@code origins} gets the file and path of each indicator for later messages. */
    private void readIndicators(String file, List<IndicatorGroup> groups, List<Indicator> indicators, List<String[]> origins) {
        SchemaLinter.forResource("lint/indicators.schema.json").read(dir.resolve(file), file, problems)
                .ifPresent(linted -> {
                    rows(linted, "groups").forEach(g -> groups.add(new IndicatorGroup(text(g, "code"), text(g, "nameVi"), text(g, "nameEn"))));
                    JsonNode rows = linted.root().get("indicators");
                    for (int i = 0; i < rows.size(); i++) {
                        String path = "$.indicators[" + i + "]";
                        if (linted.isClean(path)) {
                            indicators.add(indicator(file, rows.get(i), path));
                            origins.add(new String[] {file, path});
                        }
                    }
                });
    }

    private Indicator indicator(String file, JsonNode row, String path) {
        UnitOfMeasure unit = UnitOfMeasure.fromCode(text(row, "unitOfMeasure"));
        Set<PeriodType> periodTypes = EnumSet.noneOf(PeriodType.class);
        texts(row, "periodTypes").forEach(t -> periodTypes.add(PeriodType.fromCode(t)));
        List<String> legalBasis = legalBasis(file, text(row, "legalBasis"), path);
        Nodes.checkNfc(file, row, path, problems, "nameVi", "nameEn", "measuringUnit", "coordinatingBodies");
        return new Indicator(text(row, "code"), text(row, "group"), text(row, "parent"), text(row, "nameVi"), text(row, "nameEn"),
                unit, Direction.fromCode(text(row, "direction")), periodTypes,
                figure(file, row, path, "baseline2022", unit), figure(file, row, path, "plan2023", unit),
                figure(file, row, path, "plan2024", unit), figure(file, row, path, "target2025", unit),
                legalBasis, text(row, "measuringUnit"), text(row, "coordinatingBodies"), text(row, "note"));
    }

    private Bound figure(String file, JsonNode row, String path, String field, UnitOfMeasure unit) {
        String raw = text(row, field);
        if (raw == null) {
            return null;
        }
        Bound bound = Bound.parse(raw).orElse(null);
        String where = path + "." + field;
        if (bound == null) {
            problem(file, where, "'" + raw + "' không phải số liệu hay ngưỡng (ví dụ \"60%\", \"≥ 80%\", \"Top 50\") / is not a figure or bound");
        } else if (unit == UnitOfMeasure.PERCENT && (!bound.percent() || bound.value().compareTo(HUNDRED) > 0)) {
            problem(file, where, "'" + raw + "': chỉ tiêu tính theo % cần giá trị từ 0% đến 100% / a percent indicator needs a value 0%..100%");
        } else if (unit != UnitOfMeasure.PERCENT && bound.percent()) {
            problem(file, where, "'" + raw + "': đơn vị tính là " + unit.code() + ", không phải % / unit of measure is " + unit.code() + ", not percent");
        } else if (bound.comparison() == Bound.Comparison.TOP && unit != UnitOfMeasure.RANK) {
            problem(file, where, "'" + raw + "': \"Top N\" chỉ dùng cho thứ hạng / \"Top N\" is for ranks only");
        }
        return bound;
    }

    private List<String> legalBasis(String file, String raw, String path) {
        if (raw == null) {
            return List.of();
        }
        List<String> parts = List.of(raw.split("\\s*;\\s*"));
        parts.stream().filter(p -> !LEGAL_BASES.contains(p)).forEach(p ->
                problem(file, path + ".legalBasis", "'" + p + "' không phải căn cứ đã biết " + LEGAL_BASES + " / unknown legal basis"));
        return parts;
    }

    private void checkReferences(List<IndicatorGroup> groups, List<Indicator> indicators, List<String[]> origins) {
        Set<String> groupCodes = new HashSet<>();
        groups.forEach(g -> groupCodes.add(g.code()));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator ind = indicators.get(i);
            String file = origins.get(i)[0];
            String path = origins.get(i)[1];
            if (!seen.add(ind.code())) {
                problem(file, path + ".code", "mã '" + ind.code() + "' bị trùng / duplicate code");
            }
            if (!groupCodes.contains(ind.group())) {
                problem(file, path + ".group", "nhóm '" + ind.group() + "' không có trong groups / unknown group");
            } else if (!ind.code().startsWith(ind.group() + ".")) {
                problem(file, path + ".group", "mã '" + ind.code() + "' không thuộc nhóm '" + ind.group() + "' / code is not in its group");
            }
            if (ind.parent() != null && (!seen.contains(ind.parent()) || !ind.code().startsWith(ind.parent() + "."))) {
                problem(file, path + ".parent", "chỉ tiêu cha '" + ind.parent() + "' không đứng trước hoặc không phải tiền tố của '"
                        + ind.code() + "' / parent must be listed earlier and prefix the code");
            }
        }
    }

    private List<LinkedTarget> planTargets(Set<String> codes) {
        List<LinkedTarget> targets = new ArrayList<>();
        SchemaLinter.forResource("lint/plan-targets.schema.json").read(dir.resolve(PLAN_2025), PLAN_2025, problems).ifPresent(linted -> {
            JsonNode root = linted.root();
            JsonNode rows = root.get("indicators");
            for (int i = 0; i < rows.size(); i++) {
                JsonNode row = rows.get(i);
                String path = "$.indicators[" + i + "]";
                if (!linted.isClean(path)) {
                    continue;
                }
                checkLink(PLAN_2025, path, text(row, "linkedIndicator"), codes);
                Nodes.checkNfc(PLAN_2025, row, path, problems, "nameVi");
                List<LinkedTarget.DatedTarget> dated = text(row, "target") == null ? List.of()
                        : List.of(new LinkedTarget.DatedTarget(2025, text(row, "target")));
                targets.add(new LinkedTarget(text(row, "code"), text(root, "source"), text(row, "nameVi"), text(row, "nameEn"),
                        dated, text(row, "linkedIndicator"), text(row, "note")));
            }
        });
        return targets;
    }

    private List<LinkedTarget> programmeTargets(Set<String> codes) {
        List<LinkedTarget> targets = new ArrayList<>();
        SchemaLinter.forResource("lint/programme-targets.schema.json").read(dir.resolve(QD_2629), QD_2629, problems).ifPresent(linted -> {
            JsonNode root = linted.root();
            JsonNode rows = root.get("targets");
            for (int i = 0; i < rows.size(); i++) {
                JsonNode row = rows.get(i);
                String path = "$.targets[" + i + "]";
                if (!linted.isClean(path)) {
                    continue;
                }
                checkLink(QD_2629, path, text(row, "linkedIndicator"), codes);
                Nodes.checkNfc(QD_2629, row, path, problems, "nameVi");
                List<LinkedTarget.DatedTarget> dated = new ArrayList<>();
                addIfPresent(dated, 2027, text(row, "target2027"));
                addIfPresent(dated, 2030, text(row, "target2030"));
                targets.add(new LinkedTarget(text(row, "code"), text(root, "source"), text(row, "nameVi"), text(row, "nameEn"),
                        dated, text(row, "linkedIndicator"), text(row, "note")));
            }
        });
        return targets;
    }

    private static void addIfPresent(List<LinkedTarget.DatedTarget> dated, int year, String figure) {
        if (figure != null) {
            dated.add(new LinkedTarget.DatedTarget(year, figure));
        }
    }

    private void checkLink(String file, String path, String linked, Set<String> codes) {
        if (linked != null && !codes.isEmpty() && !codes.contains(linked)) {
            problem(file, path + ".linkedIndicator", "chỉ tiêu '" + linked + "' không có trong danh mục / not in the indicator catalog");
        }
    }

    private void problem(String file, String path, String message) {
        problems.add(new LintProblem(file, path, message));
    }
}
