package vn.dxhub.connector;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import vn.dxhub.mapping.Mapping;
import vn.dxhub.mapping.ParsedPayload;
import vn.dxhub.mapping.PayloadFormats;
import vn.dxhub.mapping.UnreadablePayloadException;
import vn.dxhub.mapping.table.TableFormat;
import vn.dxhub.observation.Observation;
import vn.dxhub.store.PayloadArchive;
import vn.dxhub.store.QuarantineStore;
import vn.dxhub.store.RunLedger;
import vn.dxhub.store.RunLedger.Counts;
import vn.dxhub.validation.Problem;

/** One run of one connector: what pullers hand their pages to. Counts reach the run ledger page by page. */
public final class ConnectorRun {

    private final long runId;
    private final ConnectorInstance connector;
    private final Mapping mapping;
    private final Ingestion ingestion;
    private final PayloadArchive archive;
    private final RunLedger ledger;
    private final QuarantineStore quarantine;
    private final Clock clock;
    private final Runnable heartbeat;
    private final TableFormat.Limits tableLimits;
    private Counts total = Counts.NONE;

    ConnectorRun(long runId, ConnectorInstance connector, Mapping mapping, Ingestion ingestion, PayloadArchive archive, RunLedger ledger,
                 QuarantineStore quarantine, Clock clock, Runnable heartbeat, TableFormat.Limits tableLimits) {
        this.runId = runId;
        this.connector = connector;
        this.mapping = mapping;
        this.ingestion = ingestion;
        this.archive = archive;
        this.ledger = ledger;
        this.quarantine = quarantine;
        this.clock = clock;
        this.heartbeat = heartbeat;
        this.tableLimits = tableLimits;
    }

    /** A page of records to map one by one, already parsed as JSON; the run's mapping must read JSON. */
    public Counts page(byte[] body, JsonNode parsed, String contentType, String requestRef) {
        if (mapping.format() != Mapping.Format.JSON) {
            throw SourceException.permanent(connectorId() + ": mapping " + mapping.file() + " đọc dạng " + mapping.format().name().toLowerCase()
                    + " nhưng loại connector này nhận JSON; dùng một mapping format: json / mapping " + mapping.file() + " reads "
                    + mapping.format().name().toLowerCase() + ", but this kind of connector receives JSON; use a mapping with format: json",
                    0, null);
        }
        return page(body, new ParsedPayload.Readable(parsed), contentType, requestRef);
    }

    /** A page parsed by {@link #parse}: its records are mapped one by one, or a refused document is quarantined whole. */
    public Counts page(byte[] body, ParsedPayload parsed, String contentType, String requestRef) {
        return add(ingestion.ingestPage(this, body, parsed, contentType, requestRef));
    }

    /**
     * Parses a body in the format of this run's mapping. Call it where the body is read, inside the retry: a body
     * cut short is transient (fetched again), a body in another format fails the run.
     */
    public ParsedPayload parse(byte[] body, String contentType, String requestRef) {
        try {
            return PayloadFormats.of(mapping.format(), tableLimits).parse(body, contentType);
        } catch (UnreadablePayloadException e) {
            throw SourceException.unreadable(e, requestRef);
        }
    }

    /** Archives a page whose records the puller processes itself (dossiers); returns the archive entry. */
    public PayloadArchive.Archived archiveOnly(byte[] body, String contentType, String requestRef, int records) {
        PayloadArchive.Archived archived = archive.archive(
                new PayloadArchive.Origin(sourceSystem(), connectorId(), runId, contentType, requestRef), body);
        add(new Counts(1, records, 0, 0, 0));
        return archived;
    }

    public void markProcessed(long payloadId) {
        archive.markProcessed(payloadId);
    }

    /** Observations the puller computed (aggregates of dossiers). */
    public Counts observations(List<Observation> observations, Long payloadId) {
        Counts counts = ingestion.ingestObservations(this, observations, payloadId);
        return add(new Counts(0, 0, counts.stored(), counts.unchanged(), counts.quarantined()));
    }

    /** A record the puller could not use (a dossier with a broken field): quarantined with its reasons; the run goes on. */
    public void quarantine(String fragment, String locator, List<Problem> reasons, Long payloadId) {
        quarantine.quarantine(new QuarantineStore.Origin(connectorId(), runId, payloadId, locator), fragment, reasons);
        add(new Counts(0, 0, 0, 0, 1));
    }

    private Counts add(Counts counts) {
        ledger.add(runId, counts);
        heartbeat.run();
        total = total.plus(counts);
        return counts;
    }

    public Counts total() {
        return total;
    }

    public long runId() {
        return runId;
    }

    public String connectorId() {
        return connector.id();
    }

    public String sourceSystem() {
        return connector.sourceSystem();
    }

    public Mapping mapping() {
        return mapping;
    }

    public Clock clock() {
        return clock;
    }
}
