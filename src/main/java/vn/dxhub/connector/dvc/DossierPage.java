package vn.dxhub.connector.dvc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import vn.dxhub.connector.JsonBodies;
import vn.dxhub.connector.SourceException;
import vn.dxhub.validation.Problem;

/**
 * One page of dossiers, parsed as a stream: each record is read, counted into the page's tally or set
 * aside as bad, and dropped, so a page never exists as a tree of thousands of nodes.
 */
final class DossierPage {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = JSON.getFactory();

    /** A record that could not be counted, with its position and reasons. */
    record Bad(String fragment, int index, List<Problem> problems) {}

    final DossierTally tally = new DossierTally();
    final List<Bad> bad = new ArrayList<>();
    int records;
    int totalPages = 1;

    /**
     * Parses one page. The records field and the page count must be there, every element of the records is
     * either counted or set aside as bad, and the page must end where the JSON ends; anything else is an
     * unusable answer, not a page with fewer dossiers.
     */
    static DossierPage parse(byte[] body, String recordsField, String totalPagesField, String requestRef,
                             Function<JsonNode, DossierReader.Read> reader) {
        DossierPage page = new DossierPage();
        boolean sawRecords = false;
        boolean sawTotal = false;
        try (JsonParser parser = FACTORY.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw SourceException.permanent("Trang hồ sơ không phải đối tượng JSON / the page is not a JSON object: " + requestRef, 200, null);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals(recordsField) && value == JsonToken.START_ARRAY) {
                    page.readRecords(parser, reader);
                    sawRecords = true;
                } else if (field.equals(totalPagesField) && (value.isNumeric() || value == JsonToken.VALUE_STRING && parser.getText().strip().matches("\\d+"))) {
                    page.totalPages = Math.max(1, Integer.parseInt(parser.getText().strip()));
                    sawTotal = true;
                } else {
                    parser.skipChildren();
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw SourceException.permanent("Trang hồ sơ có nội dung thừa sau JSON / trailing content after the page: " + requestRef, 200, null);
            }
        } catch (IOException e) {
            throw JsonBodies.unparseable(e, requestRef);
        }
        if (!sawRecords || !sawTotal) {
            throw SourceException.permanent("Trang hồ sơ thiếu trường '" + (sawRecords ? totalPagesField : recordsField) + "' (kiểm tra recordsField,"
                    + " totalPagesField) / the page has no '" + (sawRecords ? totalPagesField : recordsField) + "': " + requestRef, 200, null);
        }
        return page;
    }

    private void readRecords(JsonParser parser, Function<JsonNode, DossierReader.Read> reader) throws IOException {
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token == null) {
                throw new com.fasterxml.jackson.core.io.JsonEOFException(parser, null, "unexpected end-of-input in the records");
            }
            JsonNode record = JSON.readTree(parser);
            DossierReader.Read read = record.isObject() ? reader.apply(record)
                    : new DossierReader.Read(null, List.of(new Problem("$", record.toString(), "phần tử không phải hồ sơ (đối tượng JSON)",
                            "the element is not a dossier (a JSON object)")));
            if (read.dossier() != null) {
                tally.add(read.dossier());
            } else {
                bad.add(new Bad(record.toString(), records, read.problems()));
            }
            records++;
        }
    }

    void forEachBad(Consumer<Bad> action) {
        bad.forEach(action);
    }
}
