package org.sijil.app.integrity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.Actor;
import org.sijil.app.ProgressListener;
import org.sijil.app.imports.ImportRelease;
import org.sijil.app.link.LinkRegister;
import org.sijil.app.review.RecordReviewDecision;
import org.sijil.app.users.ManageUsers;
import org.sijil.core.integrity.EntryCodec;
import org.sijil.core.integrity.Hashes;
import org.sijil.core.integrity.NoteSigner;
import org.sijil.core.integrity.SignatureType;
import org.sijil.core.integrity.TransparencyLog;
import org.sijil.core.linkage.spec.DefaultSpecs;
import org.sijil.ingest.ReadOptions;
import org.sijil.store.IntegrityLog;
import org.sijil.store.Linkage;
import org.sijil.store.Register;

/** Every use case that changes the register appends its entry; the register then verifies. */
class RegisterLogTest {

  static final Actor TESTER = new Actor("tester");

  @TempDir Path dir;

  @Test
  void rowsRootIsTheRfc6962RootForEverySize() {
    for (int n = 0; n <= 40; n++) {
      RowsRoot streamed = new RowsRoot();
      TransparencyLog log = TransparencyLog.inMemory();
      for (int i = 0; i < n; i++) {
        byte[] entry = ("row " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        log.append(entry);
        streamed.add(Hashes.leafHash(entry));
      }
      assertArrayEquals(log.root(), streamed.root(), "size " + n);
    }
  }

  @Test
  void everyStateChangeIsLoggedAndTheRegisterVerifies() throws Exception {
    Path csv = dir.resolve("list.csv");
    StringBuilder s = new StringBuilder("id,name,age\n");
    for (int i = 1; i <= 12; i++) {
      s.append("T-")
          .append(i)
          .append(",سامي اسم")
          .append(i % 4)
          .append(" تجريبي,")
          .append(20 + i % 3)
          .append('\n');
    }
    Files.writeString(csv, s);
    NoteSigner key =
        NoteSigner.generate("sijil.example/test", SignatureType.ED25519, new SecureRandom());
    try (Register reg = Register.open(dir.resolve("r.db"))) {
      new ImportRelease(reg)
          .run(
              new ImportRelease.Request(csv, "test", "r1", null, ReadOptions.defaults(), false),
              TESTER,
              ProgressListener.NONE);
      new ManageUsers(reg)
          .save("salma", "analyst", "a long enough password".toCharArray(), 4, TESTER);
      new LinkRegister(reg)
          .run(
              new LinkRegister.Options(
                  DefaultSpecs.casualtyLists(), 0.5, 0.2, 0.8, 10_000_000, 2, false),
              TESTER,
              ProgressListener.NONE);
      Linkage.Pair pair =
          new Linkage.Pair(new Linkage.RecordKey(1, 1), new Linkage.RecordKey(1, 2));
      new RecordReviewDecision(reg)
          .run(new RecordReviewDecision.Request(pair, false, "different people"), TESTER);
      new RegisterLog(reg).sign(key);

      List<String> types = new ArrayList<>();
      for (IntegrityLog.Entry e : reg.integrity().entries(0, Long.MAX_VALUE)) {
        types.add(EntryCodec.decode(e.bytes()).type());
        assertEquals("tester", EntryCodec.decode(e.bytes()).actor());
      }
      assertEquals(
          List.of("release-import", "user-change", "link-run", "estimate", "review-decision"),
          types);
      VerifyRegister.Report report = new VerifyRegister(reg).run(key.verifier());
      assertTrue(report.ok(), report.problems().toString());
      assertEquals(5, report.entries());
      assertEquals(12, report.rows());
    }
  }
}
