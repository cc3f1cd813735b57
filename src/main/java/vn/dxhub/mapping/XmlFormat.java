package vn.dxhub.mapping;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpression;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import javax.xml.xpath.XPathFactoryConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * XML payloads, read with XPath. Parsing refuses any DTD: a document declaring one (the carrier of XXE and
 * of entity-expansion "billion laughs" attacks) is refused as a whole and nothing it names is fetched.
 * Documents are read without namespaces, so {@code /BaoCao/ChiTieu} matches whatever default namespace the
 * source declares. The mapping's {@code records} XPath selects the records; without it the root element is the record.
 */
final class XmlFormat implements PayloadFormat {

    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // a warning does not stop the parse, and the JDK's default handler would print it on stderr
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private final DocumentBuilderFactory factory = secureFactory();

    @Override
    public ParsedPayload parse(byte[] body, String contentType) {
        XmlScreen.Verdict verdict = XmlScreen.screen(body);
        if (verdict instanceof XmlScreen.Verdict.Doctype d) {
            return new ParsedPayload.Refused(List.of(XmlScreen.dtdRefused(d.declaration())));
        }
        if (verdict instanceof XmlScreen.Verdict.CutShort c) {
            throw new UnreadablePayloadException("Tài liệu XML bị cắt ngang / truncated XML: " + c.detail(), true, null);
        }
        if (verdict instanceof XmlScreen.Verdict.NotXml n) {
            throw new UnreadablePayloadException("Tài liệu không phải XML hợp lệ / not well-formed XML: " + n.detail(), false, null);
        }
        try {
            DocumentBuilder builder;
            synchronized (factory) {
                builder = factory.newDocumentBuilder();
            }
            builder.setErrorHandler(SILENT);
            Document document = builder.parse(new ByteArrayInputStream(body));
            if ("html".equalsIgnoreCase(document.getDocumentElement().getTagName())) {
                throw new UnreadablePayloadException("Nhận được một trang HTML (trang lỗi của cổng trung gian?), không phải tài liệu XML"
                        + " / an HTML page (a gateway's error page?), not an XML document", false, null);
            }
            return new ParsedPayload.Readable(document);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new UnreadablePayloadException("Không đọc được tài liệu XML / cannot read the XML document: " + e.getMessage(), false, e);
        }
    }

    @Override
    public List<SourceRecord> records(Mapping mapping, Object document) {
        Document root = (Document) document;
        List<SourceRecord> records = new ArrayList<>();
        if (mapping.records() == null) {
            records.add(SourceRecord.of(root.getDocumentElement(), root, "#0"));
            return records;
        }
        NodeList nodes = (NodeList) evaluate(newXPath(), mapping.records(), root, XPathConstants.NODESET);
        for (int i = 0; i < nodes.getLength(); i++) {
            records.add(SourceRecord.of(nodes.item(i), root, "#" + i));
        }
        return records;
    }

    @Override
    public String pathProblem(String path) {
        try {
            newXPath().compile(path);
            return null;
        } catch (XPathExpressionException e) {
            return "XPath '" + path + "' không hợp lệ / invalid XPath";
        }
    }

    @Override
    public FieldReader newReader() {
        return new Reader();
    }

    /** XPath read as text, relative to the record (or absolute, from the document's root); compiled paths are cached. */
    private static final class Reader implements FieldReader {

        private final XPath xpath = newXPath();
        private final Map<String, XPathExpression> compiled = new HashMap<>();

        @Override
        public String read(Object record, String path) {
            XPathExpression expression = compiled.computeIfAbsent(path, p -> {
                try {
                    return xpath.compile(p);
                } catch (XPathExpressionException e) {
                    throw new IllegalArgumentException("XPath '" + p + "' không hợp lệ / invalid XPath", e);
                }
            });
            try {
                String value = expression.evaluate(record);
                return value == null || value.isEmpty() ? null : value;
            } catch (XPathExpressionException e) {
                return null;
            }
        }

        @Override
        public String fragment(Object record) {
            return serialise((Node) record);
        }
    }

    private static Object evaluate(XPath xpath, String path, Object node, javax.xml.namespace.QName type) {
        try {
            return xpath.evaluate(path, node, type);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException("XPath '" + path + "' không hợp lệ / invalid XPath", e);
        }
    }

    private static String serialise(Node node) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(node), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            return node.getTextContent();
        }
    }

    private static XPath newXPath() {
        XPathFactory factory = XPathFactory.newInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (XPathFactoryConfigurationException e) {
            throw new IllegalStateException("the JDK's XPath supports secure processing", e);
        }
        return factory.newXPath();
    }

    private static DocumentBuilderFactory secureFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser supports refusing DTDs", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        return factory;
    }
}
