package vn.dxhub.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

class LgspSimulatorTest extends SimulatorWebTest {

    @Test
    void issuesATokenForBasicOrFormCredentials() throws Exception {
        JsonNode basic = read(tokenRequest("01", "dxhub-01", "sandbox-secret", true));
        assertThat(basic.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(basic.get("expires_in").asInt()).isEqualTo(300);
        assertThat(basic.get("access_token").asText()).isNotBlank();
        assertThat(tokenRequest("01", "dxhub-01", "sandbox-secret", false).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void refusesWrongClientCredentials() throws Exception {
        ResponseEntity<String> wrongSecret = tokenRequest("01", "dxhub-01", "guess", true);
        assertThat(wrongSecret.getStatusCode().value()).isEqualTo(401);
        assertThat(read(wrongSecret).get("error").asText()).isEqualTo("invalid_client");
        assertThat(tokenRequest("79", "dxhub-01", "sandbox-secret", false).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void refusesMissingUnknownForeignAndRevokedTokens() throws Exception {
        assertThat(lgsp("01", null, "?kyBaoCao=2025Q3").getStatusCode().value()).isEqualTo(401);
        ResponseEntity<String> unknown = lgsp("01", "made-up", "?kyBaoCao=2025Q3");
        assertThat(unknown.getStatusCode().value()).isEqualTo(401);
        assertThat(read(unknown).get("error").asText()).isEqualTo("invalid_token");

        String token = token("01");
        assertThat(lgsp("79", token, "?kyBaoCao=2025Q3").getStatusCode().value()).as("a token of another gateway").isEqualTo(401);
        assertThat(lgsp("01", token, "?kyBaoCao=2025Q3").getStatusCode().value()).isEqualTo(200);
        http.delete("/sandbox/lgsp/01/oauth2/tokens");
        assertThat(lgsp("01", token, "?kyBaoCao=2025Q3").getStatusCode().value()).isEqualTo(401);
        assertThat(lgsp("01", token("01"), "?kyBaoCao=2025Q3").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void rejectsAMissingOrMalformedPeriod() throws Exception {
        String token = token("01");
        for (String query : List.of("", "?kyBaoCao=2025Q5", "?kyBaoCao=tháng 9")) {
            ResponseEntity<String> response = lgsp("01", token, query);
            assertThat(response.getStatusCode().value()).isEqualTo(400);
            assertThat(read(response).get("maLoi").asText()).isEqualTo("400");
            assertThat(read(response).get("moTa").asText()).startsWith("Tham số kyBaoCao không hợp lệ");
        }
    }

    @Test
    void pagesFifteenIndicatorsOfTheProvinceTwentyAtATime() throws Exception {
        String token = token("01");
        JsonNode first = read(lgsp("01", token, "?kyBaoCao=2025Q3"));
        assertThat(first.get("maLoi").asText()).isEqualTo("0");
        assertThat(first.get("tongSoBanGhi").asInt()).isEqualTo(15);
        assertThat(first.get("tongSoTrang").asInt()).isEqualTo(1);
        assertThat(first.get("soBanGhiMoiTrang").asInt()).isEqualTo(20);
        JsonNode record = first.at("/duLieu/0");
        assertThat(record.get("id").asText()).isEqualTo("01-2025Q3-CT01");
        assertThat(record.get("maDonVi").asText()).isEqualTo("01");
        assertThat(record.get("tenDonVi").asText()).isEqualTo("Thành phố Hà Nội");
        assertThat(record.get("kyBaoCao").asText()).isEqualTo("Quý III/2025");
        assertThat(record.get("donViTinh").asText()).isEqualTo("%");

        JsonNode second = read(lgsp("01", token, "?kyBaoCao=2025Q3&page=2"));
        assertThat(second.get("duLieu")).isEmpty();
        assertThat(second.get("trang").asInt()).isEqualTo(2);
    }

    @Test
    void servesTheOldProvincesThatMergedIntoTheGatewayBeforeJuly2025() throws Exception {
        String token = token("25");
        JsonNode page1 = read(lgsp("25", token, "?kyBaoCao=2025Q2&pageSize=20"));
        assertThat(page1.get("tongSoBanGhi").asInt()).as("Hòa Bình, Phú Thọ, Vĩnh Phúc").isEqualTo(45);
        assertThat(page1.get("tongSoTrang").asInt()).isEqualTo(3);
        JsonNode last = read(lgsp("25", token, "?kyBaoCao=2025Q2&pageSize=20&page=3"));
        assertThat(last.get("duLieu")).hasSize(5);

        Set<String> units = new TreeSet<>();
        for (int page = 1; page <= 3; page++) {
            read(lgsp("25", token, "?kyBaoCao=2025Q2&page=" + page)).get("duLieu")
                    .forEach(r -> units.add(r.get("maDonVi").asText() + " " + nfc(r.get("tenDonVi").asText())));
        }
        assertThat(units).containsExactly("17 Tỉnh Hòa Bình", "25 Tỉnh Phú Thọ", "26 Tỉnh Vĩnh Phúc");
        assertThat(read(lgsp("25", token, "?kyBaoCao=2025Q3")).get("tongSoBanGhi").asInt()).isEqualTo(15);
    }

    @Test
    void valuesAreVietnameseFiguresThatAddUp() throws Exception {
        JsonNode records = read(lgsp("79", token("79"), "?kyBaoCao=2025Q3&pageSize=100")).get("duLieu");
        for (JsonNode r : records) {
            double value = Double.parseDouble(r.get("giaTri").asText().replace("%", "").replace(",", "."));
            long numerator = Long.parseLong(r.get("tuSo").asText().replace(".", ""));
            long denominator = Long.parseLong(r.get("mauSo").asText().replace(".", ""));
            assertThat(value).as(r.toString()).isEqualTo(Math.round(numerator * 1000.0 / denominator) / 10.0);
            assertThat(r.get("ngayCapNhat").asText()).matches("\\d{2}/\\d{2}/\\d{4}");
            assertThat(r.get("trangThai").asText()).isIn("Tạm tính", "Chính thức");
        }
        assertThat(records).extracting(r -> r.get("giaTri").asText()).anyMatch(v -> v.endsWith("%")).anyMatch(v -> !v.endsWith("%"));
        assertThat(records).extracting(r -> r.get("kyBaoCao").asText()).contains("Quý III/2025", "Q3/2025", "2025-Q3");
    }

    @Test
    void sameRequestSameBodyAndSomeNamesInNfd() throws Exception {
        String token = token("08");
        String once = lgsp("08", token, "?kyBaoCao=2025Q2").getBody();
        assertThat(lgsp("08", token, "?kyBaoCao=2025Q2").getBody()).isEqualTo(once);
        List<String> names = new ArrayList<>();
        read(lgsp("08", token, "?kyBaoCao=2025Q2")).get("duLieu").forEach(r -> names.add(r.get("tenDonVi").asText()));
        assertThat(names).anyMatch(n -> !Normalizer.isNormalized(n, Normalizer.Form.NFC));
        assertThat(names).extracting(LgspSimulatorTest::nfc).containsOnly("Tỉnh Hà Giang", "Tỉnh Tuyên Quang");
    }

    @Test
    void badRecordRateSpoilsTheChosenShareOfRecords() throws Exception {
        plan("lgsp", Map.of("badRecordRate", 0.5));
        List<JsonNode> records = new ArrayList<>();
        read(lgsp("92", token("92"), "?kyBaoCao=2025Q2&pageSize=100")).get("duLieu").forEach(records::add);
        assertThat(records).hasSize(45);
        long bad = records.stream().filter(r -> r.get("giaTri").asText().equals("không có số liệu")
                || r.get("giaTri").asText().equals("135,2")
                || r.get("maChiTieu").asText().equals("CT99")
                || Long.parseLong(r.get("tuSo").asText().replace(".", "")) > Long.parseLong(r.get("mauSo").asText().replace(".", ""))).count();
        assertThat(bad).isBetween(12L, 34L);
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
