package org.sijil.core.integrity;

/**
 * A note, checkpoint, proof or tile set that is malformed or does not verify. The message names
 * what failed (the line, the entry index, the key) so a verifier can say it to the user as is.
 */
public class NoteException extends RuntimeException {

  public NoteException(String message) {
    super(message);
  }
}
