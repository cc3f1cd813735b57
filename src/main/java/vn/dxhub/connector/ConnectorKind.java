package vn.dxhub.connector;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A kind of connector (lgsp-rest, dvc-dossiers, ...): its Camel route template id, its source system and its parameters. */
public record ConnectorKind(String id, String title, String description, String sourceSystem, List<ParameterSpec> parameters) {

    /** Parameters every scheduled kind has: identity, schedule, mapping, where to start, and retries of transient failures. */
    static List<ParameterSpec> common() {
        return List.of(
                ParameterSpec.required("connectorId", ParameterSpec.Type.TEXT, "Mã connector",
                        "Unique id of this connector instance; also the Camel route id, e.g. lgsp-01."),
                ParameterSpec.optional("schedule", ParameterSpec.Type.CRON, "0 0/15 * * * ?", "Lịch chạy",
                        "Quartz cron of scheduled runs (seconds first). A run missed while the hub was down runs once at start-up."),
                ParameterSpec.required("mapping", ParameterSpec.Type.MAPPING, "Tệp mapping",
                        "Mapping file under mappings/, e.g. lgsp/chi-tieu.yaml."),
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

    /** A scheduled kind that does not call REST services (sql): the common parameters and its own. */
    public static ConnectorKind of(String id, String title, String description, String sourceSystem, List<ParameterSpec> specific) {
        List<ParameterSpec> all = new ArrayList<>(common());
        all.addAll(specific);
        return new ConnectorKind(id, title, description, sourceSystem, List.copyOf(all));
    }

    /** A scheduled kind that calls a REST service: the common parameters, the HTTP ones, and its own. */
    public static ConnectorKind rest(String id, String title, String description, String sourceSystem, List<ParameterSpec> specific) {
        List<ParameterSpec> all = new ArrayList<>(common());
        all.addAll(http());
        all.addAll(specific);
        return new ConnectorKind(id, title, description, sourceSystem, List.copyOf(all));
    }

    public Optional<ParameterSpec> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
