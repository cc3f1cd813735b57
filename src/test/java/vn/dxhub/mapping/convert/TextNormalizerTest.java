package vn.dxhub.mapping.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    @Test
    void turnsDecomposedTextIntoComposedText() {
        String decomposed = nfd("Hà Nội");
        assertThat(decomposed).isNotEqualTo("Hà Nội");
        assertThat(TextNormalizer.nfc(decomposed).value()).isEqualTo("Hà Nội");
    }

    @Test
    void trimsAndCollapsesEveryKindOfSpace() {
        assertThat(TextNormalizer.nfc("  Thành\u00A0phố \t Hồ\u202FChí  Minh \n").value()).isEqualTo("Thành phố Hồ Chí Minh");
    }

    @Test
    void dropsByteOrderMarksAndZeroWidthCharacters() {
        assertThat(TextNormalizer.nfc("\uFEFFĐà\u200B Nẵng").value()).isEqualTo("Đà Nẵng");
    }

    @Test
    void keepsCaseAndDiacriticsInNfc() {
        assertThat(TextNormalizer.nfc("Đắk Lắk").value()).isEqualTo("Đắk Lắk");
    }

    @Test
    void foldKeyRemovesDiacriticsCaseAndTheCrossedD() {
        assertThat(TextNormalizer.foldKey("Thành phố Hồ Chí Minh").value()).isEqualTo("thanh pho ho chi minh");
        assertThat(TextNormalizer.foldKey("ĐẮK LẮK").value()).isEqualTo("dak lak");
        assertThat(TextNormalizer.foldKey("Đà Nẵng").value()).isEqualTo("da nang");
    }

    @Test
    void foldKeyIsTheSameForComposedDecomposedAndUnaccentedText() {
        String key = TextNormalizer.foldKey("Quảng Ngãi").value();
        assertThat(TextNormalizer.foldKey(nfd("Quảng Ngãi")).value()).isEqualTo(key);
        assertThat(TextNormalizer.foldKey(nfd("QUẢNG  NGÃI ")).value()).isEqualTo(key);
        assertThat(TextNormalizer.foldKey("quang ngai").value()).isEqualTo(key);
    }

    @Test
    void comparesLooselyButNeverCallsTwoBlanksTheSame() {
        assertThat(TextNormalizer.sameKey(nfd("Huế"), "HUE")).isTrue();
        assertThat(TextNormalizer.sameKey("Huế", "Hà Nội")).isFalse();
        assertThat(TextNormalizer.sameKey(null, " ")).isFalse();
    }

    @Test
    void refusesNullAndBlankText() {
        assertThat(TextNormalizer.nfc(null).isOk()).isFalse();
        assertThat(TextNormalizer.nfc(" \u00A0 ").messageEn()).contains("empty");
        assertThat(TextNormalizer.foldKey("").messageVi()).contains("trống");
    }
}
