package org.sijil.core.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sijil.core.fields.UnknownValue;
import org.sijil.core.names.NameParser;
import org.sijil.core.names.NameSimilarity;
import org.sijil.core.record.Age;
import org.sijil.core.record.CanonicalField;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.text.StringSimilarity;

/**
 * Semantic comparison of two releases of one list, by a key field (normally {@code id}).
 *
 * <ul>
 *   <li>Only fields both releases have columns for are compared (a list that gained a {@code dob}
 *       column did not change every record).
 *   <li>Reformatting, not change: the same parsed value written differently ({@code 43} / {@code
 *       43.0}); names, places and sources equal once spaces, punctuation, diacritics, tatweel and
 *       letter case are ignored ({@code عبدالرحمن} / {@code عبد الرحمن}); an age in whole years
 *       that a later release states more precisely with the same completed years ({@code 0} /
 *       {@code 7 months}).
 *   <li>Everything else is a change, including a birth year revised by one.
 *   <li>Never {@code key_reused}: names that differ only by spelling (as many names, at most
 *       {@value #SPELLING_EDITS} letter edits in all) when ages and sexes agree — a one-letter fix
 *       of the same person's name.
 *   <li>{@code key_reused}: the names are clearly of different people — the whole names are far
 *       apart (similarity below {@value #DIFFERENT_NAME}), or the given names differ (below {@value
 *       #DIFFERENT_GIVEN}) while the whole names are not near-identical (below {@value
 *       #SAME_NAME}).
 *   <li>Keys on several rows of a release are reported and left out.
 * </ul>
 */
public final class ReleaseDiff {

  static final double DIFFERENT_NAME = 0.70;
  static final double DIFFERENT_GIVEN = 0.75;
  static final double SAME_NAME = 0.92;
  static final int SPELLING_EDITS = 2;

  /**
   * One release: its records and which canonical fields its file had columns for (field → header).
   */
  public record Side(List<CasualtyRecord> records, Map<String, String> mapping) {
    public Side {
      Objects.requireNonNull(records, "records");
      mapping = Map.copyOf(mapping);
    }
  }

  private ReleaseDiff() {}

  public static DiffResult compare(Side before, Side after, CanonicalField key) {
    return compare(before, after, KeyMatch.of(before.records(), after.records(), key));
  }

  /**
   * The same comparison over a key match already made for these two releases' records (the import
   * matches keys once for the diff and the record versions).
   *
   * @throws IllegalArgumentException when {@code match} is not over the sides' own record lists
   */
  public static DiffResult compare(Side before, Side after, KeyMatch match) {
    if (match.before() != before.records() || match.after() != after.records()) {
      throw new IllegalArgumentException("the key match is not over these releases' records");
    }
    CanonicalField key = match.key();
    List<CanonicalField> fields = new ArrayList<>();
    for (CanonicalField f : CanonicalField.values()) {
      if (f != key
          && before.mapping().containsKey(f.key())
          && after.mapping().containsKey(f.key())) {
        fields.add(f);
      }
    }
    List<DuplicateKey> duplicates = new ArrayList<>(match.duplicates(true));
    duplicates.addAll(match.duplicates(false));

    List<Map<String, String>> removed = new ArrayList<>();
    List<RecordChange> changed = new ArrayList<>();
    List<RecordChange> reformatted = new ArrayList<>();
    List<KeyReuse> reused = new ArrayList<>();
    long unchanged = 0;
    List<CasualtyRecord> earlier = before.records();
    for (int i = 0; i < earlier.size(); i++) {
      int partner = match.partnerOfBefore(i);
      if (partner == KeyMatch.NO_KEY || partner == KeyMatch.REPEATED) {
        continue;
      }
      CasualtyRecord x = earlier.get(i);
      if (partner == KeyMatch.ABSENT) {
        removed.add(canonical(x));
        continue;
      }
      CasualtyRecord y = after.records().get(partner);
      String k = x.text(key);
      double sim = nameSimilarity(x, y);
      if (isDifferentPerson(x, y, sim)) {
        reused.add(new KeyReuse(k, canonical(x), canonical(y), sim));
        continue;
      }
      List<FieldChange> ch = new ArrayList<>();
      List<FieldChange> re = new ArrayList<>();
      for (CanonicalField f : fields) {
        compareField(f, x, before.mapping(), y, after.mapping(), ch, re);
      }
      if (!ch.isEmpty()) {
        changed.add(new RecordChange(k, x.row(), y.row(), ch, re));
      } else if (!re.isEmpty()) {
        reformatted.add(new RecordChange(k, x.row(), y.row(), ch, re));
      } else {
        unchanged++;
      }
    }
    List<Map<String, String>> added = new ArrayList<>();
    for (int i = 0; i < after.records().size(); i++) {
      if (match.partnerOfAfter(i) == KeyMatch.ABSENT) {
        added.add(canonical(after.records().get(i)));
      }
    }
    List<String> compared = fields.stream().map(CanonicalField::key).toList();
    return new DiffResult(
        added,
        removed,
        changed,
        reformatted,
        reused,
        duplicates,
        unchanged,
        withoutKey(before.records(), key),
        withoutKey(after.records(), key),
        compared);
  }

