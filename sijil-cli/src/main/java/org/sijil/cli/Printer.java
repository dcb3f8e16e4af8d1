package org.sijil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sijil.core.text.FormulaCells;
import org.sijil.core.text.TerminalText;

/**
 * Prints tables and objects as aligned text, CSV or JSON. Data is never printed raw where it could
 * act: text tables escape control characters ({@link TerminalText}: an ESC or BEL from a list
 * cannot drive the terminal), CSV guards formula-like cells ({@link FormulaCells}), JSON escapes by
 * its own rules.
 */
public final class Printer {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .findAndRegisterModules()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private Printer() {}

  public static ObjectMapper json() {
    return JSON;
  }

  public static void print(Table table, OutputFormat format, PrintWriter out) {
    switch (format) {
      case TABLE -> printText(table, out);
      case CSV -> printCsv(table, out);
      case JSON -> printJson(table, out);
    }
    out.flush();
  }

  /** Prints any value (record, map, list) as indented JSON. */
  public static void printJson(Object value, PrintWriter out) {
    try {
      out.println(JSON.writeValueAsString(value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
  }

  private static void printJson(Table table, PrintWriter out) {
    ArrayNode array = JSON.createArrayNode();
    for (List<Object> row : table.rows()) {
      ObjectNode node = array.addObject();
      for (int i = 0; i < table.columns().size(); i++) {
        node.set(table.columns().get(i), JSON.valueToTree(row.get(i)));
      }
    }
    printJson(array, out);
  }

  private static void printCsv(Table table, PrintWriter out) {
    try {
      CSVPrinter csv =
          new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').build());
      csv.printRecord(table.columns());
      for (List<Object> row : table.rows()) {
        csv.printRecord(row.stream().map(FormulaCells::neutraliseValue).toList());
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void printText(Table table, PrintWriter out) {
    int n = table.columns().size();
    int[] width = new int[n];
    for (int i = 0; i < n; i++) {
      width[i] = table.columns().get(i).length();
    }
    for (List<Object> row : table.rows()) {
      for (int i = 0; i < n; i++) {
        width[i] = Math.max(width[i], text(row.get(i)).length());
      }
    }
    line(table.columns().stream().map(TerminalText::escape).toList(), width, out);
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < n; i++) {
      rule.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
    }
    out.println(rule);
    for (List<Object> row : table.rows()) {
      line(row, width, out);
    }
  }

  private static void line(List<?> values, int[] width, PrintWriter out) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      String t = text(values.get(i));
      if (i > 0) {
        sb.append("  ");
      }
      sb.append(t);
      if (i < values.size() - 1) {
        sb.append(" ".repeat(Math.max(0, width[i] - t.length())));
      }
    }
    out.println(sb.toString().stripTrailing());
  }

  private static String text(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double d) {
      return d == Math.rint(d) && Math.abs(d) < 1e15
          ? String.format("%.0f", d)
          : String.format("%.4f", d);
    }
    return TerminalText.escape(v.toString());
  }
}
