package org.sijil.server.web;

import io.javalin.http.Context;

/**
 * The integrity area of the pages: the section the person and release pages show about the signed
 * history (with the receipt or log entry to download), and the "how to verify" page ({@code
 * /verify}). The files linked here are served by the register's log routes.
 */
public final class IntegrityPages {

  /** The page explaining how to verify. */
  public static final String VERIFY_PATH = "/verify";

  private static final String KEY_PATH = "/log/key";
  private static final String CHECKPOINT_PATH = "/log/checkpoint";
  private static final String ROTATIONS_PATH = "/log/rotations";

  private final PageHandlers pages;

  public IntegrityPages(PageHandlers pages) {
    this.pages = pages;
  }

  /** The receipt download of a person (the id as the API names it, e.g. {@code P12}). */
  public static String receiptHref(String personId) {
    return "/api/persons/" + Requests.encode(personId) + "/receipt";
  }

  /** The log entry (with its inclusion proof) of a release's import. */
  public static String releaseEntryHref(String source, String label) {
    return "/log/releases/" + Requests.encode(source) + "/" + Requests.encode(label);
  }

  /** The person page's section: what is signed, the receipt, how to verify. */
  static void personSection(Html h, Lang lang, String personId) {
    section(h, lang, "integrity.person", receiptHref(personId), "integrity.receipt", "receipt");
  }

  /** The release page's section: the import's log entry to download. */
  static void releaseSection(Html h, Lang lang, String source, String label) {
    section(
        h,
        lang,
        "integrity.release",
        releaseEntryHref(source, label),
        "integrity.entry",
        "release-entry");
  }

  private static void section(
      Html h, Lang lang, String textKey, String href, String linkKey, String id) {
    h.open("section", "class", "integrity card", "id", "integrity");
    h.el("h2", lang.t("integrity.title"));
    h.el("p", lang.t(textKey));
    h.open("p", "class", "integrity-links");
    h.open("a", "href", href, "id", id, "download", "").text(lang.t(linkKey)).close("a");
    h.text(" · ");
    h.open("a", "href", KEY_PATH, "id", "log-key").text(lang.t("integrity.key")).close("a");
    h.text(" · ");
    h.open("a", "href", VERIFY_PATH, "id", "how-to-verify")
        .text(lang.t("integrity.howTo"))
        .close("a");
    h.close("p");
    h.close("section");
  }

  /** {@code GET /verify}: how to check a receipt offline, step by step. */
  public void verify(Context ctx) {
    pages.render(
        ctx,
        "integrity.verify.title",
        VERIFY_PATH,
        (lang, h) -> {
          h.el("h1", lang.t("integrity.verify.title"));
          h.el("p", lang.t("integrity.verify.intro"), "class", "intro");
          h.el("h2", lang.t("integrity.verify.steps"));
          h.open("ol", "class", "steps", "id", "verify-steps");
          h.open("li").text(lang.t("integrity.verify.step1") + " ");
          h.open("a", "href", KEY_PATH).text(lang.t("integrity.key")).close("a");
          h.close("li");
          h.el("li", lang.t("integrity.verify.step2"));
          step(
              h,
              lang,
              "integrity.verify.step3",
              "sijil verify receipt person-P1.tlog-proof --key register.pub");
          h.open("li").text(lang.t("integrity.verify.step4") + " ");
          h.open("a", "href", ROTATIONS_PATH).text(lang.t("integrity.verify.rotations")).close("a");
          code(
              h,
              "sijil verify receipt person-P1.tlog-proof --key first-register.pub"
                  + " --rotations rotations.txt");
          h.close("li");
          step(
              h,
              lang,
              "integrity.verify.step5",
              "sijil verify receipt person-P1.tlog-proof --key register.pub"
                  + " --witness w1.pub --witness w2.pub --witness w3.pub --quorum 2");
          h.close("ol");
          h.el("h2", lang.t("integrity.verify.ok"));
          h.el("p", lang.t("integrity.verify.okText"));
          h.el("h2", lang.t("integrity.verify.fail"));
          h.el("p", lang.t("integrity.verify.failText"), "id", "verify-failure");
          h.el("h2", lang.t("integrity.verify.more"));
          h.open("p").text(lang.t("integrity.verify.moreText") + " ");
          h.open("a", "href", CHECKPOINT_PATH)
              .text(lang.t("integrity.verify.checkpoint"))
              .close("a");
          h.close("p");
          code(h, "sijil verify tiles ./mirror --key register.pub");
          code(
              h,
              "sijil verify consistency old-checkpoint new-checkpoint --proof proof.txt --key register.pub");
        });
  }

  private static void step(Html h, Lang lang, String key, String command) {
    h.open("li").text(lang.t(key));
    code(h, command);
    h.close("li");
  }

  /** A command line, always left to right (also on Arabic pages). */
  private static void code(Html h, String command) {
    h.open("pre", "dir", "ltr", "class", "command").el("code", command).close("pre");
  }
}
