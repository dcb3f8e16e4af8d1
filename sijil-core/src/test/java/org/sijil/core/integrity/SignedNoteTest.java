package org.sijil.core.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

/** C2SP signed-note against the published vectors of the Go sumdb/note package and the spec. */
class SignedNoteTest {

  /** The signer key of the Go package's TestSign. */
  static final String GO_SKEY =
      "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";

  static final String GO_VKEY =
      "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
  static final String GO_TEXT =
      "If you think cryptography is the answer to your problem,\n"
          + "then you don't know what your problem is.\n";
  static final String GO_SIGNED =
      GO_TEXT
          + "\n"
          + "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

  @Test
  void reproducesTheGoSigningVectorByteForByte() {
    NoteSigner signer = NoteSigner.parse(GO_SKEY);
    assertEquals(GO_VKEY, signer.verifier().text());
    assertEquals(GO_SKEY, signer.text());
    assertEquals(GO_SIGNED, SignedNote.sign(GO_TEXT, signer).format());
  }

  @Test
  void verifiesTheSpecExample() {
    NoteVerifier v =
        NoteVerifier.parse("example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k");
    SignedNote note =
        SignedNote.parse(
            "This is an example message.\n\n\u2014 example.com/foo "
                + "Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n");
    assertEquals(List.of(v), note.verify(List.of(v)));
  }

  @Test
  void rejectsATamperedNoteAndManglingsOfTheKey() {
    NoteVerifier v = NoteVerifier.parse(GO_VKEY);
    assertEquals(List.of(v), SignedNote.parse(GO_SIGNED).verify(List.of(v)));
    String tampered = GO_SIGNED.replace("answer", "Answer");
    assertThrows(NoteException.class, () -> SignedNote.parse(tampered).verify(List.of(v)));
    byte[] key = GO_VKEY.getBytes();
    for (int i = 0; i < key.length; i++) {
      key[i]++;
      String mangled = new String(key);
      assertThrows(IllegalArgumentException.class, () -> NoteVerifier.parse(mangled), mangled);
      key[i]--;
    }
  }

  @Test
  void unknownKeysAreIgnoredButSomeKnownKeyMustSign() {
    NoteSigner other =
        NoteSigner.generate("other.example", SignatureType.ED25519, new SecureRandom());
    SignedNote note =
        SignedNote.parse(GO_SIGNED)
            .with(new SignedNote.Line(other.name(), other.keyId(), other.sign(GO_TEXT)));
    NoteVerifier go = NoteVerifier.parse(GO_VKEY);
    assertEquals(List.of(go), SignedNote.parse(note.format()).verify(List.of(go)));
    NoteSigner stranger =
        NoteSigner.generate("stranger", SignatureType.ED25519, new SecureRandom());
    assertThrows(NoteException.class, () -> note.verify(List.of(stranger.verifier())));
  }

  @Test
  void generatedKeysRoundTripThroughTheirTexts() {
    NoteSigner s =
        NoteSigner.generate("sijil.example/log", SignatureType.ED25519, new SecureRandom());
    NoteSigner again = NoteSigner.parse(s.text());
    assertEquals(s.verifier(), again.verifier());
    assertEquals(s.verifier(), NoteVerifier.parse(s.verifier().text()));
  }
}