  private static long withoutKey(List<CasualtyRecord> records, CanonicalField key) {
    return records.stream().filter(r -> r.text(key) == null).count();
  }

  /** The record's canonical fields (non-null ones) with its row, for listings. */
  public static Map<String, String> canonical(CasualtyRecord r) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("row", Long.toString(r.row()));
    for (CanonicalField f : CanonicalField.values()) {
      String v = r.text(f);
      if (v != null) {
        m.put(f.key(), v);
      }
    }
    return m;
  }

  static double nameSimilarity(CasualtyRecord x, CasualtyRecord y) {
    if (x.nameAr() != null && y.nameAr() != null) {
      return NameSimilarity.chain(NameParser.parse(x.nameAr()), NameParser.parse(y.nameAr()));
    }
    if (x.nameEn() != null && y.nameEn() != null) {
      return NameSimilarity.latin(x.nameEn(), y.nameEn());
    }
    if (x.nameAr() != null && y.nameEn() != null) {
      return NameSimilarity.crossScript(x.nameAr(), y.nameEn());
    }
    if (x.nameEn() != null && y.nameAr() != null) {
      return NameSimilarity.crossScript(y.nameAr(), x.nameEn());
    }
    return 1.0; // no names to tell people apart: never claim reuse
  }

  static boolean isDifferentPerson(CasualtyRecord x, CasualtyRecord y, double nameSimilarity) {
    if (nameSimilarity >= SAME_NAME) {
      return false;
    }
    List<String> tx;
    List<String> ty;
    if (x.nameAr() != null && y.nameAr() != null) {
      if (compact(x.nameAr()).equals(compact(y.nameAr()))) {
        return false;
      }
      tx = NameParser.parse(x.nameAr()).tokens().stream().map(t -> t.text()).toList();
      ty = NameParser.parse(y.nameAr()).tokens().stream().map(t -> t.text()).toList();
    } else if (x.nameEn() != null && y.nameEn() != null) {
      tx = words(x.nameEn());
      ty = words(y.nameEn());
    } else {
      return nameSimilarity < DIFFERENT_NAME;
    }
    if (tx.isEmpty() || ty.isEmpty()) {
      return false;
    }
    if (isSpellingFix(tx, ty) && sameFacts(x, y)) {
      return false;
    }
    // Damaged names drop or prefix a token ("سيد مصطفى ..." / "مصطف سيد ..."): the same person as
    // long
    // as either given name is still found in the other chain and most tokens are shared.
    boolean givenKept =
        contains(ty, tx.get(0))
            || contains(tx, ty.get(0))
            || startsWithGiven(tx, ty)
            || startsWithGiven(ty, tx);
    double shared = Math.max(sharedShare(tx, ty), sharedShare(ty, tx));
    if (givenKept && shared >= 0.5) {
      return false;
    }
    return nameSimilarity < DIFFERENT_NAME || !givenKept;
  }

  /**
   * True when two name chains differ only by spelling: as many names, each pair within {@value
   * #SPELLING_EDITS} letter edits (and fewer edits than the shorter name has letters), at most
   * {@value #SPELLING_EDITS} edits in all ({@code شرين} / {@code سرين}, {@code علا} / {@code عال}).
   */
  static boolean isSpellingFix(List<String> tx, List<String> ty) {
    if (tx.size() != ty.size()) {
      return false;
    }
    int edits = 0;
    for (int i = 0; i < tx.size(); i++) {
      String a = compact(tx.get(i));
      String b = compact(ty.get(i));
      int d = StringSimilarity.damerauLevenshtein(a, b);
      if (d >= Math.min(a.length(), b.length())) {
        return false;
      }
      edits += d;
    }
    return edits <= SPELLING_EDITS;
  }

  /** Ages (in completed years, within one) and sexes agree, or one side does not say. */
  static boolean sameFacts(CasualtyRecord x, CasualtyRecord y) {
    boolean ages =
        x.age() == null
            || y.age() == null
            || Math.abs(x.age().completedYears() - y.age().completedYears()) <= 1;
    boolean sexes = x.sex() == null || y.sex() == null || x.sex() == y.sex();
    return ages && sexes;
  }

  /**
   * True when {@code b}'s name, spaces removed, starts with {@code a}'s given name of 4+ letters: a
   * compound split differently ("عبدالمعطي" / "عبد المعطي") keeps the given name.
   */
  private static boolean startsWithGiven(List<String> a, List<String> b) {
    String given = compact(a.get(0));
    return given.length() >= 4 && compact(String.join("", b)).startsWith(given);
  }

  private static boolean contains(List<String> tokens, String t) {
    for (String u : tokens) {
      if (StringSimilarity.jaroWinkler(u, t) >= DIFFERENT_GIVEN + 0.1) {
        return true;
      }
    }
    return false;
  }

  /** Share of {@code a}'s tokens found (approximately) in {@code b}. */
  private static double sharedShare(List<String> a, List<String> b) {
    int n = 0;
    for (String t : a) {
      if (contains(b, t)) {
        n++;
      }
    }
    return (double) n / a.size();
  }

  private static List<String> words(String s) {
    String t = org.sijil.core.names.LatinNormalizer.normalize(s);
    return t.isEmpty() ? List.of() : List.of(t.split(" "));
  }

  private static void compareField(
      CanonicalField f,
      CasualtyRecord x,
      Map<String, String> mx,
      CasualtyRecord y,
      Map<String, String> my,
      List<FieldChange> changed,
      List<FieldChange> reformatted) {
    String vx = value(x, f, mx);
    String vy = value(y, f, my);
    if (vx == null && vy == null) {
      return;
    }
    if (vx == null || vy == null) {
      changed.add(new FieldChange(f.key(), vx, vy));
      return;
    }
    if (vx.equals(vy)) {
      String rx = rawText(x, f, mx);
      String ry = rawText(y, f, my);
      if (rx != null && ry != null && !rx.equals(ry)) {
        reformatted.add(new FieldChange(f.key(), rx, ry));
      }
      return;
    }
    boolean sameMeaning =
        switch (f) {
          case AGE -> x.age() != null && y.age() != null && consistentAges(x.age(), y.age());
          case NAME_AR, NAME_EN, PLACE, SOURCE, ID -> compact(vx).equals(compact(vy));
          default -> false;
        };
    (sameMeaning ? reformatted : changed).add(new FieldChange(f.key(), vx, vy));
  }

  /** Whole years restated more precisely with the same completed years ("0" and "7 months"). */
  static boolean consistentAges(Age a, Age b) {
    boolean aWhole = a.months() == 0 && a.days() == 0;
    boolean bWhole = b.months() == 0 && b.days() == 0;
    return (aWhole || bWhole) && a.completedYears() == b.completedYears();
  }

  /** The parsed value as text, or the raw text when it could not be parsed; null when blank. */
  static String value(CasualtyRecord r, CanonicalField f, Map<String, String> mapping) {
    String parsed = r.text(f);
    if (parsed != null) {
      return parsed;
    }
    String raw = rawText(r, f, mapping);
    // "-1" in an age column says "unknown": a later age there fills a gap, it does not correct "-1"
    return f == CanonicalField.AGE && UnknownValue.isUnknown(raw) ? null : raw;
  }

  private static String rawText(CasualtyRecord r, CanonicalField f, Map<String, String> mapping) {
    String header = mapping.get(f.key());
    String raw = header == null ? null : r.raw().get(header);
    if (raw == null) {
      return null;
    }
    String t = raw.strip();
    return t.isEmpty() ? null : t;
  }

  /**
   * Text without spaces, punctuation, symbols, Arabic short-vowel marks or tatweel, lower-cased.
   * Letters themselves are untouched: a hamza or ya variant is a spelling change, not formatting.
   */
  static String compact(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c) && c != '\u0640') {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }
}
