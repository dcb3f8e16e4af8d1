package org.sijil.cli.register;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sijil.app.imports.ImportRelease;
import org.sijil.cli.ByOption;
import org.sijil.cli.CliProgress;
import org.sijil.cli.DbOption;
import org.sijil.cli.FormatOption;
import org.sijil.cli.OutputFormat;
import org.sijil.cli.Printer;
import org.sijil.cli.ReadFileOptions;
import org.sijil.cli.Table;
import org.sijil.core.UserError;
import org.sijil.ingest.ReadOptions;
import org.sijil.store.Register;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import a list file as a release of a source, in one transaction: every row is kept verbatim,"
          + " parsed into canonical fields (id, name_ar, name_en, age, dob, sex, source, dod, place),"
          + " or stored as a reject with its reason. Nothing is dropped silently.",
      "",
      "Formats: CSV/TSV (delimiter sniffed), XLSX, JSON (array of objects, or of arrays with the"
          + " header first). Encodings detected: UTF-8 (with or without BOM), UTF-16, windows-1256.",
      "Headers are recognized in Arabic and English; title lines above the header are skipped; a"
          + " column named 'name' is name_ar or name_en by its script.",
      "Two-digit years are the latest year ending in those digits not after the --as-of year"
          + " (or this year). Dates are ISO or day/month/year, never month first.",
      "Importing the same file into the same release again does nothing; a different file is"
          + " refused unless --replace.",
      "",
      "Mapping file (--mapping): one 'header = field' per line ('-' leaves a column unmapped,"
          + " '#' starts a comment), e.g.",
      "  الاسم الكامل = name_ar",
      "  Date killed = dod",
      "or a JSON object {\"الاسم الكامل\": \"name_ar\", \"Date killed\": \"dod\"}.",
      "",
      "JSON output: {status, read, imported, rejected, blank_rows, warnings (total),"
          + " warnings_by_kind, seconds (the import itself), command_seconds and"
          + " command_cpu_seconds (the whole command, from the JVM's start), phases, ...}.",
    })
public final class ImportCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DbOption db;
  @Mixin FormatOption format;
  @Mixin ReadFileOptions read;
  @Mixin ByOption by;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The list file (.csv, .tsv, .txt, .xlsx, .json).")
  Path file;

  @Option(
      names = "--source",
      required = true,
      paramLabel = "NAME",
      description = "The list's source, e.g. moh.")
  String source;

  @Option(
      names = "--release",
      required = true,
      paramLabel = "LABEL",
      description = "The release label, unique within the source, e.g. 2024-04-30.")
  String release;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = IsoDateConverter.class,
      description = "The date the list is as of (yyyy-mm-dd).")
  LocalDate asOf;

  @Option(names = "--replace", description = "Replace the release if it holds a different file.")
  boolean replace;

  @Option(
      names = "--signing-key",
      paramLabel = "FILE",
      description =
          "The register's private signing key (default: REGISTER.key next to the register, created"
              + " on first use with REGISTER.pub).")
  Path signingKey;

  @Override
  public Integer call() {
    CommandPhases phases = CommandPhases.sinceJvmStart();
    ReadOptions options = read.readOptions();
    // Checked before the register is opened, so a mistyped file name leaves no empty register
    // behind.
    if (!Files.isRegularFile(file)) {
      throw new UserError("no such file: " + file);
    }
    ImportRelease.Request req =
        new ImportRelease.Request(file, source, release, asOf, options, replace);
    ImportRelease.Summary s;
    Register reg = phases.time("open register", () -> Register.open(db.path()));
    try (CliProgress progress = new CliProgress("import", null)) {
      // The search index beside the register follows the import (a running server's index is
      // left to that server, which is told of the change when it reloads).
      var searchIndex =
          org.sijil.app.search.RegisterSearchIndex.listener(
              org.sijil.app.search.RegisterSearchIndex.directoryOf(db.path()),
              line -> spec.commandLine().getErr().println(line));
      org.sijil.app.RegisterChanged timedIndex =
          changed -> phases.time("search index", () -> searchIndex.changed(changed));
      s =
          phases.time(
              "import", () -> new ImportRelease(reg, timedIndex).run(req, by.actor(), progress));
      // The import is logged in its transaction; a checkpoint of the log is signed with the
      // register key.
      Path keyFile =
          signingKey != null
              ? signingKey
              : org.sijil.app.integrity.RegisterKey.defaultFile(db.path());
      phases.time(
          "sign checkpoint",
          () ->
              new org.sijil.app.integrity.RegisterLog(reg)
                  .sign(org.sijil.app.integrity.RegisterKey.loadOrCreate(keyFile, db.path())));
    } finally {
      phases.time("close register", reg::close);
    }
    print(s, phases, format.format(), spec.commandLine().getOut());
    return 0;
  }

  static void print(
      ImportRelease.Summary s, CommandPhases phases, OutputFormat format, PrintWriter out) {
    double total = phases.totalSeconds();
    if (format == OutputFormat.JSON) {
      Map<String, Object> m = new java.util.LinkedHashMap<>(s.toMap());
      m.put("command_seconds", CommandPhases.round(total));
      m.put("command_cpu_seconds", CommandPhases.round(CommandPhases.cpu()));
      m.put("phases", phases.toMap());
      Printer.printJson(m, out);
      return;
    }
    Table t = new Table("item", "value");
    t.add("status", s.status());
    t.add("release", s.source() + " / " + s.release());
    t.add(
        "file",
        s.file() + " (" + s.format() + (s.encoding() == null ? "" : ", " + s.encoding()) + ")");
    t.add("read", s.read());
    t.add("imported", s.imported());
    t.add("rejected", s.rejected());
    if (s.blankRows() > 0) {
      t.add("blank rows skipped", s.blankRows());
    }
    t.add("warnings", s.warnings());
    for (Map.Entry<String, Long> e : s.warningsByKind().entrySet()) {
      t.add("  " + e.getKey(), e.getValue());
    }
    t.add(
        "time",
        String.format(
            "%.2f s, the whole command (%.2f CPU s); the import itself %.2f s",
            total, CommandPhases.cpu(), s.seconds()));
    for (CommandPhases.Phase p : phases.phases()) {
      t.add("  " + p.name(), String.format("%.2f s (%.2f CPU s)", p.seconds(), p.cpuSeconds()));
    }
    t.add("imported by", s.importedBy() == null ? "" : s.importedBy());
    for (String note : s.notes()) {
      t.add("note", note);
    }
    for (org.sijil.ingest.UnmappedColumn u : s.unmappedColumns()) {
      t.add("unmapped column", u.describe());
    }
    Printer.print(t, format, out);
  }
}
