package vn.dxhub.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.HttpClientResponseHandler;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import vn.dxhub.connector.ClientCredentialsTokens;
import vn.dxhub.connector.HttpSource;
import vn.dxhub.connector.NdxpRoute;
import vn.dxhub.connector.TlsFailures;

/**
 * The line to the national system: a pooled HTTP client (explicit timeouts, TLS identity, NDXP headers), the OAuth2
 * token cache and the resolved addresses. It sends a batch once, fetches the token again once after a 401, and
 * classifies what came back as docs/national-intake.md says. It never retries: the delivery worker does, through the
 * outbox. Messages name the address and the batch, never the secret or the token.
 */
final class NationalLink implements AutoCloseable {

    private static final int LARGEST_ANSWER = 32 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String batchesUrl;
    private final CloseableHttpClient client;
    private final NdxpRoute ndxp;
    private final ClientCredentialsTokens tokens;

    NationalLink(String batchesUrl, CloseableHttpClient client, NdxpRoute ndxp, ClientCredentialsTokens tokens) {
        this.batchesUrl = batchesUrl;
        this.client = client;
        this.ndxp = ndxp;
        this.tokens = tokens;
    }

    PushResult send(Batch batch, byte[] body, String requestSha256) {
        String token = token(requestSha256);
        try {
            return post(batch, body, requestSha256, token);
        } catch (PushFailure refused) {
            if (refused.status() != 401) {
                throw refused;
            }
        }
        tokens.invalidate(token);
        String fresh = token(requestSha256);
        try {
            return post(batch, body, requestSha256, fresh);
        } catch (PushFailure again) {
            if (again.status() == 401) {
                throw PushFailure.transientFailure(again.getMessage() + " (vẫn 401 sau khi lấy token mới: kiểm tra hub.national.client-id,"
                        + " hub.national.client-secret và quyền của hub trên hệ thống quốc gia / still 401 after a new token)", 401, null, requestSha256, again);
            }
            throw again;
        }
    }

    private PushResult post(Batch batch, byte[] body, String requestSha256, String token) {
        HttpPost post = new HttpPost(batchesUrl);
        post.setHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        post.setHeader(HttpHeaders.ACCEPT, ContentType.APPLICATION_JSON.getMimeType());
        post.setHeader("X-Batch-Id", batch.batchId());
        post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        String where = "POST " + batchesUrl + " (lô / batch " + batch.batchId() + ", " + batch.records().size() + " bản ghi / records)";
        return call(post, requestSha256, where, response -> {
            int status = response.getCode();
            if (status >= 200 && status < 300 && ndxp.errorCode(response).isEmpty()) {
                return NationalAnswers.read(body(response, requestSha256, where), batch, status, requestSha256, where);
            }
            throw sharedFailure(response, requestSha256, where).orElseGet(() -> switch (status) {
                case 401 -> failure("Hệ thống quốc gia không nhận token / the national system refused the token (HTTP 401)", 401, requestSha256, where);
                case 400, 413, 422 -> PushFailure.permanent("Hệ thống quốc gia từ chối cả lô / the national system refused the batch (HTTP " + status
                        + "): " + NdxpRoute.answer(response) + ": " + where, status, requestSha256, null);
                case 403 -> failure("Hub không có quyền gửi lô / the hub may not send batches (HTTP 403)", status, requestSha256, where);
                case 404 -> failure("Không có API nhận lô ở địa chỉ này, kiểm tra hub.national.base-url / no intake API here (HTTP 404)",
                        status, requestSha256, where);
                default -> failure("Hệ thống quốc gia trả lời bất thường / unexpected answer from the national system (HTTP " + status + ")",
                        status, requestSha256, where);
            });
        });
    }

    private String token(String requestSha256) {
        return tokens.token(request -> tokenAnswer(request, requestSha256), () -> failure(
                "Hệ thống quốc gia không trả access_token / the national system returned no access_token", 200, requestSha256, tokenWhere()));
    }

