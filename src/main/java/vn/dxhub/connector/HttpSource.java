package vn.dxhub.connector;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.io.CloseMode;
import org.springframework.retry.support.RetryTemplate;
import vn.dxhub.config.HubProperties;

/**
 * The HTTP side of one connector: its own connection pool and explicit timeouts (nothing left at
 * library defaults), its TLS identity (client certificate, trusted CAs), the NDXP headers naming the calling and
 * the providing system on every request, and retries of transient failures with backoff. Each answer is classified:
 * 2xx is read, 429 and 5xx and IO errors are transient, other statuses and TLS failures permanent; a refusal by the
 * NDXP exchange itself is told apart from the source's own answer.
 */
public final class HttpSource implements AutoCloseable {

    private static final long LARGEST_BODY = 64L * 1024 * 1024;

    /** Reads a successful response body; may throw {@link SourceException} for a body it cannot use. */
    @FunctionalInterface
    public interface BodyReader<T> {
        T read(InputStream body, String contentType) throws IOException;
    }

    private final String connectorId;
    private final CloseableHttpClient client;
    private final RetryTemplate retry;
    private final int maxAttempts;
    private final NdxpRoute ndxp;

    /** Builds the connector's client; a keystore or NDXP setting it cannot use fails here, permanently, before any call. */
    HttpSource(ConnectorInstance connector, HubProperties.Ndxp ndxpHeaders) {
        this.connectorId = connector.id();
        this.maxAttempts = connector.integer("maxAttempts");
        this.ndxp = NdxpRoute.of(connector, ndxpHeaders);
        this.client = PooledHttpClients.builder(connector.duration("connectTimeout"), connector.duration("readTimeout"),
                connector.integer("maxConnections"), ClientTls.of(connector), ndxp.headers()).build();
        this.retry = TransientRetries.of(maxAttempts, new RetryAfterBackOff(connector.duration("initialBackoff")));
    }

    /** Sends the request, retrying transient failures; {@code request} builds a fresh request for each attempt. */
    public <T> T execute(java.util.function.Supplier<HttpUriRequestBase> request, BodyReader<T> reader) {
        return retry.execute(context -> once(request.get(), reader, context.getRetryCount() + 1));
    }

    public <T> T get(String url, Map<String, String> headers, BodyReader<T> reader) {
        return execute(() -> {
            HttpGet get = new HttpGet(url);
            headers.forEach(get::setHeader);
            return get;
        }, reader);
    }

    private <T> T once(HttpUriRequestBase request, BodyReader<T> reader, int attempt) {
        String where = request.getMethod() + " " + request.getRequestUri() + " (lần thử / attempt " + attempt + "/" + maxAttempts + ")";
        try {
            return client.execute(request, response -> handle(response, reader, where));
        } catch (SourceException e) {
            throw e;
        } catch (SSLException e) {
            throw SourceException.permanent(connectorId + ": " + TlsFailures.explain(e) + " (" + e.getMessage() + "): " + where, 0, e);
        } catch (SocketTimeoutException e) {
            throw SourceException.transientError(connectorId + ": hết thời gian chờ phản hồi / timed out: " + where, 0, null, e);
        } catch (IOException e) {
            throw SourceException.transientError(connectorId + ": lỗi kết nối / connection error " + e.getClass().getSimpleName()
                    + " " + e.getMessage() + ": " + where, 0, null, e);
        }
    }

    private <T> T handle(ClassicHttpResponse response, BodyReader<T> reader, String where) throws IOException {
        int status = response.getCode();
        if (status >= 200 && status < 300) {
            if (response.getEntity() == null) {
                throw SourceException.permanent(connectorId + ": phản hồi không có nội dung / empty body: " + where, status, null);
            }
            if (response.getEntity().getContentLength() > LARGEST_BODY) {
                throw SourceException.permanent(connectorId + ": phản hồi quá lớn / body too large (" + response.getEntity().getContentLength()
                        + " bytes): " + where, status, null);
            }
            String contentType = response.getEntity().getContentType();
            try (InputStream body = response.getEntity().getContent()) {
                return reader.read(body, contentType);
            }
        }
        Optional<String> exchangeError = ndxp.errorCode(response);
        if (exchangeError.isPresent() && status < 500 && status != 429) {
            throw SourceException.refusedByExchange(connectorId + ": sàn NDXP từ chối cuộc gọi / the NDXP exchange refused the call (HTTP " + status
                    + " " + exchangeError.get() + ndxp.transaction(response) + "): " + NdxpRoute.answer(response) + ": " + where, status);
        }
        if (status == 429) {
            Duration wait = retryAfter(response.getFirstHeader("Retry-After"));
            throw SourceException.transientError(connectorId + ": nguồn yêu cầu giảm tần suất (HTTP 429), chờ " + wait.toSeconds()
                    + " giây / rate limited, waiting " + wait.toSeconds() + " s: " + where, status, wait, null);
        }
        if (status >= 500 || status == 408) {
            throw SourceException.transientError(connectorId + ": nguồn đang lỗi (HTTP " + status + ndxp.transaction(response) + ") / source error: "
                    + where, status, null, null);
        }
        String explanation = switch (status) {
            case 401 -> "không được xác thực: kiểm tra client id/secret hoặc API key / not authenticated";
            case 403 -> "không có quyền gọi dịch vụ này / forbidden";
            case 404 -> "không có dịch vụ ở địa chỉ này: kiểm tra baseUrl và đường dẫn / not found";
            default -> "nguồn từ chối yêu cầu / request refused";
        };
        throw SourceException.permanent(connectorId + ": HTTP " + status + ndxp.transaction(response) + ", " + explanation + ": " + where, status, null);
    }

    /** Reads a whole body, refusing one larger than the hub accepts (also when the server sent no length). */
    public static byte[] readBody(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes((int) LARGEST_BODY + 1);
        if (bytes.length > LARGEST_BODY) {
            throw SourceException.permanent("Phản hồi lớn hơn " + (LARGEST_BODY >> 20) + " MB / response body too large", 200, null);
        }
        return bytes;
    }

    /** The wait a Retry-After header asks for (seconds or an HTTP date); one second when there is none or it is unreadable. */
    public static Duration retryAfter(Header header) {
        if (header == null) {
            return Duration.ofSeconds(1);
        }
        String value = header.getValue().strip();
        if (value.matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        try {
            Duration until = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
            return until.isNegative() ? Duration.ZERO : until;
        } catch (DateTimeParseException e) {
            return Duration.ofSeconds(1);
        }
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }
}
