package vn.dxhub.delivery;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The fake national system in place of the real client, for contexts that run the delivery workers. */
@TestConfiguration(proxyBeanMethods = false)
public class FakeNationalConfig {

    @Bean
    @Primary
    FakeNationalSystem fakeNationalSystem() {
        return new FakeNationalSystem();
    }
}
