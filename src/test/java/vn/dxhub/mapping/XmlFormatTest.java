package vn.dxhub.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How XML payloads are told apart: readable, refused whole (a DTD), cut short (fetched again) or not XML at all (refused). */
class XmlFormatTest {

    private static final String REPORT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <BaoCao xmlns="urn:vn:gov:baocao:chuyendoiso:1.0">
              <ThongTinChung><KyBaoCao>Quý III/2025</KyBaoCao></ThongTinChung>
              <DanhSachChiTieu><ChiTieu ma="CT-BC-01"><GiaTri>84,3</GiaTri></ChiTieu></DanhSachChiTieu>
            </BaoCao>
            """;

    private final PayloadFormat xml = PayloadFormats.of(Mapping.Format.XML);

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aWellFormedReportIsReadable() {
        assertThat(xml.parse(utf8(REPORT), "application/xml")).isInstanceOf(ParsedPayload.Readable.class);
    }

    @Test
    void aDocumentDeclaringADtdIsRefusedWholeInAnyEncoding() {
        String hostile = "<?xml version=\"1.0\"?>\n<!DOCTYPE BaoCao [<!ENTITY x SYSTEM \"http://127.0.0.1:9/x\">]>\n<BaoCao>&x;</BaoCao>\n";
        for (byte[] body : new byte[][] {utf8(hostile), hostile.replace("?>", " encoding=\"UTF-16\"?>").getBytes(StandardCharsets.UTF_16)}) {
            ParsedPayload parsed = xml.parse(body, "application/xml");
            assertThat(parsed).isInstanceOf(ParsedPayload.Refused.class);
            assertThat(((ParsedPayload.Refused) parsed).reasons()).singleElement()
                    .satisfies(p -> assertThat(p.messageVi()).contains("DTD").contains("XXE"));
        }
    }

    @Test
    void aDocumentCutInTheMiddleIsTruncatedSoItIsFetchedAgain() {
        byte[] body = utf8(REPORT.substring(0, REPORT.indexOf("<GiaTri>") + 5));
        UnreadablePayloadException e = catchThrowableOfType(UnreadablePayloadException.class, () -> xml.parse(body, "application/xml"));
        assertThat(e.isTruncated()).isTrue();
    }

    @Test
    void jsonTextAnEmptyBodyAndAnHtmlPageAreNotXmlAndNotRetried() {
        for (String body : new String[] {"{\"maLoi\":\"500\"}", "Service Unavailable", "", "<html><body>Bad Gateway</body></html>"}) {
            UnreadablePayloadException e = catchThrowableOfType(UnreadablePayloadException.class, () -> xml.parse(utf8(body), "application/xml"));
            assertThat(e).as(body).isNotNull();
            assertThat(e.isTruncated()).as(body).isFalse();
        }
    }
}
