package vn.dxhub.mapping;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A declarative mapping from a source payload to the common schema, read from {@code mappings/<source>/*.yaml}.
 * {@code records} mappings turn each source record into one observation; {@code dossiers} mappings
 * describe dossier fields that are aggregated per unit and period.
 */
public record Mapping(
        String id,
        String file,
        Type type,
        Format format,
        String records,
        FieldSpec recordId,
        Map<String, FieldSpec> fields,
        Map<String, Map<String, String>> crosswalks,
        Map<String, String> indicators,
        Map<String, List<String>> codes,
        List<Rule> rules,
        Table table) {

    public enum Type { RECORDS, DOSSIERS }

    /**
     * How records and fields are read from a payload: JSONPath on JSON, XPath on XML, column titles and labels on
     * spreadsheets (XLSX, XLS, CSV), JSONPath on the flat records of FHIR MeasureReport groups ({@link FhirFormat});
     * see {@link PayloadFormats}.
     */
    public enum Format { JSON, XML, TABLE, FHIR }

    /**
     * The layout of a spreadsheet ({@code table:} of a {@code format: table} mapping). Texts are compared in NFC,
     * case-insensitive, with runs of spaces collapsed.
     *
     * @param sheets        the sheets to read; empty = every sheet that has the header row
     * @param headerColumns the header row is the first row holding all these column titles; empty = the columns of the
     *                      indicator and value fields
     * @param endBefore     a row whose first non-empty cell starts with one of these ends the table (part II of a form)
     * @param skipRows      rows whose first non-empty cell starts with one of these are not records (a total row)
     */
    public record Table(List<String> sheets, List<String> headerColumns, List<String> endBefore, List<String> skipRows) {

        public static final Table DEFAULT = new Table(List.of(), List.of(), List.of(), List.of());

        public Table {
            sheets = List.copyOf(sheets);
            headerColumns = List.copyOf(headerColumns);
            endBefore = List.copyOf(endBefore);
            skipRows = List.copyOf(skipRows);
        }
    }

    /**
     * How one target field gets its value: a path in the record ({@code from}), a path in the whole payload
     * ({@code fromDocument}: a report's header, say) or a constant, then a converter and a crosswalk.
     */
    public record FieldSpec(String from, String fromDocument, String constant, String convert, String crosswalk, boolean optional,
                            String defaultValue) {

        /** The path this field is read at, in the record or in the document; null for a constant. */
        public String path() {
            return from != null ? from : fromDocument;
        }
    }

    /** A rule a mapping adds to the validator for some indicators ("*" for all). */
    public record Rule(List<String> indicators, BigDecimal min, BigDecimal max, BigDecimal maxChangeFromPreviousPeriod) {

        public boolean appliesTo(String indicator) {
            return indicators.contains("*") || indicators.contains(indicator);
        }
    }

    public FieldSpec field(String name) {
        return fields.get(name);
    }
}
