package org.sijil.app.intake;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sijil.core.intake.Submission;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * ODK/Kobo submissions: OpenRosa XML instances and the CSV exports of ODK Central and KoboToolbox.
 *
 * <p>Rules: a field is named by the last segment of its path (XML element, or CSV header split at
 * {@code -}, {@code /} or {@code .}: {@code group-name_ar}, {@code group/name_ar} and {@code
 * name_ar} are all {@code name_ar}); names not in {@link Submission#FIELDS} (nor {@code contact},
 * {@code instanceID}, {@code deprecatedID}) are left out; {@code male}/{@code female} are read as
 * {@code m}/{@code f}. {@code instanceID} is the instance's ID (origin {@value Submission#ODK}),
 * {@code deprecatedID} the instance it replaces. An encrypted instance ({@code base64EncryptedKey})
 * is decrypted with the form's private key ({@link OdkEncrypted}), or rejected without it.
 */
final class OdkInstances {

  private OdkInstances() {}

  static Arrival xml(Path f, String text, java.security.PrivateKey odkKey) {
    Element root;
    try {
      root = parse(text);
    } catch (SAXException | IOException e) {
      return unreadable(f, "not a well-formed XML instance: " + e.getMessage());
    }
    Map<String, String> values = new LinkedHashMap<>();
    leaves(root, values);
    if (values.containsKey("base64encryptedkey")) {
      return OdkEncrypted.read(f, root, odkKey);
    }
    return arrival(f.toString(), values);
  }

  /** The arrival of a decrypted instance: rejected when its instanceID is not the manifest's. */
  static Arrival decrypted(Path f, String xml, String manifestInstance) {
    Map<String, String> values = new LinkedHashMap<>();
    try {
      leaves(parse(xml), values);
    } catch (SAXException | IOException e) {
      return unreadable(f, "the decrypted instance is not well-formed XML: " + e.getMessage());
    }
    if (!manifestInstance.equals(values.get("instanceid"))) {
      return unreadable(
          f, "the decrypted instance's instanceID is not the manifest's " + manifestInstance);
    }
    return arrival(f.toString(), values);
  }

  private static Element parse(String xml) throws SAXException, IOException {
    return parser().parse(new InputSource(new StringReader(xml))).getDocumentElement();
  }

  private static Arrival unreadable(Path f, String problem) {
    return Arrival.unreadable(Arrival.ODK, Arrival.UNSIGNED, f.toString(), problem);
  }

  static List<Arrival> csv(Path f, String text) {
    List<Arrival> out = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
    try (CSVParser p =
        CSVParser.parse(text.startsWith("\uFEFF") ? text.substring(1) : text, format)) {
      List<String> headers = p.getHeaderNames();
      for (CSVRecord r : p) {
        String where = f + " line " + p.getCurrentLineNumber();
        if (r.size() != headers.size()) {
          out.add(
              Arrival.unreadable(
                  Arrival.ODK,
                  Arrival.UNSIGNED,
                  where,
                  "the row has " + r.size() + " cells, the header " + headers.size()));
          continue;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
          values.putIfAbsent(key(headers.get(i)), r.get(i));
        }
        out.add(arrival(where, values));
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      out.add(
          Arrival.unreadable(
              Arrival.ODK,
              Arrival.UNSIGNED,
              f.toString(),
              "not a readable CSV export: " + e.getMessage()));
    }
    return out;
  }

  private static Arrival arrival(String where, Map<String, String> values) {
    String instance = values.get("instanceid");
    if (instance == null || instance.isBlank()) {
      return Arrival.unreadable(Arrival.ODK, Arrival.UNSIGNED, where, "no meta instanceID");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (String f : Submission.FIELDS) {
      String v = values.get(f);
      if (v != null) {
        fields.put(f, f.equals("sex") ? sex(v) : v);
      }
    }
    try {
      return Arrival.of(
          Arrival.ODK,
          Arrival.UNSIGNED,
          where,
          new Submission(
              Submission.ODK, instance, values.get("deprecatedid"), fields, values.get("contact")));
    } catch (IllegalArgumentException e) {
      return Arrival.unreadable(Arrival.ODK, Arrival.UNSIGNED, where, e.getMessage());
    }
  }

  private static void leaves(Element e, Map<String, String> out) {
    boolean hasChild = false;
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        hasChild = true;
        leaves(child, out);
      }
    }
    if (!hasChild) {
      String name = e.getLocalName() != null ? e.getLocalName() : e.getTagName();
      out.putIfAbsent(key(name), e.getTextContent().strip());
    }
  }

  /** The last path segment, lower-case except for the field names that keep their case. */
  static String key(String header) {
    String[] parts = header.strip().split("[-/.:]");
    String last = parts[parts.length - 1];
    String lower = last.toLowerCase(Locale.ROOT);
    return Submission.FIELDS.contains(lower)
            || lower.equals("contact")
            || lower.equals("instanceid")
            || lower.equals("deprecatedid")
            || lower.equals("base64encryptedkey")
        ? lower
        : last;
  }

  private static String sex(String v) {
    return switch (v.strip().toLowerCase(Locale.ROOT)) {
      case "male", "ذكر" -> "m";
      case "female", "أنثى", "انثى" -> "f";
      default -> v;
    };
  }

  private static DocumentBuilder parser() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      // fatal errors are thrown (and reported as the rejection), not printed to stderr
      b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
      return b;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser is not configurable", e);
    }
  }
}
