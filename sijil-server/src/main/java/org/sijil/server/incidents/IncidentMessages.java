package org.sijil.server.incidents;

import org.sijil.core.incident.IncidentType;
import org.sijil.server.web.Lang;

/** The incident pages' messages in English and Arabic (keys {@code incident.*}). */
public final class IncidentMessages {

  private IncidentMessages() {}

  /** Adds every message (listed once in {@code Lang.Messages.AREAS}). */
  public static void addTo(Lang.MessageSink m) {
    pages(m);
    fields(m);
    vocabulary(m);
    statuses(m);
    typePage(m);
    staleDetail(m);
  }

  private static void typePage(Lang.MessageSink m) {
    m.m("incident.types", "Incident types", "أنواع الحوادث");
    m.m("incident.types.code", "Code", "الرمز");
    m.m("incident.types.english", "English name", "الاسم بالإنجليزية");
    m.m("incident.types.arabic", "Arabic name", "الاسم بالعربية");
    m.m("incident.types.addedBy", "Added by", "أضافه");
    m.m("incident.types.default", "(starting vocabulary)", "(المفردات الأولى)");
    m.m("incident.types.add", "Add or rename a type", "إضافة نوع أو تغيير اسمه");
    m.m("incident.types.saved", "Saved and logged:", "حُفظ وسُجّل:");
    m.m(
        "incident.stale",
        "Not saved: someone else saved this incident while you were editing it. Your changes are"
            + " still in the form below; reload the incident, then edit it again.",
        "لم يُحفظ: حفظ شخص آخر هذه الحادثة أثناء تعديلك لها. ما زالت تعديلاتك في النموذج أدناه؛"
            + " أعد تحميل الحادثة ثم عدّلها مرة أخرى.");
  }

  private static void staleDetail(Lang.MessageSink m) {
    m.m(
        "incident.stale.detail",
        "You edited version {edited}; the incident is now at version {current}.",
        "عدّلت الإصدار {edited}، والحادثة الآن في الإصدار {current}.");
    m.m("incident.stale.english", "Technical detail (English)", "التفاصيل التقنية (بالإنجليزية)");
  }

  private static void pages(Lang.MessageSink m) {
    m.m("incident.nav", "Incidents", "الحوادث");
    m.m("incident.list", "Incidents", "الحوادث");
    m.m("incident.title", "Incident", "حادثة");
    m.m(
        "incident.intro",
        "Events in which people were killed or injured, with how sure their attribution is and the named victims linked to them.",
        "أحداث قُتل فيها أشخاص أو أصيبوا، مع درجة الثقة في إسنادها والضحايا المسمَّين المرتبطين بها.");
    m.m("incident.new", "New incident", "حادثة جديدة");
    m.m("incident.edit", "Edit", "تعديل");
    m.m("incident.save", "Save", "حفظ");
    m.m("incident.none", "No incidents match.", "لا توجد حوادث مطابقة.");
    m.m("incident.sources", "Sources", "المصادر");
    m.m("incident.dossier", "Evidence dossier (JSON)", "ملف الأدلة (JSON)");
    m.m("incident.dossierPdf", "Evidence dossier (PDF)", "ملف الأدلة (PDF)");
    m.m("incident.place", "Place", "المكان");
    m.m("incident.coordinates", "Coordinates (precision)", "الإحداثيات (الدقة)");
    m.m("incident.unattributed", "Not attributed", "غير منسوبة");
    m.m(
        "incident.notNamed",
        "of the reported minimum not yet named",
        "من الحد الأدنى المُبلَّغ عنه لم تُعرف أسماؤهم بعد");
    m.m("incident.victims", "Named victims", "الضحايا المسمَّون");
    m.m("incident.noVictims", "No victims linked yet.", "لم يُربط أي ضحية بعد.");
    m.m("incident.addVictim", "Link person", "ربط شخص");
    m.m("incident.do.confirmed", "Confirm", "تأكيد");
    m.m("incident.do.rejected", "Reject", "رفض");
    m.m("incident.history", "History", "السجل");
    m.m("incident.map", "Map", "الخريطة");
    m.m(
        "incident.map.intro",
        "Incidents and named deaths by governorate.",
        "الحوادث والوفيات المسمّاة حسب المحافظة.");
    m.m(
        "incident.map.schematic",
        "Schematic of the five governorates drawn for Sijil (relative position only, not the real boundaries, not to scale; CC0): no openly licensed boundary file could be bundled yet. No map tiles are fetched.",
        "مخطط تقريبي للمحافظات الخمس رُسم لسجل (للموقع النسبي فقط، لا الحدود الحقيقية ولا بمقياس رسم؛ CC0): لم يُتح بعد ملف حدود بترخيص مفتوح لإرفاقه. لا تُجلب أي خرائط من الخارج.");
    m.m("incident.map.incidents", "incidents", "حوادث");
    m.m("incident.map.deaths", "named deaths", "وفيات مسمّاة");
    m.m("incident.map.countOnly", "Count only persons who are:", "احسب فقط الأشخاص الذين حالتهم:");
    m.m("incident.filter", "Show", "عرض");
    m.m("incident.timeline", "Timeline", "التسلسل الزمني");
    m.m("incident.ceasefire", "Ceasefire date", "تاريخ وقف إطلاق النار");
    m.m("incident.timeline.all", "All incidents", "كل الحوادث");
    m.m("incident.timeline.before", "Before", "قبل");
    m.m(
        "incident.timeline.after",
        "On or after the ceasefire of",
        "في يوم وقف إطلاق النار أو بعده");
  }

