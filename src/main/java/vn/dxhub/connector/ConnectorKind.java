package vn.dxhub.connector;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A kind of connector (lgsp-rest, dvc-dossiers, ...): its Camel route template id, its source system, its parameters,
 * and what starts its runs: a schedule (the kind's {@link SourcePuller} pulls the periods due) or files arriving in a
 * watched folder (file-drop, which also takes uploads).
 */
public record ConnectorKind(String id, String title, String description, String sourceSystem, Start start, List<ParameterSpec> parameters) {

    /** What starts the runs of a kind. */
    public enum Start { SCHEDULE, FOLDER }

    private static final ParameterSpec CONNECTOR_ID = ParameterSpec.required("connectorId", ParameterSpec.Type.TEXT, "Mã connector",
            "Unique id of this connector instance; also the Camel route id, e.g. lgsp-01.");
    private static final ParameterSpec MAPPING = ParameterSpec.required("mapping", ParameterSpec.Type.MAPPING, "Tệp mapping",
            "Mapping file under mappings/, e.g. lgsp/chi-tieu.yaml.");

    /** Parameters every kind has: identity and mapping. */
    static List<ParameterSpec> identity() {
        return List.of(CONNECTOR_ID, MAPPING);
    }

    /** Parameters every scheduled kind has: identity, schedule, mapping, where to start, and retries of transient failures. */
    static List<ParameterSpec> common() {
        return List.of(
                CONNECTOR_ID,
                ParameterSpec.optional("schedule", ParameterSpec.Type.CRON, "0 0/15 * * * ?", "Lịch chạy",
                        "Quartz cron of scheduled runs (seconds first). A run missed while the hub was down runs once at start-up."),
                MAPPING,
                ParameterSpec.optional("startPeriod", ParameterSpec.Type.PERIOD, "", "Kỳ bắt đầu",
                        "First quarter to fetch when the connector has never run (e.g. 2025Q1); empty = the previous quarter."),
                ParameterSpec.optional("maxAttempts", ParameterSpec.Type.INTEGER, "4", "Số lần thử",
                        "Attempts per request for transient errors (IO, timeout, 5xx, 429, a database that is down) before the run fails."),
                ParameterSpec.optional("initialBackoff", ParameterSpec.Type.DURATION, "1s", "Chờ trước lần thử lại đầu",
                        "First wait before a retry; doubled each attempt with jitter; Retry-After of a 429 wins."));
    }

    /** Parameters every kind that calls a REST service has: timeouts and its connection pool. */
    static List<ParameterSpec> http() {
        return List.of(
                ParameterSpec.optional("connectTimeout", ParameterSpec.Type.DURATION, "5s", "Thời gian chờ kết nối",
                        "How long to wait for a TCP/TLS connection."),
                ParameterSpec.optional("readTimeout", ParameterSpec.Type.DURATION, "30s", "Thời gian chờ phản hồi",
                        "How long to wait for data of a response before the attempt counts as a timeout."),
                ParameterSpec.optional("maxConnections", ParameterSpec.Type.INTEGER, "4", "Số kết nối tối đa",
                        "Size of this connector's HTTP connection pool."));
    }

    /**
     * How every kind that calls a REST service can go through the NDXP exchange: the calling and providing system
     * sent as headers on every request (token requests included), a client certificate for mutual TLS and the CAs
     * trusted for the server. Keystores are referenced by path and their passwords by reference, never embedded.
     */
    static List<ParameterSpec> ndxp() {
        return List.of(
                ParameterSpec.optional("ndxpCallingSystem", ParameterSpec.Type.TEXT, "", "Mã hệ thống gọi (NDXP)",
                        "Identifier of the hub as the calling system on the NDXP exchange, sent on every request of this connector"
                                + " (token requests included) in the header named by hub.ndxp.calling-system-header; it must match the"
                                + " subject of the client certificate. Empty = the connector does not go through NDXP.")
                        .requiring("ndxpProvidingSystem"),
                ParameterSpec.optional("ndxpProvidingSystem", ParameterSpec.Type.TEXT, "", "Mã hệ thống cung cấp (NDXP)",
                        "Identifier of the providing system on NDXP (e.g. lgsp-01), sent in the header named by"
                                + " hub.ndxp.providing-system-header.")
                        .requiring("ndxpCallingSystem"),
                ParameterSpec.optional("clientKeystore", ParameterSpec.Type.TEXT, "", "Chứng chỉ máy khách (PKCS#12)",
                        "Path of a PKCS#12 keystore with the hub's client certificate and key for mutual TLS, e.g."
                                + " /etc/dxhub/ndxp-client.p12. Empty = no client certificate.")
                        .requiring("clientKeystorePassword"),
                ParameterSpec.optionalSecret("clientKeystorePassword", "Mật khẩu chứng chỉ máy khách",
                        "Password of clientKeystore and its key, as a reference such as {{env:NDXP_KEYSTORE_PASSWORD}}.")
                        .requiring("clientKeystore"),
                ParameterSpec.optional("truststore", ParameterSpec.Type.TEXT, "", "Kho chứng chỉ tin cậy (PKCS#12)",
                        "Path of a PKCS#12 truststore with the CA certificates trusted for the server's certificate (the"
                                + " exchange's). Empty = the CAs the JVM trusts.")
                        .requiring("truststorePassword"),
                ParameterSpec.optionalSecret("truststorePassword", "Mật khẩu kho tin cậy",
                        "Password of truststore, as a reference such as {{env:NDXP_TRUSTSTORE_PASSWORD}}.")
                        .requiring("truststore"));
    }

    /** A scheduled kind that does not call REST services (sql): the common parameters and its own. */
    public static ConnectorKind of(String id, String title, String description, String sourceSystem, List<ParameterSpec> specific) {
        List<ParameterSpec> all = new ArrayList<>(common());
        all.addAll(specific);
        return new ConnectorKind(id, title, description, sourceSystem, Start.SCHEDULE, List.copyOf(all));
    }

    /** A scheduled kind that calls a REST service: the common parameters, the HTTP ones, the NDXP transport, and its own. */
    public static ConnectorKind rest(String id, String title, String description, String sourceSystem, List<ParameterSpec> specific) {
        List<ParameterSpec> all = new ArrayList<>(common());
        all.addAll(http());
        all.addAll(ndxp());
        all.addAll(specific);
        return new ConnectorKind(id, title, description, sourceSystem, Start.SCHEDULE, List.copyOf(all));
    }

    /** A kind whose runs start when a file arrives in its folder (or is uploaded): identity, mapping and its own parameters; no schedule. */
    public static ConnectorKind watchedFolder(String id, String title, String description, String sourceSystem, List<ParameterSpec> specific) {
        List<ParameterSpec> all = new ArrayList<>(identity());
        all.addAll(specific);
        return new ConnectorKind(id, title, description, sourceSystem, Start.FOLDER, List.copyOf(all));
    }

    public boolean isScheduled() {
        return start == Start.SCHEDULE;
    }

    public Optional<ParameterSpec> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
