package org.sijil.server.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sijil.server.model.ExplanationTerm;
import org.sijil.server.model.Link;
import org.sijil.server.model.Person;
import org.sijil.server.model.Release;
import org.sijil.server.model.ReleaseDiff;
import org.sijil.server.model.ReviewItem;
import org.sijil.server.model.SourceRecord;
import org.sijil.server.service.RegisterData;

/**
 * A seeded synthetic register for tests, benchmarks and a demo without the store: persons whose
 * names are composed of common given and family name parts (never a real person's full name), on
 * two lists with the spelling damage real lists show (ى for ي, a missing grandfather, another
 * romanization).
 */
public final class SyntheticRegister {

  /** Arabic given name, a romanization, and another romanization lists use. */
  private record Part(String ar, String en, String enVariant) {}

  private static final Part[] MALE = {
    new Part("محمد", "Mohammed", "Muhammad"), new Part("أحمد", "Ahmed", "Ahmad"),
    new Part("محمود", "Mahmoud", "Mahmud"), new Part("مصطفى", "Mustafa", "Moustafa"),
    new Part("خالد", "Khaled", "Khalid"), new Part("يوسف", "Yousef", "Yusuf"),
    new Part("إبراهيم", "Ibrahim", "Ebrahim"), new Part("عمر", "Omar", "Umar"),
    new Part("علي", "Ali", "Aly"), new Part("حسن", "Hassan", "Hasan"),
    new Part("سامي", "Sami", "Samy"), new Part("عيسى", "Issa", "Eisa"),
    new Part("موسى", "Mousa", "Musa"), new Part("يحيى", "Yahya", "Yehia"),
    new Part("كريم", "Karim", "Kareem"), new Part("سعيد", "Saeed", "Said"),
    new Part("رامي", "Rami", "Ramy"), new Part("عادل", "Adel", "Adil"),
    new Part("جمال", "Jamal", "Gamal"), new Part("وليد", "Walid", "Waleed"),
  };
  private static final Part[] FEMALE = {
    new Part("فاطمة", "Fatima", "Fatma"), new Part("مريم", "Maryam", "Mariam"),
    new Part("آمنة", "Amna", "Amina"), new Part("سلمى", "Salma", "Selma"),
    new Part("ليلى", "Layla", "Leila"), new Part("هدى", "Huda", "Hoda"),
    new Part("نور", "Nour", "Noor"), new Part("رنا", "Rana", "Ranaa"),
    new Part("سارة", "Sara", "Sarah"), new Part("منى", "Mona", "Muna"),
  };
  private static final Part[] FAMILY = {
    new Part("النجار", "Al-Najjar", "Alnajar"), new Part("المصري", "Al-Masri", "Elmasry"),
    new Part("الحلو", "Al-Helou", "Elhelo"), new Part("أبو سعدة", "Abu Saada", "Abusaada"),
    new Part("الشريف", "Al-Sharif", "Elsherif"), new Part("حمدان", "Hamdan", "Hamdaan"),
    new Part("عوض", "Awad", "Ewad"), new Part("سالم", "Salem", "Salim"),
    new Part("الخطيب", "Al-Khatib", "Elkhateeb"), new Part("درويش", "Darwish", "Darweesh"),
    new Part("العطار", "Al-Attar", "Elattar"), new Part("يونس", "Younis", "Yunus"),
    new Part("شاهين", "Shaheen", "Shahin"), new Part("بركة", "Baraka", "Barakeh"),
    new Part("الأغا", "Al-Agha", "Elagha"), new Part("قديح", "Qudaih", "Kdeih"),
  };
  private static final String[] PLACES = {
    "غزة", "خان يونس", "رفح", "دير البلح", "جباليا", "بيت لاهيا"
  };

  private SyntheticRegister() {}

