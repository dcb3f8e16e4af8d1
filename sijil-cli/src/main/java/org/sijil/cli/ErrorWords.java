package org.sijil.cli;

import org.sijil.core.SijilException;
import org.sijil.core.UserError;

/**
 * Words the lower layers' typed errors for the command line: their plain message plus what to do
 * with this command's flags. (The web words the same codes in its own terms.)
 */
public final class ErrorWords {

  private ErrorWords() {}

  /** The one-line message after {@code sijil: }. */
  public static String word(UserError e) {
    if (!(e instanceof SijilException se)) {
      return e.getMessage();
    }
    String m = se.getMessage();
    String register = se.detail("register", null);
    return switch (se.code()) {
      case INVALID_ENCODING ->
          m + "; name the encoding with --encoding (e.g. UTF-8, UTF-16, windows-1256)";
      case NO_HEADER -> m + "; give a mapping file with --mapping (see 'sijil import --help')";
      case NO_SUCH_SHEET -> m + "; --sheet must be 1.." + se.detail("sheets", "?");
      case RELEASE_EXISTS -> m + "; use --replace to replace it, or choose another --release label";
      case NO_SUCH_RELEASE -> m + "; see 'sijil releases'";
      case AMBIGUOUS_RELEASE -> m + "; name one with --source";
      case REGISTER_EMPTY -> m + " ('sijil import')";
      case TOO_MANY_PAIRS -> m + ", or raise --max-pairs";
      case NO_PERSONS -> m + " with 'sijil link --db " + register + "'";
      case NOT_LINKED -> m + ": run 'sijil link --db " + register + "' first";
      case NO_RELEASES ->
          m
              + ": 'sijil import FILE --source NAME --release LABEL --db "
              + register
              + "' for each list, then 'sijil link --db "
              + register
              + "'";
      default -> m;
    };
  }
}
