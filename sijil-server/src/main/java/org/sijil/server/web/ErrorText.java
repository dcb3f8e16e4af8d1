package org.sijil.server.web;

import org.sijil.core.SijilException;
import org.sijil.core.UserError;

/**
 * Words the lower layers' typed errors for the pages, in the reader's language: the code's own
 * sentence from the catalogue ({@code error.<CODE>} in {@link Lang}) with the file and row when
 * known, and the plain message for codes the catalogue does not word.
 */
final class ErrorText {

  private ErrorText() {}

  static String word(Lang lang, UserError e) {
    if (!(e instanceof SijilException se)) {
      return e.getMessage();
    }
    String key = "error." + se.code().name();
    String sentence = lang.t(key);
    if (sentence.equals(key)) {
      return e.getMessage();
    }
    StringBuilder sb = new StringBuilder(sentence);
    if (se.file() != null) {
      sb.append(" (")
          .append(lang.t("error.file"))
          .append(": ")
          .append(java.nio.file.Path.of(se.file()).getFileName());
      if (se.row() != null) {
        sb.append(", ").append(lang.t("error.row")).append(' ').append(se.row());
      }
      sb.append(')');
    }
    return sb.toString();
  }
}