  private static void fields(Lang.MessageSink m) {
    m.m("incident.id", "Incident", "الحادثة");
    m.m("incident.date", "Date", "التاريخ");
    m.m("incident.governorate", "Governorate", "المحافظة");
    m.m("incident.type", "Type", "النوع");
    m.m("incident.grade", "Attribution grade", "درجة الإسناد");
    m.m("incident.actor", "Attributed to", "منسوبة إلى");
    m.m("incident.killed", "Killed (reported)", "القتلى (المُبلَّغ عنهم)");
    m.m("incident.injured", "Injured (reported)", "الجرحى (المُبلَّغ عنهم)");
    m.m("incident.namedKilled", "Named killed", "القتلى المسمَّون");
    m.m("incident.person", "Person", "الشخص");
    m.m("incident.role", "Role", "الدور");
    m.m("incident.certainty", "Certainty", "درجة اليقين");
    m.m("incident.state", "Review", "المراجعة");
    String[][] f = {
      {"id", "Id", "المعرّف"},
      {
        "date",
        "Date (2024-01-09, 2024-01-09T14:30 or a range a/b)",
        "التاريخ (2024-01-09 أو 2024-01-09T14:30 أو مدى a/b)"
      },
      {"governorate", "Governorate", "المحافظة"},
      {"type", "Type", "النوع"},
      {"attribution_grade", "Attribution grade", "درجة الإسناد"},
      {"locality", "Locality", "المنطقة"},
      {"facility", "Facility", "المنشأة"},
      {"latitude", "Latitude", "خط العرض"},
      {"longitude", "Longitude", "خط الطول"},
      {"radius_m", "Precision radius (m)", "نصف قطر الدقة (م)"},
      {"actor", "Attributed to", "منسوبة إلى"},
      {"killed_min", "Killed, at least", "القتلى، على الأقل"},
      {"killed_max", "Killed, at most", "القتلى، على الأكثر"},
      {"injured_min", "Injured, at least", "الجرحى، على الأقل"},
      {"injured_max", "Injured, at most", "الجرحى، على الأكثر"},
      {"description_ar", "Description (Arabic)", "الوصف (بالعربية)"},
      {"description_en", "Description (English)", "الوصف (بالإنجليزية)"},
      {
        "sources",
        "Sources (one per line: url:…, document:…, media:file#sha256)",
        "المصادر (واحد في كل سطر: url:… أو document:… أو media:file#sha256)"
      },
      {"note", "What changed and why", "ما الذي تغيّر ولماذا"}
    };
    for (String[] x : f) {
      m.m("incident.field." + x[0], x[1], x[2]);
    }
  }

  private static void vocabulary(Lang.MessageSink m) {
    for (IncidentType t : IncidentType.DEFAULTS) {
      m.m("incident.type." + t.code(), t.english(), t.arabic());
    }
    m.m("incident.grade.confirmed", "Confirmed", "مؤكَّدة");
    m.m("incident.grade.fair", "Fair", "معقولة");
    m.m("incident.grade.weak", "Weak", "ضعيفة");
    m.m("incident.grade.contested", "Contested", "متنازع عليها");
    m.m("incident.grade.discounted", "Discounted", "مستبعدة");
    m.m("incident.precision.exact", "exact time", "وقت دقيق");
    m.m("incident.precision.day", "day", "يوم");
    m.m("incident.precision.range", "range of days", "مدى أيام");
    m.m("incident.role.killed", "Killed", "قُتل");
    m.m("incident.role.injured", "Injured", "أصيب");
    m.m("incident.role.missing", "Missing", "مفقود");
    m.m("incident.certainty.confirmed", "Confirmed", "مؤكَّد");
    m.m("incident.certainty.probable", "Probable", "مرجَّح");
    m.m("incident.certainty.possible", "Possible", "محتمل");
    m.m("incident.state.suggested", "Suggested", "مقترح");
    m.m("incident.state.confirmed", "Confirmed", "مؤكَّد");
    m.m("incident.state.rejected", "Rejected", "مرفوض");
  }

  private static void statuses(Lang.MessageSink m) {
    m.m("incident.status.title", "Status", "الحالة");
    m.m("incident.status.pending", "Pending", "قيد التحقق");
    m.m("incident.status.corroborated", "Corroborated", "معزَّز بمصدرين مستقلين");
    m.m("incident.status.confirmed", "Confirmed", "مؤكَّد");
    m.m("incident.status.contested", "Contested", "متنازع عليه");
    m.m("incident.status.removed", "Removed", "محذوف");
    m.m("incident.status.sources", "Independent sources", "المصادر المستقلة");
    m.m("incident.status.incidents", "Victim of", "ضحية في");
    m.m("incident.status.reason", "Reason", "السبب");
    m.m("incident.status.record", "Record decision", "تسجيل القرار");
    m.m("incident.status.do.confirm", "Confirm", "تأكيد");
    m.m("incident.status.do.contest", "Contest", "اعتراض");
    m.m("incident.status.do.remove", "Remove", "حذف");
    m.m("incident.status.do.reopen", "Reopen", "إعادة فتح");
  }
}
