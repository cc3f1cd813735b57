package vn.dxhub.mapping.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConversionResultTest {

    @Test
    void aSuccessHoldsItsValue() {
        ConversionResult<Integer> result = ConversionResult.ok(42);
        assertThat(result.isOk()).isTrue();
        assertThat(result.value()).isEqualTo(42);
        assertThat(result.orElse(0)).isEqualTo(42);
        assertThat(result.map(v -> v + 1).value()).isEqualTo(43);
        assertThat(result).hasToString("ok(42)");
    }

    @Test
    void aFailureHoldsBothMessagesVietnameseFirst() {
        ConversionResult<Integer> result = ConversionResult.failed("'x' không phải số", "'x' is not a number");
        assertThat(result.isOk()).isFalse();
        assertThat(result.messageVi()).isEqualTo("'x' không phải số");
        assertThat(result.messageEn()).isEqualTo("'x' is not a number");
        assertThat(result.message()).isEqualTo("'x' không phải số / 'x' is not a number");
        assertThat(result.orElse(0)).isZero();
    }

    @Test
    void mappingAFailureKeepsItsMessages() {
        ConversionResult<Integer> failed = ConversionResult.failed("sai", "wrong");
        assertThat(failed.map(String::valueOf)).isEqualTo(ConversionResult.failed("sai", "wrong"));
    }

    @Test
    void emptyInputFailsWithTrongAndEmpty() {
        ConversionResult<Object> result = ConversionResult.empty();
        assertThat(result.messageVi()).contains("trống");
        assertThat(result.messageEn()).contains("empty");
    }

    @Test
    void askingTheWrongSideIsAProgrammingError() {
        assertThatThrownBy(() -> ConversionResult.failed("sai", "wrong").value())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sai / wrong");
        assertThatThrownBy(() -> ConversionResult.ok(1).messageVi()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ConversionResult.ok(null)).isInstanceOf(NullPointerException.class);
    }
}