    private JsonNode tokenAnswer(Supplier<HttpPost> request, String requestSha256) {
        String where = tokenWhere();
        return call(request.get(), requestSha256, where, response -> {
            int status = response.getCode();
            if (status >= 200 && status < 300 && ndxp.errorCode(response).isEmpty()) {
                try {
                    return JSON.readTree(body(response, requestSha256, where));
                } catch (IOException notJson) {
                    throw failure("Phản hồi cấp token không phải JSON / the token answer is not JSON (HTTP " + status + ")", status, requestSha256, where);
                }
            }
            throw sharedFailure(response, requestSha256, where).orElseGet(() -> status == 400 || status == 401
                    ? failure("Hệ thống quốc gia từ chối client id '" + tokens.clientId() + "' và client secret: kiểm tra hub.national.client-id"
                            + " và hub.national.client-secret / the national system refused the client credentials (HTTP " + status + ")",
                            status, requestSha256, where)
                    : failure("Máy chủ cấp token trả lời bất thường / unexpected answer from the token endpoint (HTTP " + status + ")",
                            status, requestSha256, where));
        });
    }

    private String tokenWhere() {
        return "POST " + tokens.tokenUrl();
    }

    /** What a token request and a batch share: the NDXP exchange's own refusal, 429 and 503 with Retry-After, 5xx and 408. */
    private Optional<PushFailure> sharedFailure(ClassicHttpResponse response, String requestSha256, String where) {
        int status = response.getCode();
        Optional<String> exchangeError = ndxp.errorCode(response);
        if (exchangeError.isPresent() && status < 500 && status != 429) {
            return Optional.of(failure("Sàn NDXP từ chối cuộc gọi / the NDXP exchange refused the call (HTTP " + status + " " + exchangeError.get()
                    + ndxp.transaction(response) + "): " + NdxpRoute.answer(response), status, requestSha256, where));
        }
        if (status == 429 || status == 503 && response.getFirstHeader(HttpHeaders.RETRY_AFTER) != null) {
            Duration wait = HttpSource.retryAfter(response.getFirstHeader(HttpHeaders.RETRY_AFTER));
            return Optional.of(PushFailure.transientFailure("Hệ thống quốc gia yêu cầu chờ " + wait.toSeconds() + " giây / the national system"
                    + " asks to wait " + wait.toSeconds() + " s (HTTP " + status + ndxp.transaction(response) + "): " + where, status, wait, requestSha256, null));
        }
        if (status >= 500 || status == 408) {
            return Optional.of(failure("Hệ thống quốc gia đang lỗi / the national system failed (HTTP " + status + ndxp.transaction(response) + ")",
                    status, requestSha256, where));
        }
        return Optional.empty();
    }

    private <T> T call(ClassicHttpRequest request, String requestSha256, String where, HttpClientResponseHandler<T> handler) {
        try {
            return client.execute(request, handler);
        } catch (SSLException e) {
            throw failure(TlsFailures.explain(e) + " (" + e.getMessage() + ")", 0, requestSha256, where, e);
        } catch (InterruptedIOException e) {
            throw failure("Hết thời gian chờ hệ thống quốc gia / timed out waiting for the national system", 0, requestSha256, where, e);
        } catch (ConnectException e) {
            throw failure("Không kết nối được hệ thống quốc gia / cannot connect to the national system (" + e.getMessage() + ")", 0,
                    requestSha256, where, e);
        } catch (IOException e) {
            throw failure("Mất kết nối với hệ thống quốc gia, không có câu trả lời trọn vẹn / connection to the national system failed, no whole"
                    + " answer (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", 0, requestSha256, where, e);
        }
    }

    private static byte[] body(ClassicHttpResponse response, String requestSha256, String where) throws IOException {
        if (response.getEntity() == null) {
            return new byte[0];
        }
        try (InputStream in = response.getEntity().getContent()) {
            byte[] bytes = in.readNBytes(LARGEST_ANSWER + 1);
            if (bytes.length > LARGEST_ANSWER) {
                throw failure("Phản hồi lớn hơn " + (LARGEST_ANSWER >> 20) + " MB / the answer is too large", response.getCode(), requestSha256, where);
            }
            return bytes;
        }
    }

    private static PushFailure failure(String what, int status, String requestSha256, String where) {
        return failure(what, status, requestSha256, where, null);
    }

    private static PushFailure failure(String what, int status, String requestSha256, String where, Throwable cause) {
        return PushFailure.transientFailure(what + ": " + where, status, null, requestSha256, cause);
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }
}
