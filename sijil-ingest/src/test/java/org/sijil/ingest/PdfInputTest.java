package org.sijil.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.core.UserError;

/**
 * A PDF given to import is said to be a PDF, with what to do, and not met with advice about headers
 * or {@code --mapping} (issue 16), whatever its file name.
 */
class PdfInputTest {

  @TempDir Path dir;

  @Test
  void aPdfIsNamedAsSuchWithWhatToDo() throws Exception {
    byte[] pdf = "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
    for (String name : new String[] {"list.pdf", "list.csv", "list"}) {
      Path file = dir.resolve(name);
      Files.write(file, pdf);
      UserError e = assertThrows(UserError.class, () -> ListReader.read(file).close());
      assertTrue(e.getMessage().contains("this is a PDF"), e.getMessage());
      assertTrue(e.getMessage().contains("CSV or XLSX"), e.getMessage());
      assertFalse(e.getMessage().contains("mapping"), e.getMessage());
    }
  }
}
