package vn.dxhub.connector.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import vn.dxhub.connector.SourceException;

/** Which next links a FHIR search follows, and the clear permanent error for the ones it must not. */
class NextLinksTest {

    private static final String FIRST = "https://fhir.moh.gov.vn/fhir/MeasureReport?period=ge2025-07-01&_count=50";

    private static NextLinks links(int maxPages) {
        NextLinks links = new NextLinks("fhir-moh", "https://fhir.moh.gov.vn/fhir", maxPages);
        links.first(FIRST);
        return links;
    }

    private static SourceException refused(NextLinks links, String current, String next, int entries) {
        SourceException e = catchThrowableOfType(SourceException.class, () -> links.follow(current, next, entries));
        assertThat(e).as("refused: %s", next).isNotNull();
        assertThat(e.isTransient()).isFalse();
        assertThat(e.getMessage()).startsWith("fhir-moh: ").contains(next);
        return e;
    }

    @Test
    void followsAbsoluteAndRelativeLinksOnTheSameServerUntilThereIsNone() {
        NextLinks links = links(10);

        String second = links.follow(FIRST, "https://fhir.moh.gov.vn:443/fhir/MeasureReport?_getpages=abc&_getpagesoffset=50", 50);
        String third = links.follow(second, "MeasureReport?_getpages=abc&_getpagesoffset=100", 50);

        assertThat(second).isEqualTo("https://fhir.moh.gov.vn:443/fhir/MeasureReport?_getpages=abc&_getpagesoffset=50");
        assertThat(third).isEqualTo("https://fhir.moh.gov.vn:443/fhir/MeasureReport?_getpages=abc&_getpagesoffset=100");
        assertThat(links.follow(third, null, 12)).isNull();
        assertThat(links.follow(third, " ", 12)).isNull();
    }

    @Test
    void refusesALinkToAnotherServerSoTheTokenNeverGoesThere() {
        assertThat(refused(links(10), FIRST, "https://evil.example.org/fhir/MeasureReport?page=2", 50).getMessage())
                .contains("máy chủ khác").contains("another server");
        refused(links(10), FIRST, "http://fhir.moh.gov.vn/fhir/MeasureReport?page=2", 50);
        refused(links(10), FIRST, "https://fhir.moh.gov.vn:8443/fhir/MeasureReport?page=2", 50);
        refused(links(10), FIRST, "//fhir.moh.gov.vn.evil.example.org/fhir?page=2", 50);
        refused(links(10), FIRST, "https://fhir.moh.gov.vn/quan-tri/xuat-du-lieu?page=2", 50);
        refused(links(10), FIRST, "https://fhir.moh.gov.vn/fhir-cu/MeasureReport?page=2", 50);
    }

    @Test
    void refusesALinkBackToAPageAlreadyRead() {
        NextLinks links = links(10);
        String second = links.follow(FIRST, "https://fhir.moh.gov.vn/fhir/MeasureReport?page=2", 50);

        assertThat(refused(links, second, FIRST, 50).getMessage()).contains("vòng lặp").contains("a loop");
    }

    @Test
    void refusesANextLinkOnAPageWithoutEntriesAndMorePagesThanAllowed() {
        assertThat(refused(links(10), FIRST, "https://fhir.moh.gov.vn/fhir/MeasureReport?page=2", 0).getMessage())
                .contains("without entries");
        NextLinks two = links(2);
        String second = two.follow(FIRST, "https://fhir.moh.gov.vn/fhir/MeasureReport?page=2", 50);
        assertThat(refused(two, second, "https://fhir.moh.gov.vn/fhir/MeasureReport?page=3", 50).getMessage()).contains("maxPages");
    }

    @Test
    void refusesALinkThatIsNotAUrl() {
        refused(links(10), FIRST, "https://fhir.moh.gov.vn/fhir/Measure Report?page=2", 50);
    }
}
