package vn.dxhub.mapping.table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import vn.dxhub.mapping.FieldReader;

/**
 * Reads fields of a table: {@code from} names a column by its title, {@code fromDocument} a label above the table.
 * A number cell gives its exact value; text is parsed by the converters (Vietnamese numbers, periods, ...).
 */
final class TableReader implements FieldReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String read(Object record, String path) {
        if (record instanceof TableRow row) {
            Sheet.Cell cell = row.cell(path);
            return cell == null ? null : cell.text();
        }
        if (record instanceof SheetLabels labels) {
            return labels.label(path);
        }
        return null;
    }

    @Override
    public BigDecimal readNumber(Object record, String path) {
        return record instanceof TableRow row ? row.number(path) : null;
    }

    @Override
    public String fragment(Object record) {
        try {
            return record instanceof TableRow row ? JSON.writeValueAsString(row.asWritten()) : JSON.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("rows of plain texts always serialise", e);
        }
    }
}
