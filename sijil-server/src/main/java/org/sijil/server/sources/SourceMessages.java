package org.sijil.server.sources;

import org.sijil.server.web.Lang;

/** The sources page's messages in English and Arabic (keys {@code sources.*}). */
public final class SourceMessages {

  private SourceMessages() {}

  /** Adds every message (listed once in {@code Lang.Messages.AREAS}). */
  public static void addTo(Lang.MessageSink m) {
    m.m("sources.title", "Sources", "المصادر");
    m.m(
        "sources.intro",
        "Each list the register holds, by the code it was imported under, with its name in English and Arabic. Pages show the name in their language, or the code when none is set.",
        "كل قائمة في السجل بالرمز الذي استُوردت به، مع اسمها بالعربية والإنجليزية. تعرض الصفحات الاسم بلغتها، أو الرمز إن لم يُحدَّد اسم.");
    m.m("sources.code", "Code", "الرمز");
    m.m("sources.english", "English name", "الاسم بالإنجليزية");
    m.m("sources.arabic", "Arabic name", "الاسم بالعربية");
    m.m("sources.namedBy", "Named by", "سمّاها");
    m.m("sources.save", "Save names", "حفظ الاسمين");
    m.m("sources.saved", "Names saved for", "حُفظ اسما المصدر");
    m.m("sources.unchanged", "Nothing changed for", "لم يتغيّر شيء في");
    m.m("sources.none", "No source has been imported yet.", "لم تُستورد أي قائمة بعد.");
  }
}
