package vn.dxhub.sandbox;

import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A report document in the reporting system's two formats: JSON, and XML in its own namespace. */
final class ReportDocumentWriter {

    static final String NAMESPACE = "urn:vn:gov:baocao:chuyendoiso:1.0";

    private ReportDocumentWriter() {}

    /** The JSON form (Jackson writes these records with the system's field names). */
    record Json(Header thongTinChung, List<ReportDocuments.Row> duLieu) {}

    record Header(String maBaoCao, String tenBaoCao, String cheDoBaoCao, Unit donViBaoCao, String kyBaoCao, String ngayBaoCao, int lanNop,
                  String trangThai) {}

    record Unit(String ma, String ten) {}

    static Json json(ReportDocuments.Document d) {
        return new Json(new Header(d.id(), d.title(), ReportDocuments.REGIME, new Unit(d.unitCode(), d.unitName()), d.quarterText(),
                d.submittedOn(), d.submission(), d.status()), d.rows());
    }

    static String xml(ReportDocuments.Document d) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("BaoCao");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeStartElement("ThongTinChung");
            element(xml, "MaBaoCao", d.id());
            element(xml, "TenBaoCao", d.title());
            element(xml, "CheDoBaoCao", ReportDocuments.REGIME);
            xml.writeStartElement("DonViBaoCao");
            xml.writeAttribute("ma", d.unitCode());
            xml.writeCharacters(d.unitName());
            xml.writeEndElement();
            element(xml, "KyBaoCao", d.quarterText());
            element(xml, "NgayBaoCao", d.submittedOn());
            element(xml, "LanNop", Integer.toString(d.submission()));
            element(xml, "TrangThai", d.status());
            xml.writeEndElement();
            xml.writeStartElement("DanhSachChiTieu");
            for (ReportDocuments.Row row : d.rows()) {
                xml.writeStartElement("ChiTieu");
                xml.writeAttribute("stt", Integer.toString(row.stt()));
                xml.writeAttribute("ma", row.maChiTieu());
                element(xml, "Ten", row.tenChiTieu());
                element(xml, "DonViTinh", row.donViTinh());
                element(xml, "GiaTri", row.giaTri());
                element(xml, "TuSo", row.tuSo());
                element(xml, "MauSo", row.mauSo());
                element(xml, "TrangThai", row.trangThai());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to a string cannot fail", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
