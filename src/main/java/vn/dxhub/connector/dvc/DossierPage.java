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
import vn.dxhub.connector.JsonBodies;
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

    static DossierPage parse(byte[] body, String recordsField, String totalPagesField, String requestRef,
                             java.util.function.Function<JsonNode, DossierReader.Read> reader) {
        DossierPage page = new DossierPage();
        try (JsonParser parser = FACTORY.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw JsonBodies.unparseable(new com.fasterxml.jackson.core.JsonParseException(parser, "expected a JSON object"), requestRef);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals(recordsField) && value == JsonToken.START_ARRAY) {
                    page.readRecords(parser, reader);
                } else if (field.equals(totalPagesField) && value.isNumeric()) {
                    page.totalPages = Math.max(1, parser.getIntValue());
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            throw JsonBodies.unparseable(e, requestRef);
        }
        return page;
    }

    private void readRecords(JsonParser parser, java.util.function.Function<JsonNode, DossierReader.Read> reader) throws IOException {
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            JsonNode record = JSON.readTree(parser);
            DossierReader.Read read = reader.apply(record);
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
