package org.sijil.app.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.Actor;
import org.sijil.core.intake.OdkEncryption;
import org.sijil.store.Intake;
import org.sijil.store.Register;

/**
 * ODK encrypted submissions (issue 17, item 3): decrypted with the form's private key, checked by
 * their signature, and rejected with the reason without the key, with another key, or altered. The
 * instances are written here by {@link OdkEncryption}'s device side with artificial names.
 */
class OdkEncryptedTest {

  @TempDir Path dir;
  static KeyPair form;

  @BeforeAll
  static void keys() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    form = g.generateKeyPair();
  }

  /** Writes an encrypted instance (a manifest, the encrypted XML, one encrypted media file). */
  static Path instance(Path folder, String instanceId, String name) throws Exception {
    Files.createDirectories(folder);
    byte[] aes = new byte[32];
    new SecureRandom().nextBytes(aes);
    OdkEncryption device = OdkEncryption.create(instanceId, aes);
    byte[] media = ("artificial photo of " + instanceId).getBytes(StandardCharsets.UTF_8);
    String xml =
        "<?xml version='1.0' ?><data id=\"test_form\" xmlns:orx=\"http://openrosa.org/xforms\">"
            + "<p><name_en>"
            + name
            + "</name_en><sex>female</sex><dod>2024-01-07</dod><contact>test-contact-odk</contact>"
            + "</p><orx:meta><orx:instanceID>"
            + instanceId
            + "</orx:instanceID></orx:meta></data>";
    byte[] plain = xml.getBytes(StandardCharsets.UTF_8);
    Files.write(folder.resolve("photo.jpg.enc"), device.encryptNext(media));
    Files.write(folder.resolve("submission.xml.enc"), device.encryptNext(plain));
    String key = OdkEncryption.wrapKey(aes, form.getPublic());
    List<String> lines = new ArrayList<>();
    lines.add(OdkEncryption.fileLine("photo.jpg", media));
    lines.add(OdkEncryption.fileLine("submission.xml", plain));
    String signature =
        OdkEncryption.sign(
            OdkEncryption.signatureSource("test_form", "2", key, instanceId, lines),
            form.getPublic());
    Path manifest = folder.resolve("submission.xml");
    Files.writeString(
        manifest,
        "<data xmlns=\"http://opendatakit.org/submissions\" id=\"test_form\" encrypted=\"yes\""
            + " version=\"2\"><base64EncryptedKey>"
            + key
            + "</base64EncryptedKey><n0:meta xmlns:n0=\"http://openrosa.org/xforms\"><n0:instanceID>"
            + instanceId
            + "</n0:instanceID></n0:meta><media><file>photo.jpg.enc</file></media>"
            + "<encryptedXmlFile>submission.xml.enc</encryptedXmlFile>"
            + "<base64EncryptedElementSignature>"
            + signature
            + "</base64EncryptedElementSignature></data>");
    return manifest;
  }

  private IntakeReport run(Register reg, Path path, PrivateKey key) {
    return new ImportSubmissions(reg)
        .run(
            new ImportSubmissions.Request(
                List.of(path), "family-report", List.of(), IntakeFixtures.CONTACT.getPublic(), key),
            new Actor("tester"));
  }

  @Test
  void encryptedInstancesAreDecryptedWithTheFormKeyAndStoredOnce() throws Exception {
    Path odk = dir.resolve("odk");
    instance(odk.resolve("uuid-1"), "uuid:enc-1", "Testname encrypted one");
    instance(odk.resolve("uuid-2"), "uuid:enc-2", "Testname encrypted two");
    try (Register reg = Register.open(dir.resolve("r.db"))) {
      IntakeReport r = run(reg, odk, form.getPrivate());
      assertEquals(2, r.read(), r.toString()); // the .enc files are read through their manifests
      assertEquals(2, r.imported(), r.toString());
      List<Intake.Stored> stored = reg.intake().all("family-report");
      assertEquals(2, stored.size());
      assertTrue(stored.get(0).fieldsJson().contains("Testname encrypted"));
      assertTrue(stored.get(0).fieldsJson().contains("\"sex\":\"f\""));
      assertTrue(stored.stream().allMatch(s -> s.contactSealed() != null), "contacts sealed");
      assertEquals(2, run(reg, odk, form.getPrivate()).duplicate(), "again: duplicates");
    }
  }

  @Test
  void withoutTheKeyWithAnotherKeyOrAlteredTheyAreRejectedWithTheReason() throws Exception {
    Path manifest = instance(dir.resolve("odk"), "uuid:enc-3", "Testname encrypted three");
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    try (Register reg = Register.open(dir.resolve("r.db"))) {
      IntakeReport none = run(reg, manifest, null);
      assertEquals(1, none.rejected());
      assertTrue(none.rejections().get(0).reason().contains("--odk-key"), none.toString());
      IntakeReport other = run(reg, manifest, g.generateKeyPair().getPrivate());
      assertTrue(other.rejections().get(0).reason().contains("does not open"), other.toString());
      Path enc = manifest.resolveSibling("submission.xml.enc");
      byte[] bytes = Files.readAllBytes(enc);
      bytes[3] ^= 1;
      Files.write(enc, bytes);
      IntakeReport altered = run(reg, manifest, form.getPrivate());
      assertEquals(1, altered.rejected(), altered.toString());
      Files.delete(manifest.resolveSibling("photo.jpg.enc"));
      IntakeReport missing = run(reg, manifest, form.getPrivate());
      assertTrue(missing.rejections().get(0).reason().contains("missing"), missing.toString());
      assertEquals(0, reg.intake().all("family-report").size(), "nothing stored");
      IntakeReport lone = run(reg, enc, form.getPrivate());
      assertTrue(lone.rejections().get(0).reason().contains("manifest"), lone.toString());
    }
  }
}
