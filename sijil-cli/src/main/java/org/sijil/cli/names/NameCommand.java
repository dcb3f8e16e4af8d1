package org.sijil.cli.names;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sijil.cli.FormatOption;
import org.sijil.cli.OutputFormat;
import org.sijil.cli.Printer;
import org.sijil.cli.Table;
import org.sijil.core.UserError;
import org.sijil.core.names.ComparableName;
import org.sijil.core.names.LatinNormalizer;
import org.sijil.core.names.NameKeys;
import org.sijil.core.names.NameParser;
import org.sijil.core.names.NameReadings;
import org.sijil.core.names.NameToken;
import org.sijil.core.names.ParsedName;
import org.sijil.core.names.Reading;
import org.sijil.core.names.Transliterator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sijil name TEXT...}: shows how the engine reads one name. */
@Command(
    name = "name",
    mixinStandardHelpOptions = true,
    description = {
      "Show how Sijil reads a name: normalized form, tokens with roles, candidate readings,"
          + " blocking keys and transliteration.",
      "The words of TEXT are joined into one name."
    })
public final class NameCommand implements Runnable {

  @Parameters(arity = "1..*", paramLabel = "TEXT", description = "The name (Arabic or Latin).")
  List<String> words;

  @Mixin FormatOption format;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    String raw = String.join(" ", words);
    if (raw.isBlank()) {
      throw new UserError("name: TEXT is blank; give the name to read");
    }
    Map<String, Object> result = describe(raw);
    PrintWriter out = spec.commandLine().getOut();
    if (format.format() == OutputFormat.JSON) {
      Printer.printJson(result, out);
      return;
    }
    Table table = new Table("field", "value");
    for (Map.Entry<String, Object> e : result.entrySet()) {
      table.add(e.getKey(), flat(e.getValue()));
    }
    Printer.print(table, format.format(), out);
  }

  /** Everything the engine derives from {@code raw}, in a stable order. */
  static Map<String, Object> describe(String raw) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("raw", raw);
    if (ComparableName.isArabic(raw)) {
      ParsedName p = NameParser.parseFull(raw);
      m.put("script", "arabic");
      m.put("normalized", p.normalized());
      List<Map<String, String>> tokens = new ArrayList<>();
      for (NameToken t : p.chain().tokens()) {
        tokens.add(Map.of("text", t.text(), "role", t.role().name().toLowerCase()));
      }
      m.put("tokens", tokens);
      m.put("aliases", p.aliases());
      List<Map<String, Object>> readings = new ArrayList<>();
      for (Reading r : NameReadings.of(raw)) {
        Map<String, Object> rm = new LinkedHashMap<>();
        rm.put("text", r.text());
        rm.put("confidence", r.confidence());
        rm.put("repairs", r.repairs().stream().map(d -> d.name().toLowerCase()).sorted().toList());
        readings.add(rm);
      }
      m.put("readings", readings);
      m.put("damage", NameReadings.damage(raw).stream().map(d -> d.name().toLowerCase()).toList());
      Map<String, Object> keys = new LinkedHashMap<>();
      keys.put("skeleton", NameKeys.arabicSkeleton(raw));
      keys.put("phonetic", NameKeys.arabicPhonetic(raw));
      keys.put("blocking", NameKeys.blockingKeys(raw));
      m.put("keys", keys);
      m.put("transliteration", Transliterator.toLatin(raw));
    } else {
      m.put("script", "latin");
      m.put("normalized", LatinNormalizer.normalize(raw));
      List<Map<String, String>> tokens = new ArrayList<>();
      List<String> t = LatinNormalizer.tokens(raw);
      for (int i = 0; i < t.size(); i++) {
        String role =
            i == 0
                ? "given"
                : i == t.size() - 1
                    ? "family"
                    : i == 1 ? "father" : i == 2 ? "grandfather" : "ancestor";
        tokens.add(Map.of("text", t.get(i), "role", role));
      }
      m.put("tokens", tokens);
      m.put("keys", Map.of("phonetic", NameKeys.latinPhonetic(raw)));
    }
    return m;
  }

  private static String flat(Object v) {
    if (v instanceof List<?> list) {
      List<String> parts = new ArrayList<>();
      for (Object o : list) {
        parts.add(flat(o));
      }
      return String.join("; ", parts);
    }
    if (v instanceof Map<?, ?> map) {
      if (map.containsKey("text") && map.containsKey("role")) {
        return map.get("text") + "/" + map.get("role");
      }
      if (map.containsKey("text") && map.containsKey("confidence")) {
        return map.get("text") + " (" + map.get("confidence") + " " + map.get("repairs") + ")";
      }
      List<String> parts = new ArrayList<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        parts.add(e.getKey() + "=" + flat(e.getValue()));
      }
      return String.join(", ", parts);
    }
    return String.valueOf(v);
  }
}
