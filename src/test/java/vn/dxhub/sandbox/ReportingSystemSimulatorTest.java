package vn.dxhub.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

class ReportingSystemSimulatorTest extends SimulatorWebTest {

    private static final String KEY = "sandbox-bao-cao-key";

    private ResponseEntity<String> get(String pathAndQuery, String key, String accept) {
        HttpHeaders headers = new HttpHeaders();
        if (key != null) {
            headers.set("X-API-Key", key);
        }
        if (accept != null) {
            headers.set(HttpHeaders.ACCEPT, accept);
        }
        return http.exchange("/sandbox/bao-cao/api/v1/bao-cao" + pathAndQuery, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    @Test
    void everyCallNeedsTheApiKey() throws Exception {
        for (String key : java.util.Arrays.asList(null, "guess")) {
            ResponseEntity<String> list = get("?maDonVi=48&kyBaoCao=2025Q3", key, null);
            assertThat(list.getStatusCode().value()).isEqualTo(401);
            assertThat(read(list).get("moTa").asText()).contains("khóa API");
            assertThat(get("/BC-2025Q3-CPS-48", key, null).getStatusCode().value()).isEqualTo(401);
        }
    }

    @Test
    void listsTwoReportsAQuarterPageByPage() throws Exception {
        JsonNode all = read(get("?maDonVi=48&kyBaoCao=Quý III/2025", KEY, null));
        assertThat(all.get("tongSoBanGhi").asInt()).isEqualTo(2);
        assertThat(all.get("danhSach").findValuesAsText("maBaoCao")).containsExactly("BC-2025Q3-CPS-48", "BC-2025Q3-NLS-48");
        assertThat(all.at("/danhSach/0/lanNop").asInt()).as("2025Q3 is long past: resubmitted with official figures").isEqualTo(2);

        JsonNode second = read(get("?maDonVi=48&kyBaoCao=2025Q3&trang=2&soBanGhi=1", KEY, null));
        assertThat(second.get("tongSoTrang").asInt()).isEqualTo(2);
        assertThat(second.get("danhSach").findValuesAsText("maBaoCao")).containsExactly("BC-2025Q3-NLS-48");
        assertThat(read(get("?maDonVi=48&kyBaoCao=2025Q3&trang=3&soBanGhi=1", KEY, null)).get("danhSach")).isEmpty();
    }

    @Test
    void beforeTheMergerTheOldProvincesReportedAndNoReportExistsForAFutureQuarter() throws Exception {
        JsonNode q2 = read(get("?maDonVi=48&kyBaoCao=2025Q2", KEY, null));
        assertThat(q2.get("danhSach").findValuesAsText("maDonVi")).containsExactly("48", "48", "49", "49");
        assertThat(q2.get("danhSach").findValuesAsText("maBaoCao")).contains("BC-2025Q2-CPS-T63-49");
        assertThat(read(get("?maDonVi=48&kyBaoCao=2030Q1", KEY, null)).get("tongSoBanGhi").asInt()).isZero();
    }

    @Test
    void servesAReportInJsonOrXmlAsAsked() throws Exception {
        ResponseEntity<String> json = get("/BC-2025Q3-CPS-48", KEY, "application/json");
        assertThat(json.getHeaders().getContentType().toString()).startsWith("application/json");
        JsonNode report = read(json);
        assertThat(report.at("/thongTinChung/donViBaoCao/ma").asText()).isEqualTo("48");
        assertThat(report.get("duLieu").findValuesAsText("maChiTieu")).containsExactly("CT-BC-01", "CT-BC-02", "CT-BC-03", "CT-BC-04");
        assertThat(report.at("/duLieu/0/giaTri").asText()).matches("\\d{1,3},\\d");

        ResponseEntity<String> xml = get("/BC-2025Q3-CPS-48", KEY, "application/xml");
        assertThat(xml.getHeaders().getContentType().toString()).startsWith("application/xml");
        assertThat(xml.getBody()).startsWith("<?xml").contains("<BaoCao xmlns=\"urn:vn:gov:baocao:chuyendoiso:1.0\">")
                .contains("<ChiTieu stt=\"1\" ma=\"CT-BC-01\">").contains("<GiaTri>" + report.at("/duLieu/0/giaTri").asText() + "</GiaTri>");

        assertThat(get("/BC-2025Q3-CPS-48", KEY, "text/html").getStatusCode().value()).isEqualTo(406);
        assertThat(get("/BC-2025Q3-XYZ-48", KEY, null).getStatusCode().value()).isEqualTo(404);
        assertThat(get("/BC-2025Q3-CPS-T63-49", KEY, null).getStatusCode().value()).as("Quảng Nam no longer reports after the merger")
                .isEqualTo(404);
    }

    @Test
    void theBadRecordRateSpoilsRowsTheWayARealSystemDoes() throws Exception {
        assertThat(read(get("/BC-2025Q3-NLS-48", KEY, null)).get("duLieu")).allSatisfy(row -> assertThat(spoiled(row)).isFalse());
        plan("bao-cao", Map.of("badRecordRate", 1.0));
        assertThat(read(get("/BC-2025Q3-NLS-48", KEY, null)).get("duLieu")).allSatisfy(row -> assertThat(spoiled(row)).as(row.toString()).isTrue());
    }

    /** Not a number, above 100, a code the hub does not know, or a numerator above its denominator. */
    private static boolean spoiled(JsonNode row) {
        String value = row.get("giaTri").asText();
        long numerator = Long.parseLong(row.get("tuSo").asText().replace(".", ""));
        long denominator = Long.parseLong(row.get("mauSo").asText().replace(".", ""));
        return value.equals(ReportDocuments.NOT_A_NUMBER) || value.equals(SpoiledRecord.ABOVE_HUNDRED_VALUE)
                || row.get("maChiTieu").asText().equals(ReportingSystemIndicators.UNKNOWN_CODE) || numerator > denominator;
    }

    @Test
    void hostileDocumentsAreServedOnRequest() {
        plan("bao-cao", Map.of("next", List.of(Map.of("fault", "XXE"), Map.of("fault", "BILLION_LAUGHS"))));
        assertThat(get("/BC-2025Q3-CPS-48", KEY, "application/xml").getBody()).contains("<!ENTITY bimat SYSTEM \"http://localhost:" + port
                + "/sandbox/bao-cao/xxe-canary\">");
        assertThat(get("/BC-2025Q3-CPS-48", KEY, "application/xml").getBody()).contains("<!ENTITY lol9");
    }
}
