package org.sijil.cli.integrity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sijil.app.integrity.PublishSignedSnapshot;
import org.sijil.cli.DbOption;
import org.sijil.core.UserError;
import org.sijil.store.Register;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sijil receipt PERSON --out FILE}: the edge of {@link PublishSignedSnapshot#receipt}. */
@Command(
    name = "receipt",
    mixinStandardHelpOptions = true,
    description =
        "Writes a person's receipt from the latest published snapshot; 'sijil verify receipt FILE --key"
            + " PUBLIC_KEY' checks it offline.")
public final class ReceiptCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin DbOption db;

  @Parameters(
      index = "0",
      paramLabel = "PERSON",
      description = "The person id, as the web pages and API name it.")
  long person;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where to write the receipt (default: standard output).")
  Path out;

  @Override
  public Integer call() {
    String text;
    try (Register reg = Register.open(db.existing())) {
      text = new PublishSignedSnapshot(reg).receipt(person).format();
    }
    if (out == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
      return 0;
    }
    try {
      Files.writeString(out, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserError("cannot write " + out + ": " + e.getMessage(), e);
    }
    return 0;
  }
}