  /** A register of {@code persons} persons on two sources, deterministic for a seed. */
  public static RegisterData generate(int persons, long seed) {
    Random rnd = new Random(seed);
    List<Person> out = new ArrayList<>(persons);
    List<ReviewItem> review = new ArrayList<>();
    List<ReleaseDiff.Entry> diffEntries = new ArrayList<>();
    long[] counts = new long[3];
    LocalDate start = LocalDate.of(2023, 10, 7);
    for (int i = 0; i < persons; i++) {
      boolean male = rnd.nextDouble() < 0.6;
      Part given = male ? pick(MALE, rnd) : pick(FEMALE, rnd);
      Part father = pick(MALE, rnd);
      Part grandfather = pick(MALE, rnd);
      Part family = pick(FAMILY, rnd);
      int years =
          (int) Math.min(95, Math.abs(rnd.nextGaussian() * 25 + (rnd.nextBoolean() ? 10 : 30)));
      boolean infant = years == 0 && rnd.nextBoolean();
      String age = infant ? (1 + rnd.nextInt(11)) + " months" : Integer.toString(years);
      double ageYears = infant ? Integer.parseInt(age.split(" ")[0]) / 12.0 : years;
      LocalDate dod = start.plusDays(rnd.nextInt(420));
      LocalDate dob =
          rnd.nextDouble() < 0.8 ? dod.minusYears(years).minusDays(rnd.nextInt(300)) : null;
      String sex = male ? "m" : "f";
      String place = PLACES[rnd.nextInt(PLACES.length)];
      String key = String.valueOf(400000000L + (long) i * 7919 % 500000000L);
      String nameAr = given.ar() + " " + father.ar() + " " + grandfather.ar() + " " + family.ar();
      String nameEn = given.en() + " " + father.en() + " " + grandfather.en() + " " + family.en();
      String personId = "P" + String.format("%06d", i + 1);
      List<SourceRecord> records = new ArrayList<>();
      List<Link> links = new ArrayList<>();
      SourceRecord first =
          record("moh", "2024-03", i + 1, key, nameAr, nameEn, age, ageYears, sex, dob, dod, place);
      records.add(first);
      counts[0]++;
      if (rnd.nextDouble() < 0.45) {
        // The same person on the families' list: damaged spelling, other romanization, maybe no
        // grandfather.
        String ar2 =
            rnd.nextBoolean()
                ? nameAr.replace('ي', 'ى')
                : given.ar() + " " + father.ar() + " " + family.ar();
        String en2 = given.enVariant() + " " + father.enVariant() + " " + family.enVariant();
        SourceRecord second =
            record(
                "family",
                "2024-06",
                counts[1] + 1,
                rnd.nextDouble() < 0.7 ? key : null,
                ar2,
                en2,
                age,
                ageYears,
                sex,
                null,
                dod,
                place);
        counts[1]++;
        records.add(second);
        double p = 0.55 + rnd.nextDouble() * 0.45;
        Link link =
            new Link(
                first.recordId(),
                second.recordId(),
                round(p),
                explanation(p, second.key() != null),
                null);
        links.add(link);
        if (p < 0.8 && review.size() < 200) {
          review.add(new ReviewItem("R" + (review.size() + 1), first, second, link, null, null));
        }
      }
      if (rnd.nextDouble() < 0.02) {
        diffEntries.add(
            new ReleaseDiff.Entry(
                "changed",
                key,
                nameAr,
                List.of(
                    new ReleaseDiff.FieldChange(
                        "age", Integer.toString(years + 1), age, "changed"))));
      }
      Map<String, String> provenance = new LinkedHashMap<>();
      for (String f : List.of("name_ar", "name_en", "age", "sex", "dob", "dod", "place")) {
        provenance.put(f, first.recordId());
      }
      out.add(
          new Person(
              personId,
              nameAr,
              nameEn,
              age,
              ageYears,
              sex,
              dob,
              dod,
              place,
              provenance,
              records,
              links));
    }
    List<Release> releases =
        List.of(
            new Release(
                "moh",
                "2024-01",
                LocalDate.of(2024, 1, 5),
                Instant.parse("2024-01-06T10:00:00Z"),
                null,
                Math.max(0, counts[0] - diffEntries.size()),
                0),
            new Release(
                "moh",
                "2024-03",
                LocalDate.of(2024, 3, 31),
                Instant.parse("2024-04-01T10:00:00Z"),
                null,
                counts[0],
                0),
            new Release(
                "family",
                "2024-06",
                LocalDate.of(2024, 6, 30),
                Instant.parse("2024-07-01T10:00:00Z"),
                null,
                counts[1],
                0));
    Map<String, Long> summary = new LinkedHashMap<>();
    summary.put("added", 0L);
    summary.put("removed", 0L);
    summary.put("changed", (long) diffEntries.size());
    summary.put("reformatted", 0L);
    summary.put("key_reused", 0L);
    Map<String, ReleaseDiff> diffs = new HashMap<>();
    diffs.put(
        org.sijil.server.service.Diffs.key("moh", "2024-01", "2024-03"),
        new ReleaseDiff("moh", "2024-01", "2024-03", summary, diffEntries));
    return new RegisterData(out, releases, org.sijil.server.service.Diffs.of(diffs), null, review);
  }

  private static SourceRecord record(
      String source,
      String release,
      long row,
      String key,
      String ar,
      String en,
      String age,
      double ageYears,
      String sex,
      LocalDate dob,
      LocalDate dod,
      String place) {
    Map<String, String> raw = new LinkedHashMap<>();
    raw.put("ID", key == null ? "" : key);
    raw.put("الاسم", ar);
    raw.put("Name", en);
    raw.put("Age", age);
    raw.put("Sex", sex);
    raw.put("Born", dob == null ? "" : dob.toString());
    raw.put("Date of death", dod.toString());
    raw.put("Place", place);
    return new SourceRecord(
        source + "/" + release + "/" + row,
        source,
        release,
        row,
        key,
        ar,
        en,
        age,
        ageYears,
        sex,
        dob,
        dod,
        place,
        raw);
  }

  private static List<ExplanationTerm> explanation(double p, boolean sameKey) {
    double prior = -9.5;
    double idWeight = sameKey ? 8.2 : 0;
    double rest = Math.log(p / (1 - p)) / Math.log(2) - prior - idWeight;
    List<ExplanationTerm> terms = new ArrayList<>();
    terms.add(new ExplanationTerm("prior", "", prior));
    terms.add(new ExplanationTerm("id", sameKey ? "exact" : "null", idWeight));
    terms.add(new ExplanationTerm("name_chain", "similar", round(rest * 0.7)));
    terms.add(new ExplanationTerm("age", "exact", round(rest * 0.3)));
    return terms;
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  private static Part pick(Part[] parts, Random rnd) {
    return parts[rnd.nextInt(parts.length)];
  }
}
