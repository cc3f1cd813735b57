package vn.dxhub.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.dxhub.catalog.Indicator;
import vn.dxhub.catalog.IndicatorCatalog;
import vn.dxhub.catalog.PeriodType;
import vn.dxhub.catalog.ReferenceDataLoader;
import vn.dxhub.catalog.UnitOfMeasure;

class LgspIndicatorCodesTest {

    @Test
    void everyGatewayCodeIsAQuarterlyPercentIndicatorOfTheCatalog() {
        IndicatorCatalog catalog = ReferenceDataLoader.load(Path.of("mappings")).catalog();
        assertThat(LgspIndicatorCodes.TO_CATALOG).hasSize(15).containsEntry("CT01", "1.4");
        assertThat(LgspIndicatorCodes.TO_CATALOG.values()).doesNotHaveDuplicates();
        for (LgspIndicatorCodes.Code code : LgspIndicatorCodes.CODES) {
            Indicator indicator = catalog.find(code.catalogCode()).orElseThrow(() -> new AssertionError(code));
            assertThat(indicator.unitOfMeasure()).isEqualTo(UnitOfMeasure.PERCENT);
            assertThat(indicator.allows(PeriodType.QUARTER)).isTrue();
            assertThat(code.highPercent()).isLessThanOrEqualTo(100);
        }
        assertThat(LgspIndicatorCodes.find(LgspIndicatorCodes.UNKNOWN_CODE)).isEmpty();
    }
}
