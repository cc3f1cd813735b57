package vn.dxhub.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.dxhub.catalog.ReferenceData;
import vn.dxhub.catalog.ReferenceDataLoader;

class RecordMapperTest {

    private final ReferenceData reference = ReferenceDataLoader.load(Path.of("mappings"));
    private final Mapping lgsp = new MappingLoader(Path.of("mappings"), reference.catalog()).load("lgsp/chi-tieu.yaml");
    private final SourceContext source = new SourceContext("lgsp", "t", Instant.parse("2025-10-01T00:00:00Z"), "0".repeat(64));

    private MappedRecord map(String json) throws Exception {
        return new RecordMapper(lgsp, reference).map(SourceRecord.of(new ObjectMapper().readTree(json), null, "#0"), "#0", source);
    }

    @Test
    void aJsonNumberIsTakenAsItIsWhileTheSameDigitsAsTextReadTheVietnameseWay() throws Exception {
        MappedRecord typed = map("{\"maChiTieu\":\"CT01\",\"maDonVi\":\"01\",\"kyBaoCao\":\"2025Q3\",\"giaTri\":87.125}");
        MappedRecord text = map("{\"maChiTieu\":\"CT06\",\"maDonVi\":\"01\",\"kyBaoCao\":\"2025Q3\",\"giaTri\":\"1.234\",\"mauSo\":\"2.000\"}");

        assertThat(typed.observation().value()).isEqualByComparingTo("87.125");
        assertThat(text.observation().value()).isEqualByComparingTo("1234");
        assertThat(text.observation().denominator()).isEqualByComparingTo("2000");
    }

    @Test
    void everyUnreadableFieldIsReportedTogether() throws Exception {
        MappedRecord bad = map("{\"maChiTieu\":\"CT77\",\"maDonVi\":\"01\",\"kyBaoCao\":\"Quý V/2025\",\"giaTri\":\"nhiều\"}");

        assertThat(bad.isMapped()).isFalse();
        assertThat(bad.problems()).extracting(p -> p.field()).containsExactlyInAnyOrder("indicator", "period", "value");
        assertThat(bad.fragment()).contains("CT77");
    }
}
