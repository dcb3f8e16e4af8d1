package org.sijil.cli.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.cli.Cli;

/** {@code sijil intake export} then {@code import --format json}, twice, and an altered copy. */
class IntakeCommandTest {

  @TempDir Path dir;

  @Test
  void exportImportReportsEveryCountAndTheReasons() throws Exception {
    Cli.ok("keys", "generate", "--name", "test-device", "--out", dir.resolve("keys"));
    Path reports = dir.resolve("reports.jsonl");
    Files.writeString(
        reports,
        "{\"v\":1,\"origin\":\"test-device\",\"instance\":\"1\",\"fields\":{\"name_en\":\"Testname"
            + " one\",\"sex\":\"m\"},\"contact\":\"test contact\"}\n"
            + "{\"v\":1,\"origin\":\"test-device\",\"instance\":\"2\",\"fields\":{\"name_en\":\"Testname"
            + " two\"}}\n");
    Path bundle = dir.resolve("b.bundle");
    Cli.ok(
        "intake",
        "export",
        "--key",
        dir.resolve("keys/test-device.key"),
        "--from",
        reports,
        "--out",
        bundle);
    Path db = dir.resolve("r.db");
    Path trust = dir.resolve("keys/test-device.pub");
    JsonNode first =
        Cli.ok("intake", "import", bundle, "--db", db, "--trust", trust, "--format", "json").json();
    assertEquals(2, first.get("read").asInt());
    assertEquals(2, first.get("imported").asInt());
    JsonNode again = Cli.ok("intake", "import", bundle, "--db", db, "--format", "json").json();
    assertEquals(2, again.get("duplicate").asInt());
    assertTrue(Files.isRegularFile(dir.resolve("r.db.contact.pub")));
    assertTrue(Files.isRegularFile(dir.resolve("r.db.contact.key")));

    Path altered = dir.resolve("altered.bundle");
    Files.writeString(altered, Files.readString(bundle).replace("Testname two", "Testname 2"));
    Cli.Run r = Cli.run("intake", "import", altered, "--db", db, "--format", "json");
    assertEquals(IntakeImportCommand.SOME_REJECTED, r.code(), r.err());
    JsonNode j = r.json();
    assertEquals(
        j.get("read").asInt(),
        j.get("imported").asInt()
            + j.get("duplicate").asInt()
            + j.get("edited").asInt()
            + j.get("rejected").asInt());
    assertEquals(2, j.get("rejected").asInt());
    assertTrue(j.get("rejections").get(0).get("reason").asText().contains("signed manifest"));

    String queue = Cli.ok("intake", "queue", "--db", db).out();
    assertTrue(queue.contains("Testname one"), queue);
    assertTrue(!queue.contains("test contact"), queue);
  }

  @Test
  void theOdkKeyOptionReadsAPemKeyAndNamesABadOne() throws Exception {
    java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    Path pem = dir.resolve("odk-form.pem");
    Files.writeString(
        pem,
        "-----BEGIN PRIVATE KEY-----\n"
            + java.util.Base64.getMimeEncoder()
                .encodeToString(g.generateKeyPair().getPrivate().getEncoded())
            + "\n-----END PRIVATE KEY-----\n");
    Path odk = Files.createDirectories(dir.resolve("odk"));
    Files.writeString(
        odk.resolve("a.xml"),
        "<data id=\"t\"><name_en>Testname odk</name_en><meta><instanceID>uuid:c1</instanceID>"
            + "</meta></data>");
    Files.writeString(
        odk.resolve("b.xml"),
        "<data xmlns=\"http://opendatakit.org/submissions\" id=\"t\" encrypted=\"yes\">"
            + "<base64EncryptedKey>AAAA</base64EncryptedKey><meta><instanceID>uuid:c2</instanceID>"
            + "</meta><encryptedXmlFile>submission.xml.enc</encryptedXmlFile>"
            + "<base64EncryptedElementSignature>AAAA</base64EncryptedElementSignature></data>");
    Path db = dir.resolve("r.db");
    Cli.Run without = Cli.run("intake", "import", odk, "--db", db, "--format", "json");
    assertEquals(IntakeImportCommand.SOME_REJECTED, without.code(), without.err());
    assertTrue(without.out().contains("--odk-key"), without.out());
    Cli.Run with =
        Cli.run("intake", "import", odk, "--db", db, "--odk-key", pem, "--format", "json");
    JsonNode j = with.json();
    assertEquals(1, j.get("duplicate").asInt(), with.out());
    assertTrue(
        j.get("rejections").get(0).get("reason").asText().contains("does not open"), with.out());
    Path bad = dir.resolve("bad.pem");
    Files.writeString(bad, "not a key");
    Cli.Run r = Cli.run("intake", "import", odk, "--db", db, "--odk-key", bad);
    assertTrue(r.err().contains("not the ODK form's private key"), r.err());
  }
}
