package vn.dxhub.mapping.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dxhub.observation.ObservationStatus;

class ReportStatusTest {

    @ParameterizedTest
    @ValueSource(strings = {"tạm tính", "Tạm ước tính", "ước tính", "Sơ bộ", "provisional", "PROVISIONAL", "du kien",
            "Dự kiến", "số liệu tạm ước tính", "tam uoc tinh", " Tạm\u00A0tính ", "pending"})
    void readsProvisionalWordings(String text) {
        assertThat(ReportStatus.parse(text).value()).isEqualTo(ObservationStatus.PROVISIONAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"chính thức", "Chính Thức", "official", "Official", "chinh thuc", "đã duyệt", "Số liệu chính thức", "complete"})
    void readsOfficialWordings(String text) {
        assertThat(ReportStatus.parse(text).value()).isEqualTo(ObservationStatus.OFFICIAL);
    }

    @Test
    void readsDecomposedAndUpperCaseVietnamese() {
        assertThat(ReportStatus.parse(Normalizer.normalize("TẠM ƯỚC TÍNH", Normalizer.Form.NFD)).value())
                .isEqualTo(ObservationStatus.PROVISIONAL);
        assertThat(ReportStatus.parse(Normalizer.normalize("Đã duyệt", Normalizer.Form.NFD)).value())
                .isEqualTo(ObservationStatus.OFFICIAL);
    }

    @Test
    void refusesAnUnknownStatusNamingIt() {
        ConversionResult<ObservationStatus> result = ReportStatus.parse("chờ duyệt");
        assertThat(result.messageVi()).isEqualTo("'chờ duyệt' không phải trạng thái số liệu (tạm tính hoặc chính thức)");
        assertThat(result.messageEn()).isEqualTo("'chờ duyệt' is not a report status (provisional or official)");
    }

    @Test
    void refusesAFhirReportInError() {
        assertThat(ReportStatus.parse("error").message()).contains("'error'");
    }

    @Test
    void refusesNullAndBlankAsEmpty() {
        assertThat(ReportStatus.parse(null).messageVi()).contains("trống");
        assertThat(ReportStatus.parse("").messageEn()).contains("empty");
    }
}
