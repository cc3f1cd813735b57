package vn.dxhub.sandbox;

import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The decisions of the NDXP exchange simulator, apart from the servlet plumbing: a call must come over mutual TLS
 * with a certificate, name its calling system (the certificate's CN) and a providing system the exchange knows;
 * then it goes to the simulator path that providing system stands for, followed by the rest of the call's path.
 */
final class NdxpExchange {

    static final String SIMULATOR = "ndxp";
    static final String PREFIX = "/sandbox/ndxp";

    /** Encoded dots, slashes and backslashes, or a "." / ".." segment: a path that could step out of the providing system. */
    private static final Pattern ESCAPING = Pattern.compile("(?i)%2e|%2f|%5c|\\\\|(^|/)\\.{1,2}(/|$)");

    /** What the exchange sees of one call. */
    record Call(boolean overMutualTls, X509Certificate certificate, String callingSystem, String providingSystem, String servicePath) {}

    /** The exchange's answer: refused with a reason, or forwarded to a simulator path. */
    sealed interface Decision permits Refused, Forwarded {}

    record Refused(NdxpRefusal reason, String detail) implements Decision {
        String message() {
            return reason.message(detail);
        }
    }

    record Forwarded(String target) implements Decision {}

    private final Map<String, String> providingSystems;

    NdxpExchange(Map<String, String> providingSystems) {
        this.providingSystems = new TreeMap<>(providingSystems);
    }

    Map<String, String> providingSystems() {
        return providingSystems;
    }

    Decision decide(Call call) {
        if (!call.overMutualTls()) {
            return new Refused(NdxpRefusal.TLS_REQUIRED, null);
        }
        if (call.certificate() == null) {
            return new Refused(NdxpRefusal.CLIENT_CERTIFICATE_MISSING, null);
        }
        if (blank(call.callingSystem())) {
            return new Refused(NdxpRefusal.CALLING_SYSTEM_MISSING, null);
        }
        if (blank(call.providingSystem())) {
            return new Refused(NdxpRefusal.PROVIDING_SYSTEM_MISSING, null);
        }
        String certified = SandboxPki.commonName(call.certificate()).orElse("");
        if (!certified.equals(call.callingSystem().strip())) {
            return new Refused(NdxpRefusal.CALLING_SYSTEM_MISMATCH, "'" + call.callingSystem().strip() + "' ≠ CN '" + certified + "'");
        }
        String base = providingSystems.get(call.providingSystem().strip());
        if (base == null) {
            return new Refused(NdxpRefusal.PROVIDING_SYSTEM_UNKNOWN, "'" + call.providingSystem().strip() + "'; có / known: "
                    + String.join(", ", providingSystems.keySet()));
        }
        String path = call.servicePath();
        if (path == null || path.isEmpty() || path.equals("/") || !path.startsWith("/") || ESCAPING.matcher(path).find()) {
            return new Refused(NdxpRefusal.SERVICE_PATH_INVALID, "'" + path + "'");
        }
        return new Forwarded(base + path);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
