package vn.dxhub.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

class DvcSimulatorTest extends SimulatorWebTest {

    @Test
    void refusesAMissingOrWrongApiKey() throws Exception {
        for (String key : new String[] {null, "wrong"}) {
            ResponseEntity<String> response = dvc("/ho-so?maTinh=01&kyBaoCao=2025Q3", key);
            assertThat(response.getStatusCode().value()).isEqualTo(401);
            assertThat(read(response).get("error").asText()).isEqualTo("invalid api key");
        }
        assertThat(dvc("/thong-ke?maTinh=01&kyBaoCao=2025Q3", "wrong").getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void rejectsUnknownProvinceOrPeriod() {
        assertThat(dvc("/ho-so?maTinh=T63-02&kyBaoCao=2025Q3").getStatusCode().value()).isEqualTo(400);
        assertThat(dvc("/ho-so?maTinh=01&kyBaoCao=2025").getStatusCode().value()).isEqualTo(400);
        assertThat(dvc("/ho-so?maTinh=01&kyBaoCao=2025Q3&page=-1").getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void pagesTheDossiersOfAProvinceAndQuarter() throws Exception {
        JsonNode first = read(dvc("/ho-so?maTinh=01&kyBaoCao=2025Q3"));
        assertThat(first.get("content")).hasSize(500);
        assertThat(first.get("totalElements").asLong()).isEqualTo(2000);
        assertThat(first.get("totalPages").asLong()).isEqualTo(4);
        assertThat(first.get("last").asBoolean()).isFalse();
        JsonNode dossier = first.at("/content/0");
        assertThat(dossier.get("maHoSo").asText()).isEqualTo("01-2025Q3-0000001");
        assertThat(dossier.get("maTinh").asText()).isEqualTo("01");
        assertThat(dossier.get("maDichVu").asText()).matches("DVC-01-\\d{3}");
        assertThat(dossier.get("maTTHC").asText()).matches("[12]\\.00\\d{4}");
        assertThat(dossier.get("ngayNop").asText()).matches("\\d{2}/(07|08|09)/2025 \\d{2}:\\d{2}:\\d{2}");

        JsonNode last = read(dvc("/ho-so?maTinh=01&kyBaoCao=2025Q3&page=2&size=700"));
        assertThat(last.get("content")).hasSize(600);
        assertThat(last.get("last").asBoolean()).isTrue();
        assertThat(read(dvc("/ho-so?maTinh=01&kyBaoCao=2025Q3&page=9")).get("content")).isEmpty();
    }

    @Test
    void streamsAPageOfAThousandFromMillionsOfDossiers() throws Exception {
        long start = System.nanoTime();
        JsonNode page = read(dvc("/ho-so?maTinh=79&kyBaoCao=2025Q4&tongSo=4000000&page=3999&size=1000"));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3000);
        assertThat(page.get("content")).hasSize(1000);
        assertThat(page.get("totalElements").asLong()).isEqualTo(4_000_000);
        assertThat(page.get("totalPages").asLong()).isEqualTo(4000);
        assertThat(page.get("last").asBoolean()).isTrue();
        assertThat(page.at("/content/999/maHoSo").asText()).isEqualTo("79-2025Q4-4000000");
        assertThat(read(dvc("/ho-so?maTinh=79&kyBaoCao=2025Q4&size=5000")).get("size").asInt()).as("size is capped").isEqualTo(1000);
    }

    @Test
    void sameRequestSameBodyWithNamesSometimesInNfd() throws Exception {
        String once = dvc("/ho-so?maTinh=46&kyBaoCao=2025Q3&page=1&size=50").getBody();
        assertThat(dvc("/ho-so?maTinh=46&kyBaoCao=Q3/2025&page=1&size=50").getBody()).isEqualTo(once);
        Set<String> names = new HashSet<>();
        read(dvc("/ho-so?maTinh=01&kyBaoCao=2025Q3&size=9")).get("content").forEach(d -> names.add(d.get("tenTinh").asText()));
        assertThat(names).hasSize(2).allMatch(n -> Normalizer.normalize(n, Normalizer.Form.NFC).equals("Hà Nội"));
    }

    @Test
    void badRecordRateSpoilsDossiers() throws Exception {
        plan("dvc", Map.of("badRecordRate", 0.2));
        int bad = 0;
        for (JsonNode d : read(dvc("/ho-so?maTinh=01&kyBaoCao=2025Q3&size=1000")).get("content")) {
            if (!d.has("ngayNop") || d.get("ngayNop").asText().startsWith("31/02/") || !d.get("maTinh").asText().equals("01")
                    || d.get("kenhNop").asText().equals("KHONG_RO")) {
                bad++;
            }
        }
        assertThat(bad).isBetween(150, 250);
    }

    @Test
    void countsTheOnlineServicesOfAProvince() throws Exception {
        JsonNode answer = read(dvc("/dich-vu/thong-ke?maTinh=01"));
        assertThat(answer.get("maTinh").asText()).isEqualTo("01");
        assertThat(answer.get("soDichVuTrucTuyen").asInt()).isEqualTo(400);
    }

    @Test
    void statisticsAgreeWithTheDossiersTheyAggregate() throws Exception {
        long total = 0;
        long fullyOnline = 0;
        long resolved = 0;
        long onTime = 0;
        Set<String> servicesUsedOnline = new HashSet<>();
        for (int page = 0; page < 2; page++) {
            for (JsonNode d : read(dvc("/ho-so?maTinh=48&kyBaoCao=2025Q3&size=1000&page=" + page)).get("content")) {
                total++;
                fullyOnline += d.get("toanTrinh").asBoolean() ? 1 : 0;
                if (d.get("kenhNop").asText().equals("TRUC_TUYEN")) {
                    servicesUsedOnline.add(d.get("maDichVu").asText());
                }
                if (d.has("ngayTra")) {
                    resolved++;
                    onTime += SandboxDates.notAfter(d.get("ngayTra").asText(), d.get("ngayHenTra").asText()) ? 1 : 0;
                }
            }
        }
        JsonNode stats = read(dvc("/thong-ke?maTinh=48&kyBaoCao=Q3/2025"));
        assertThat(stats.get("tongSoHoSo").asText()).isEqualTo("2.000");
        assertThat(stats.get("kyBaoCao").asText()).isEqualTo("Q3/2025");
        assertThat(stats.get("tyLeHoSoTrucTuyenToanTrinh").asText()).isEqualTo(VnFormat.decimal1(fullyOnline * 100.0 / total) + "%");
        assertThat(stats.get("tyLeDichVuPhatSinhHoSo").asText()).isEqualTo(VnFormat.decimal1(servicesUsedOnline.size() * 100.0 / 400));
        assertThat(stats.get("tyLeGiaiQuyetDungHan").asText()).isEqualTo(VnFormat.decimal1(onTime * 100.0 / resolved) + "%");
        assertThat(servicesUsedOnline.size()).as("not every online service gets dossiers").isLessThan(400);
        assertThat(stats.get("capNhatLuc").asText()).matches("\\d{2}/\\d{2}/\\d{4} 07:00:00");
    }

    @Test
    void statisticsOfAllThirtyFourProvinces() throws Exception {
        JsonNode all = read(dvc("/thong-ke?kyBaoCao=2025Q3"));
        assertThat(all).hasSize(34);
        assertThat(all.get(0).get("maTinh").asText()).isEqualTo("01");
        Set<String> forms = new HashSet<>();
        all.forEach(p -> forms.add(Normalizer.isNormalized(p.get("tenTinh").asText(), Normalizer.Form.NFC) ? "NFC" : "NFD"));
        assertThat(forms).containsExactlyInAnyOrder("NFC", "NFD");
    }
}
