package vn.dxhub.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.dxhub.catalog.Indicator;
import vn.dxhub.catalog.IndicatorCatalog;
import vn.dxhub.catalog.PeriodType;
import vn.dxhub.catalog.ReferenceData;
import vn.dxhub.catalog.ReferenceDataLoader;
import vn.dxhub.catalog.UnitOfMeasure;
import vn.dxhub.mapping.Mapping;
import vn.dxhub.mapping.MappingLoader;

class ReportingSystemIndicatorsTest {

    private final ReferenceData reference = ReferenceDataLoader.load(Path.of("mappings"));

    @Test
    void everyCodeIsAQuarterlyPercentIndicatorOfTheCatalog() {
        IndicatorCatalog catalog = reference.catalog();
        assertThat(ReportingSystemIndicators.TO_CATALOG).hasSize(8);
        assertThat(ReportingSystemIndicators.TO_CATALOG.values()).doesNotHaveDuplicates();
        for (ReportingSystemIndicators.Code code : ReportingSystemIndicators.CODES) {
            Indicator indicator = catalog.find(code.catalogCode()).orElseThrow(() -> new AssertionError(code));
            assertThat(indicator.unitOfMeasure()).isEqualTo(UnitOfMeasure.PERCENT);
            assertThat(indicator.allows(PeriodType.QUARTER)).isTrue();
        }
        assertThat(ReportingSystemIndicators.find(ReportingSystemIndicators.UNKNOWN_CODE)).isEmpty();
    }

    @Test
    void theShippedMappingsCrosswalkExactlyTheSystemsCodes() {
        MappingLoader loader = new MappingLoader(Path.of("mappings"), reference.catalog());
        for (String file : new String[] {"bao-cao/bao-cao-json.yaml", "bao-cao/bao-cao-xml.yaml"}) {
            Mapping mapping = loader.load(file);
            assertThat(mapping.crosswalks().get("maChiTieuBaoCao")).as(file).isEqualTo(ReportingSystemIndicators.TO_CATALOG);
        }
    }
}
