package vn.dxhub.mapping.convert;

import java.util.Objects;
import java.util.function.Function;

/**
 * The outcome of one conversion: either a value or a reason, in Vietnamese and English, why the
 * input could not be converted.
 *
 * <p>Converters return this type instead of throwing. A mapping can then collect every bad field of
 * a record and show all of them to operations staff, whose working language is Vietnamese. Asking a
 * failure for its {@link #value()}, or a success for its messages, is a programming error and throws
 * {@link IllegalStateException}.
 *
 * @param <T> the type of the converted value
 */
public final class ConversionResult<T> {

    private final T value;
    private final String messageVi;
    private final String messageEn;

    private ConversionResult(T value, String messageVi, String messageEn) {
        this.value = value;
        this.messageVi = messageVi;
        this.messageEn = messageEn;
    }

    /** A successful conversion to {@code value}, which must not be null. */
    public static <T> ConversionResult<T> ok(T value) {
        return new ConversionResult<>(Objects.requireNonNull(value, "value"), null, null);
    }

    /** A failed conversion, with the reason in Vietnamese and in English (both must name the offending value). */
    public static <T> ConversionResult<T> failed(String messageVi, String messageEn) {
        return new ConversionResult<>(null, Objects.requireNonNull(messageVi, "messageVi"),
                Objects.requireNonNull(messageEn, "messageEn"));
    }

    /** The failure every converter returns for null or blank input: "giá trị trống / value is empty". */
    public static <T> ConversionResult<T> empty() {
        return failed("giá trị trống", "value is empty");
    }

    public boolean isOk() {
        return messageVi == null;
    }

    /** The converted value; throws {@link IllegalStateException} on a failure. */
    public T value() {
        if (!isOk()) {
            throw new IllegalStateException("No value: " + message());
        }
        return value;
    }

    /** The value, or {@code fallback} on a failure. */
    public T orElse(T fallback) {
        return isOk() ? value : fallback;
    }

    /** Why the conversion failed, in Vietnamese; throws {@link IllegalStateException} on a success. */
    public String messageVi() {
        requireFailure();
        return messageVi;
    }

    /** Why the conversion failed, in English; throws {@link IllegalStateException} on a success. */
    public String messageEn() {
        requireFailure();
        return messageEn;
    }

    /** Both messages as the hub prints them: "Vietnamese / English". */
    public String message() {
        requireFailure();
        return messageVi + " / " + messageEn;
    }

    /** Applies {@code mapper} to a value; a failure passes through unchanged. */
    public <R> ConversionResult<R> map(Function<? super T, ? extends R> mapper) {
        return isOk() ? ok(mapper.apply(value)) : failed(messageVi, messageEn);
    }

    private void requireFailure() {
        if (isOk()) {
            throw new IllegalStateException("The conversion succeeded with " + value + "; it has no message");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConversionResult<?> other && Objects.equals(value, other.value)
                && Objects.equals(messageVi, other.messageVi) && Objects.equals(messageEn, other.messageEn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, messageVi, messageEn);
    }

    @Override
    public String toString() {
        return isOk() ? "ok(" + value + ")" : "failed(" + message() + ")";
    }
}
