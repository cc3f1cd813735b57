package vn.dxhub.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two hub instances never run the same connector at once; a crashed instance's lease lapses. */
@SpringBootTest
class ConnectorLeasesTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @BeforeEach
    void noLeases() {
        jdbc.sql("delete from connector_lease").update();
    }

    @Test
    void aSecondInstanceCannotTakeALeaseUntilItIsReleasedOrLapses() {
        ConnectorLeases first = new ConnectorLeases(jdbc, clock);
        ConnectorLeases second = new ConnectorLeases(jdbc, clock);

        assertThat(first.acquire("c1", Duration.ofMinutes(10))).isTrue();
        assertThat(second.acquire("c1", Duration.ofMinutes(10))).isFalse();
        assertThat(second.isHeld("c1")).isTrue();
        first.release("c1");
        assertThat(second.acquire("c1", Duration.ofMinutes(10))).isTrue();

        ConnectorLeases crashed = new ConnectorLeases(jdbc, clock);
        assertThat(crashed.acquire("c2", Duration.ofMillis(-1))).as("a lease that has already lapsed").isTrue();
        assertThat(first.acquire("c2", Duration.ofMinutes(10))).isTrue();
    }

    @Test
    void releasingSomeoneElsesLeaseDoesNothing() {
        ConnectorLeases holder = new ConnectorLeases(jdbc, clock);
        ConnectorLeases other = new ConnectorLeases(jdbc, clock);
        holder.acquire("c3", Duration.ofMinutes(10));

        other.release("c3");

        assertThat(other.acquire("c3", Duration.ofMinutes(10))).isFalse();
    }
}
