package vn.dxhub.delivery;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A fake national system that takes {@code test.national.latency} to answer, for hubs stopped while they push. */
@TestConfiguration(proxyBeanMethods = false)
class SlowNationalConfig {

    @Bean
    @Primary
    FakeNationalSystem slowNationalSystem(@Value("${test.national.latency}") Duration latency) {
        FakeNationalSystem national = new FakeNationalSystem();
        national.latency(latency);
        return national;
    }
}
