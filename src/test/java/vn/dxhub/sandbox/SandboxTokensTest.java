package vn.dxhub.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The simulated token server, as the LGSP gateways use it: client dxhub-{province}, one secret, a fixed lifetime. */
class SandboxTokensTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        Instant now = Instant.parse("2025-10-01T00:00:00Z");

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    private final HandClock clock = new HandClock();
    private final SandboxTokens tokens = new SandboxTokens("lgsp", province -> "dxhub-" + province, "s3cret", Duration.ofSeconds(300), clock);

    @Test
    void acceptsOnlyTheProvincesOwnClientAndTheSecret() {
        assertThat(tokens.validClient("01", "dxhub-01", "s3cret")).isTrue();
        assertThat(tokens.validClient("01", "dxhub-79", "s3cret")).isFalse();
        assertThat(tokens.validClient("01", "dxhub-01", "other")).isFalse();
        assertThat(tokens.validClient("01", null, null)).isFalse();
    }

    @Test
    void aTokenExpiresAfterItsLifetime() {
        SandboxTokens.Issued issued = tokens.issue("01");
        assertThat(issued.expiresInSeconds()).isEqualTo(300);
        clock.now = clock.now.plusSeconds(299);
        assertThat(tokens.valid("01", issued.accessToken())).isTrue();
        clock.now = clock.now.plusSeconds(1);
        assertThat(tokens.valid("01", issued.accessToken())).isFalse();
    }

    @Test
    void revokingOneGatewayLeavesTheOthers() {
        String hanoi = tokens.issue("01").accessToken();
        String hcm = tokens.issue("79").accessToken();
        assertThat(tokens.valid("79", hanoi)).isFalse();
        tokens.revokeAll("01");
        assertThat(tokens.valid("01", hanoi)).isFalse();
        assertThat(tokens.valid("79", hcm)).isTrue();
    }
}
