package org.sijil.server.store;

import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.function.Function;
import org.sijil.app.Actor;
import org.sijil.app.intake.ContactKey;
import org.sijil.app.intake.FormSubmissions;
import org.sijil.app.intake.ImportSubmissions;
import org.sijil.app.intake.SubmissionQueue;
import org.sijil.server.intake.IntakeDesk;
import org.sijil.store.Intake;
import org.sijil.store.Register;

/**
 * The intake pages over a register file: each call takes its turn at the register ({@link
 * StoreLock}), so two sends of one key are judged one after the other and the second finds the
 * first. Reports are sealed with the register's contact public key, read (or created with its
 * private half, for an administrator to move away) on first use.
 */
public final class StoreIntake implements IntakeDesk {

  private final Path db;
  private volatile PublicKey contactKey;

  public StoreIntake(Path db) {
    this.db = db;
  }

  private <T> T with(Function<Register, T> work) {
    try (StoreLock.Opened opened = StoreLock.open(db)) {
      return work.apply(opened.register());
    }
  }

  private PublicKey contactKey() {
    PublicKey k = contactKey;
    if (k == null) {
      synchronized (this) {
        if (contactKey == null) {
          contactKey = ContactKey.loadOrCreate(null, db);
        }
        k = contactKey;
      }
    }
    return k;
  }

  @Override
  public FormSubmissions.Answer submit(FormSubmissions.Report report, Actor by) {
    PublicKey key = contactKey();
    return with(
        reg -> new FormSubmissions(reg).submit(report, ImportSubmissions.DEFAULT_SOURCE, key, by));
  }

  @Override
  public List<Intake.Stored> pending(int limit) {
    return with(reg -> new SubmissionQueue(reg).pending(limit));
  }

  @Override
  public List<Intake.Stored> withStatus(String status, int limit) {
    return with(reg -> new SubmissionQueue(reg).withStatus(status, limit));
  }

  @Override
  public String contactPublicKey() {
    return org.sijil.core.intake.ContactSeal.publicText(contactKey());
  }

  @Override
  public List<Intake.Stored> receipts(String user, int limit) {
    return with(reg -> new SubmissionQueue(reg).receipts(user, limit));
  }

  @Override
  public java.util.Map<String, Intake.Stored> find(java.util.Collection<String> ids) {
    return with(reg -> new SubmissionQueue(reg).find(ids));
  }

  @Override
  public void setStatus(String id, String status, Actor by) {
    with(
        reg -> {
          new SubmissionQueue(reg).setStatus(id, status, by);
          return null;
        });
  }
}
