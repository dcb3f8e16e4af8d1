package org.sijil.app.corrections;

/**
 * A key listed in one release of a source and missing from the next.
 *
 * @param key the list's key (usually the identity number)
 * @param name the name it had in the last release that listed it (Arabic, else Latin)
 * @param lastIn the last release that listed it before the removal
 * @param removedIn the first release without it
 * @param returnedIn the first later release listing it again; null while it stays removed
 */
public record Removal(String key, String name, String lastIn, String removedIn, String returnedIn) {

  public boolean returned() {
    return returnedIn != null;
  }
}
