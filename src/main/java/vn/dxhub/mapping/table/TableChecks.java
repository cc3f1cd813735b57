package vn.dxhub.mapping.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dxhub.mapping.Mapping;
import vn.dxhub.validation.Problem;

/**
 * Whether a sheet whose header row was found has what the mapping reads: each column named by exactly one column
 * title, each label written above the table. A sheet that does not is refused once with these reasons, rather than
 * each of its rows with a missing value.
 */
final class TableChecks {

    private final Mapping mapping;
    private final TableLayout layout;

    TableChecks(Mapping mapping, TableLayout layout) {
        this.mapping = mapping;
        this.layout = layout;
    }

    List<Problem> problems() {
        Map<String, Mapping.FieldSpec> specs = new LinkedHashMap<>(mapping.fields());
        if (mapping.recordId() != null) {
            specs.put("recordId", mapping.recordId());
        }
        List<Problem> problems = new ArrayList<>();
        specs.forEach((field, spec) -> {
            boolean needed = !spec.optional() && spec.defaultValue() == null;
            if (spec.from() != null) {
                column(field, spec.from(), needed, problems);
            } else if (spec.fromDocument() != null && needed && layout.label(spec.fromDocument()) == null) {
                problems.add(new Problem(field, spec.fromDocument(), "không thấy dòng '" + spec.fromDocument() + ": ...' phía trên bảng (dòng tiêu đề là dòng "
                        + (layout.headerRow() + 1) + ")", "no '" + spec.fromDocument() + ": ...' line above the table (header on row " + (layout.headerRow() + 1) + ")"));
            }
        });
        return problems;
    }

    private void column(String field, String title, boolean needed, List<Problem> problems) {
        List<TableLayout.Column> columns = layout.columnsNamed(title);
        if (columns.isEmpty() && needed) {
            List<String> titles = layout.columns().stream().map(TableLayout.Column::fullTitle).toList();
            problems.add(new Problem(field, title, "dòng tiêu đề (dòng " + (layout.headerRow() + 1) + ") không có cột '" + title + "'; các cột: " + titles,
                    "the header row (row " + (layout.headerRow() + 1) + ") has no column '" + title + "'; its columns: " + titles));
        } else if (columns.size() > 1) {
            List<String> which = columns.stream().map(c -> c.letter() + " '" + c.fullTitle() + "'").toList();
            problems.add(new Problem(field, title, "nhiều cột cùng tên '" + title + "': " + which + "; ghi tên đầy đủ trong mapping",
                    "several columns are titled '" + title + "': " + which + "; name the column in full in the mapping"));
        }
    }
}
