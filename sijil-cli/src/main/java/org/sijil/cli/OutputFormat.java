package org.sijil.cli;

/** How a command prints its result. */
public enum OutputFormat {
  TABLE,
  CSV,
  JSON
}
