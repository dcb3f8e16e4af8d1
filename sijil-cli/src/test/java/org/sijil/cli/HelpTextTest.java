package org.sijil.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * No help text is cut mid-sentence: {@code sijil --help} lists each command by the first line of
 * its description alone, so that line must be a whole sentence; every other description line of a
 * command, option or parameter must end where a sentence or a phrase does, not on a comma or a word
 * like "and" that promises more. Indented lines are examples or list items and are left alone.
 */
class HelpTextTest {

  /** Line ends that promise more text. */
  private static final Pattern DANGLING =
      Pattern.compile(
          "(?i).*([,;\\-(]|\\b(and|or|the|a|an|of|to|with|from|in|by|for|as|is|are|that|which|their|its))$");

  /** A sentence's end: full stop, colon, question or exclamation mark, or a closing bracket. */
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.:!?)\\]]['\"]?$");

  @Test
  void noHelpLineIsCutMidSentence() {
    List<String> bad = new ArrayList<>();
    walk(new CommandLine(new SijilMain()), bad);
    assertTrue(bad.isEmpty(), "help lines cut mid-sentence:\n" + String.join("\n", bad));
  }

  @Test
  void everyCommandsHelpIsPrinted() {
    List<String> failed = new ArrayList<>();
    helpOf(new CommandLine(new SijilMain()), new ArrayList<>(), failed);
    assertTrue(failed.isEmpty(), String.join("\n", failed));
  }

  private static void helpOf(CommandLine cl, List<String> path, List<String> failed) {
    List<String> args = new ArrayList<>(path);
    args.add("--help");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        SijilMain.execute(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    if (code != 0 || !out.toString().startsWith("Usage: ")) {
      failed.add(String.join(" ", args) + " -> " + code + " " + err);
    }
    for (var sub : cl.getSubcommands().entrySet()) {
      // picocli's own 'help' command prints the help of others; aliases are visited once.
      if (!sub.getKey().equals("help")
          && sub.getValue().getCommandSpec().name().equals(sub.getKey())) {
        List<String> next = new ArrayList<>(path);
        next.add(sub.getKey());
        helpOf(sub.getValue(), next, failed);
      }
    }
  }

  private static void walk(CommandLine cl, List<String> bad) {
    CommandSpec spec = cl.getCommandSpec();
    String name = spec.qualifiedName();
    String[] description = spec.usageMessage().description();
    if (description.length > 0 && !spec.qualifiedName().equals("sijil")) {
      String first = description[0].strip();
      if (!SENTENCE_END.matcher(first).matches()) {
        bad.add(name + ": first line (shown in the command list) is not a sentence: " + first);
      }
    }
    check(name, description, bad);
    for (ArgSpec a : spec.args()) {
      check(name + " " + a.paramLabel(), a.description(), bad);
    }
    for (CommandLine sub : cl.getSubcommands().values()) {
      walk(sub, bad);
    }
  }

  private static void check(String where, String[] lines, List<String> bad) {
    for (String line : lines) {
      String t = line.strip();
      if (t.isEmpty() || line.startsWith("  ")) {
        continue;
      }
      if (DANGLING.matcher(t).matches()) {
        bad.add(where + ": " + t);
      }
    }
  }
}
