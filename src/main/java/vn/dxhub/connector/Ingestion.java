package vn.dxhub.connector;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import vn.dxhub.catalog.ReferenceData;
import vn.dxhub.mapping.MappedRecord;
import vn.dxhub.mapping.Mapping;
import vn.dxhub.mapping.MappingRules;
import vn.dxhub.mapping.ParsedPayload;
import vn.dxhub.mapping.PayloadFormats;
import vn.dxhub.mapping.RecordMapper;
import vn.dxhub.mapping.SourceContext;
import vn.dxhub.mapping.SourceRecord;
import vn.dxhub.observation.Observation;
import vn.dxhub.store.ObservationStore;
import vn.dxhub.store.PayloadArchive;
import vn.dxhub.store.PreviousValues;
import vn.dxhub.store.QuarantineStore;
import vn.dxhub.store.RunLedger.Counts;
import vn.dxhub.store.StoreOutcome;
import vn.dxhub.validation.ObservationValidator;
import vn.dxhub.validation.Problem;

/**
 * The path of a payload through the hub: archive the raw bytes with their hash, map each record, validate
 * it, then store it or quarantine it with every reason. A bad record never stops the good ones beside it;
 * a payload the connector already processed is not processed again.
 */
@Component
public class Ingestion {

    private static final int PREVIEW_BYTES = 16 * 1024;

    private final PayloadArchive archive;
    private final ObservationStore store;
    private final QuarantineStore quarantine;
    private final PreviousValues previousValues;
    private final ObservationValidator validator;
    private final ReferenceData reference;
    private final ObjectMapper json;

    public Ingestion(PayloadArchive archive, ObservationStore store, QuarantineStore quarantine, PreviousValues previousValues,
                     ObservationValidator validator, ReferenceData reference, ObjectMapper json) {
        this.archive = archive;
        this.store = store;
        this.quarantine = quarantine;
        this.previousValues = previousValues;
        this.validator = validator;
        this.reference = reference;
        this.json = json;
    }

    /**
     * One page of a {@code records} mapping, already parsed (see {@link ConnectorRun#parse}). A page the connector
     * already processed byte for byte is mapped and stored again, which changes nothing unless a value was
     * reverted or a mapping corrected since, but its bad records are not quarantined a second time. A document
     * refused as a whole is archived and quarantined as one record with its reasons.
     */
    public Counts ingestPage(ConnectorRun run, byte[] body, ParsedPayload parsed, String contentType, String requestRef) {
        PayloadArchive.Archived payload = archive.archive(
                new PayloadArchive.Origin(run.sourceSystem(), run.connectorId(), run.runId(), contentType, requestRef), body);
        if (parsed instanceof ParsedPayload.Refused refused) {
            return refuseWhole(run, body, payload, refused, requestRef);
        }
        Object document = ((ParsedPayload.Readable) parsed).document();
        List<SourceRecord> records = PayloadFormats.of(run.mapping().format()).records(run.mapping(), document);
        RecordMapper mapper = new RecordMapper(run.mapping(), reference);
        SourceContext source = new SourceContext(run.sourceSystem(), run.connectorId(), run.clock().instant(), payload.sha256());
        List<MappedRecord> mapped = new ArrayList<>(records.size());
        for (SourceRecord record : records) {
            mapped.add(mapper.map(record, requestRef + " " + record.locator(), source));
        }
        Counts counts = storeAll(run, mapped, payload.id(), !payload.seenBefore()).plus(new Counts(1, 0, 0, 0, 0));
        if (!payload.seenBefore()) {
            archive.markProcessed(payload.id());
        }
        return counts;
    }

    private Counts refuseWhole(ConnectorRun run, byte[] body, PayloadArchive.Archived payload, ParsedPayload.Refused refused, String requestRef) {
        if (!payload.seenBefore()) {
            quarantine.quarantine(new QuarantineStore.Origin(run.connectorId(), run.runId(), payload.id(), requestRef), preview(body),
                    refused.reasons());
            archive.markProcessed(payload.id());
        }
        return new Counts(1, 1, 0, 0, 1);
    }

    /** The start of a refused document as text, for the operator; the whole document stays in the archive. */
    private static String preview(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, PREVIEW_BYTES), StandardCharsets.UTF_8);
        return body.length > PREVIEW_BYTES ? text + "\n... (" + body.length + " bytes)" : text;
    }

    /** Observations a connector computed itself (dossier aggregates), validated and stored like mapped records. */
    public Counts ingestObservations(ConnectorRun run, List<Observation> observations, Long payloadId) {
        List<MappedRecord> mapped = observations.stream()
                .map(o -> new MappedRecord(o, List.of(), fragment(o), "aggregate " + o.indicator() + " " + o.reportingUnit() + " " + o.period()))
                .toList();
        return storeAll(run, mapped, payloadId, true);
    }

    /** Stores or quarantines each record; a record the database refuses is quarantined too, never lost with the page. */
    private Counts storeAll(ConnectorRun run, List<MappedRecord> records, Long payloadId, boolean quarantineBadOnes) {
        int stored = 0;
        int unchanged = 0;
        int quarantined = 0;
        for (MappedRecord record : records) {
            List<Problem> problems = new ArrayList<>(record.problems());
            if (record.isMapped()) {
                problems.addAll(validator.validate(record.observation()));
                problems.addAll(MappingRules.check(run.mapping(), record.observation(), previousValues::of));
            }
            if (problems.isEmpty()) {
                try {
                    StoreOutcome outcome = store.store(record.observation(), new ObservationStore.Provenance(run.connectorId(), run.runId(), payloadId));
                    if (outcome == StoreOutcome.UNCHANGED) {
                        unchanged++;
                    } else {
                        stored++;
                    }
                    continue;
                } catch (DataIntegrityViolationException e) {
                    problems.add(new Problem("$", null, "cơ sở dữ liệu từ chối bản ghi: " + e.getMostSpecificCause().getMessage(),
                            "the database refused the record"));
                }
            }
            if (quarantineBadOnes) {
                quarantine.quarantine(new QuarantineStore.Origin(run.connectorId(), run.runId(), payloadId, record.locator()),
                        record.fragment(), problems);
            }
            quarantined++;
        }
        return new Counts(0, records.size(), stored, unchanged, quarantined);
    }

    private String fragment(Observation o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
