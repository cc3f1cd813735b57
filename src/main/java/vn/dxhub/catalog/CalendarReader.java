package vn.dxhub.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.dxhub.lint.LintProblem;
import vn.dxhub.lint.SchemaLinter;

/** Reads and checks the reporting calendar: four quarters that tile the year, each due after it ends. */
final class CalendarReader {

    static final String CALENDAR = "calendar.yaml";
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

    private final Path dir;
    private final List<LintProblem> problems;

    CalendarReader(Path dir, List<LintProblem> problems) {
        this.dir = dir;
        this.problems = problems;
    }

    ReportingCalendar read() {
        return SchemaLinter.forResource("lint/calendar.schema.json").read(dir.resolve(CALENDAR), CALENDAR, problems)
                .filter(linted -> linted.badPaths().isEmpty())
                .map(linted -> calendar(linted.root()))
                .orElse(null);
    }

    private ReportingCalendar calendar(JsonNode root) {
        ZoneId zone = zone(root.get("timeZone").asText());
        List<ReportingCalendar.QuarterRule> quarters = new ArrayList<>();
        JsonNode rows = root.get("quarters");
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            quarters.add(new ReportingCalendar.QuarterRule(row.get("quarter").asInt(), row.get("startMonth").asInt(),
                    row.path("startsPreviousYear").asBoolean(false), row.get("endMonth").asInt(),
                    dueBefore(row.get("dueBefore").asText(), "$.quarters[" + i + "].dueBefore")));
        }
        List<ReportingCalendar.HalfRule> halves = new ArrayList<>();
        root.get("halves").forEach(h -> {
            List<Integer> qs = new ArrayList<>();
            h.get("quarters").forEach(q -> qs.add(q.asInt()));
            halves.add(new ReportingCalendar.HalfRule(h.get("half").asInt(), qs));
        });
        checkQuartersTileTheYear(quarters);
        checkHalves(halves);
        return zone == null ? null : new ReportingCalendar(zone, quarters, halves);
    }

    /** Quarter n+1 starts the month after quarter n ends, and Q1 starts the month after Q4 ends. */
    private void checkQuartersTileTheYear(List<ReportingCalendar.QuarterRule> quarters) {
        Set<Integer> numbers = new TreeSet<>();
        quarters.forEach(q -> numbers.add(q.quarter()));
        if (numbers.size() != 4) {
            problem("$.quarters", "cần đúng các quý 1, 2, 3, 4, mỗi quý một lần; đang có " + numbers + " / quarters 1..4 must each appear once");
            return;
        }
        List<ReportingCalendar.QuarterRule> sorted = quarters.stream().sorted((a, b) -> a.quarter() - b.quarter()).toList();
        for (int i = 0; i < 4; i++) {
            ReportingCalendar.QuarterRule q = sorted.get(i);
            ReportingCalendar.QuarterRule previous = sorted.get((i + 3) % 4);
            int expectedStart = previous.endMonth() % 12 + 1;
            if (q.startMonth() != expectedStart) {
                problem("$.quarters[" + quarters.indexOf(q) + "].startMonth", "quý " + q.quarter() + " phải bắt đầu tháng " + expectedStart
                        + " (sau khi quý " + previous.quarter() + " kết thúc), đang là " + q.startMonth() + " / quarters must follow each other without gap or overlap");
            }
            if (q.startsPreviousYear() != (q.startMonth() > q.endMonth())) {
                problem("$.quarters[" + quarters.indexOf(q) + "].startsPreviousYear", "quý " + q.quarter()
                        + ": startsPreviousYear phải là true khi và chỉ khi tháng bắt đầu lớn hơn tháng kết thúc / must be true exactly when the window crosses the new year");
            }
            if (q.dueBefore() != null && q.dueBefore().getMonthValue() <= q.endMonth()) {
                problem("$.quarters[" + quarters.indexOf(q) + "].dueBefore", "hạn nộp quý " + q.quarter() + " phải sau tháng kết thúc "
                        + q.endMonth() + " / the deadline must come after the window");
            }
        }
    }

    private void checkHalves(List<ReportingCalendar.HalfRule> halves) {
        List<Integer> all = new ArrayList<>();
        halves.forEach(h -> all.addAll(h.quarters()));
        if (all.size() != 4 || !new TreeSet<>(all).equals(new TreeSet<>(List.of(1, 2, 3, 4)))
                || halves.stream().map(ReportingCalendar.HalfRule::half).distinct().count() != 2) {
            problem("$.halves", "hai kỳ 6 tháng phải chia đủ bốn quý, mỗi quý một lần / the two halves must share the four quarters");
        }
    }

    private MonthDay dueBefore(String raw, String path) {
        try {
            return MonthDay.parse(raw, DAY_MONTH);
        } catch (DateTimeParseException e) {
            problem(path, "'" + raw + "' không phải ngày dd/MM / not a day dd/MM");
            return null;
        }
    }

    private ZoneId zone(String raw) {
        try {
            return ZoneId.of(raw);
        } catch (DateTimeException e) {
            problem("$.timeZone", "'" + raw + "' không phải múi giờ / not a time zone");
            return null;
        }
    }

    private void problem(String path, String message) {
        problems.add(new LintProblem(CALENDAR, path, message));
    }
}
