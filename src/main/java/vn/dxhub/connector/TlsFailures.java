package vn.dxhub.connector;

import java.util.Locale;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;

/** What a TLS failure means for an operator: which side refused whom, and which parameter to look at. */
public final class TlsFailures {

    private TlsFailures() {}

    public static String explain(SSLException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("bad_certificate") || message.contains("certificate_unknown") || message.contains("unknown_ca")
                || message.contains("certificate_required") || message.contains("access_denied") || message.contains("certificate_expired")) {
            return "máy chủ từ chối chứng chỉ máy khách khi bắt tay TLS: kiểm tra clientKeystore (chứng chỉ do CA mà máy chủ tin cấp)"
                    + " / the server refused the client certificate in the TLS handshake";
        }
        if (e instanceof SSLPeerUnverifiedException || message.contains("subject alternative name")) {
            return "chứng chỉ của máy chủ không mang tên máy trong URL / the server's certificate is not for this host name";
        }
        if (message.contains("pkix") || message.contains("certification path")) {
            return "không tin được chứng chỉ của máy chủ: kiểm tra truststore / the server's certificate is not trusted";
        }
        if (message.contains("unrecognized ssl message") || message.contains("plaintext")) {
            return "máy chủ không trả lời bằng TLS: kiểm tra http/https trong URL / the server does not speak TLS on this port";
        }
        return "lỗi TLS, kiểm tra chứng chỉ và địa chỉ / TLS failure";
    }
}
