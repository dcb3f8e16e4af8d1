package org.sijil.cli;

import org.sijil.app.Actor;
import org.sijil.core.UserError;
import picocli.CommandLine.Option;

/** The {@code --by NAME} option: who makes a change (default: the operating-system user). */
public final class ByOption {

  @Option(
      names = "--by",
      paramLabel = "NAME",
      description = "Who makes this change, recorded with it (default: the operating-system user).")
  String by;

  /** The actor: {@code --by}, or the operating-system user. */
  public Actor actor() {
    try {
      return Actor.orSystemUser(by);
    } catch (IllegalArgumentException e) {
      throw new UserError("--by: " + e.getMessage());
    }
  }
}
