package vn.dxhub.connector.dvc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.dxhub.catalog.Period;
import vn.dxhub.catalog.PeriodWindow;
import vn.dxhub.catalog.ReferenceData;
import vn.dxhub.catalog.ReferenceDataLoader;
import vn.dxhub.mapping.MappingLoader;

class DossierReaderTest {

    private final ReferenceData reference = ReferenceDataLoader.load(Path.of("mappings"));
    private final DossierReader reader = new DossierReader(new MappingLoader(Path.of("mappings"), reference.catalog()).load("dvc/ho-so.yaml"));
    private final PeriodWindow q3 = reference.calendar().windowOf(Period.parse("2025Q3").orElseThrow());

    private DossierReader.Read read(String submitted) throws Exception {
        return reader.read(new ObjectMapper().readTree("""
                {"maTinh":"01","ngayNop":"%s","kenhNop":"TRUC_TUYEN","toanTrinh":true,"maDichVu":"S1"}""".formatted(submitted)), "01", "01", q3);
    }

    @Test
    void aSubmissionTimeWithAnOffsetCountsOnItsDayInVietnam() throws Exception {
        assertThat(read("2025-06-30T20:00:00Z").dossier()).as("03:00 on 1 July in Hà Nội").isNotNull();
        assertThat(read("2025-09-30T18:30:00Z").problems()).as("01:30 on 1 October in Hà Nội").extracting(p -> p.field())
                .containsExactly("submittedAt");
        assertThat(read("30/09/2025 23:59:00").dossier()).isNotNull();
    }

    @Test
    void aResolvedDossierWithoutDueDateStaysOutOfTheOnTimeShare() {
        DossierTally tally = new DossierTally();
        tally.add(new Dossier("01", q3.from(), null, q3.from().plusDays(3), true, true, "S1"));
        tally.add(new Dossier("01", q3.from(), q3.from().plusDays(5), q3.from().plusDays(9), true, false, "S2"));

        assertThat(tally.resolvedWithDueDate).isEqualTo(1);
        assertThat(tally.resolvedOnTime).isZero();
    }
}
