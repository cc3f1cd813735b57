package vn.dxhub.mapping;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A streaming pass over an XML document, before a library that may be more trusting reads it: finds a DTD (the
 * carrier of XXE and entity-expansion attacks) without processing it, and tells a document cut short from one that
 * is not well-formed. The JDK's own StAX parser is used, with DTDs and external entities off, so nothing is fetched.
 */
final class XmlScreen {

    /** What the pass found: a clean document, a DTD declaration, a document cut short, or one that is not XML. */
    sealed interface Verdict {
        record Clean() implements Verdict {}
        record Doctype(String declaration) implements Verdict {}
        record CutShort(String detail) implements Verdict {}
        record NotXml(String detail) implements Verdict {}
    }

    private static final XMLInputFactory FACTORY = hardened();

    private XmlScreen() {}

    /** Why a document declaring a DTD is refused whole: the quarantine reason an operator reads. */
    static vn.dxhub.validation.Problem dtdRefused(String declaration) {
        String shown = declaration.length() > 160 ? declaration.substring(0, 160) + "..." : declaration;
        return new vn.dxhub.validation.Problem("$", shown,
                "tài liệu XML khai báo DTD hoặc thực thể (<!DOCTYPE>): hub không đọc tài liệu như vậy (chống tấn công XXE và bom thực thể), "
                        + "không tải gì từ địa chỉ trong đó; đề nghị nguồn gửi lại tài liệu không có DOCTYPE",
                "the XML document declares a DTD or entities (<!DOCTYPE>): refused against XXE and entity-expansion attacks, nothing "
                        + "it names was fetched; ask the source to resend it without a DOCTYPE");
    }

    static Verdict screen(byte[] body) {
        boolean rootStarted = false;
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(body));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    return new Verdict.Doctype(reader.getText());
                }
                rootStarted |= event == XMLStreamConstants.START_ELEMENT;
            }
            return new Verdict.Clean();
        } catch (XMLStreamException e) {
            return rootStarted && atEnd(e.getLocation(), body) ? new Verdict.CutShort(e.getMessage()) : new Verdict.NotXml(e.getMessage());
        } finally {
            close(reader);
        }
    }

    /**
     * Whether the parser failed where the bytes stop: on the last few characters (the end of input, a character cut
     * in two), or inside a last tag that never closes ("</MeasureRepo").
     */
    private static boolean atEnd(Location location, byte[] body) {
        if (location == null) {
            return false;
        }
        String text = new String(body, StandardCharsets.UTF_8).stripTrailing();
        int lastLine = 1 + (int) text.chars().filter(c -> c == '\n').count();
        if (location.getLineNumber() < lastLine) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n') + 1;
        int lastColumn = text.length() - lineStart;
        int lastTagColumn = text.lastIndexOf('<') - lineStart + 1;
        return location.getColumnNumber() >= lastColumn - 3 || !text.endsWith(">") && location.getColumnNumber() >= lastTagColumn;
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing is held open for a byte array
            }
        }
    }

    private static XMLInputFactory hardened() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }
}
