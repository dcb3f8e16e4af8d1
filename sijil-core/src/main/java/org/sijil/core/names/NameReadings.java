package org.sijil.core.names;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Candidate readings of a whole raw name: the name as written (normalized, compounds joined) first,
 * then repaired readings (see {@link Repairs}). The raw value is never changed; comparators take
 * the best reading.
 */
public final class NameReadings {

  /** How many {@link #repairMode}s there are: modes are 0 to this, exclusive. */
  public static final int REPAIR_MODES = Repairs.LamAlef.values().length;

  private static final int MAX_READINGS = 8;

  private NameReadings() {}

  /** Readings of {@code raw}, the written form first; empty for a blank name. */
  public static List<Reading> of(String raw) {
    NameChain chain = NameParser.parse(raw);
    if (chain.isEmpty()) {
      return List.of();
    }
    List<String> tokens = new ArrayList<>(chain.size());
    for (NameToken t : chain.tokens()) {
      tokens.add(t.text());
    }
    Repairs.LamAlef mode = Repairs.lamAlefMode(tokens);
    List<List<Reading>> alternates = new ArrayList<>(tokens.size());
    for (String t : tokens) {
      alternates.add(Repairs.alternates(t, mode));
    }
    Map<String, Reading> readings = new LinkedHashMap<>();
    readings.put(chain.joined(), new Reading(chain.joined(), 1.0, Set.of()));
    // Every damaged token at its first alternate, then each alternate on its own.
    addVariant(readings, tokens, alternates, -1, 0);
    for (int i = 0; i < tokens.size(); i++) {
      for (int k = 0; k < alternates.get(i).size(); k++) {
        addVariant(readings, tokens, alternates, i, k);
      }
    }
    List<Reading> out = new ArrayList<>(readings.values());
    return out.size() > MAX_READINGS ? List.copyOf(out.subList(0, MAX_READINGS)) : List.copyOf(out);
  }

  /**
   * How a name's tokens are to be repaired (whether reversed lam-alef is certain, possible or
   * excluded for this name), as a small number: with {@link #tokenRepairs} it lets a caller repair
   * each distinct token once per mode instead of once per name.
   */
  public static int repairMode(List<String> tokens) {
    return Repairs.lamAlefMode(tokens).ordinal();
  }

  /**
   * What one token says about its name's {@link #repairMode}, worked out per distinct token: the
   * mode of a name is {@link #repairMode(int)} of its tokens' traits OR-ed together.
   */
  public static int repairTrait(String token) {
    return Repairs.lamAlefTrait(token);
  }

  /** The {@link #repairMode} of a name whose tokens' {@link #repairTrait}s OR to {@code traits}. */
  public static int repairMode(int traits) {
    return Repairs.lamAlefMode(traits).ordinal();
  }

  /**
   * The repaired readings of one token (never the token itself), best first, in a {@link
   * #repairMode}.
   */
  public static List<Reading> tokenRepairs(String token, int mode) {
    return Repairs.alternates(token, Repairs.LamAlef.values()[mode]);
  }

  /** The kinds of damage visible in {@code raw}. */
  public static Set<Damage> damage(String raw) {
    EnumSet<Damage> found = EnumSet.noneOf(Damage.class);
    if (raw == null || raw.isBlank()) {
      return found;
    }
    if (raw.matches("(?s).*[\\p{L}]\\s*[,\u060C]\\s*[\\p{L}].*")) {
      found.add(Damage.COMMA_IN_COMPOUND);
    }
    if (raw.matches("(?s).*[0-9\u0660-\u0669\u06F0-\u06F9].*")) {
      found.add(Damage.PLACEHOLDER_DIGITS);
    }
    ParsedName parsed = NameParser.parseFull(raw);
    String normalized = parsed.normalized();
    int words = normalized.isEmpty() ? 0 : normalized.split(" ").length;
    if (words > parsed.chain().size()) {
      found.add(Damage.SPLIT_COMPOUND);
    }
    for (Reading r : of(raw)) {
      if (r.confidence() == 1.0) {
        found.addAll(r.repairs());
      }
    }
    return found;
  }

  private static void addVariant(
      Map<String, Reading> readings,
      List<String> tokens,
      List<List<Reading>> alternates,
      int only,
      int which) {
    StringBuilder sb = new StringBuilder();
    double confidence = 1.0;
    EnumSet<Damage> repairs = EnumSet.noneOf(Damage.class);
    for (int i = 0; i < tokens.size(); i++) {
      List<Reading> alts = alternates.get(i);
      String text = tokens.get(i);
      if ((only < 0 && !alts.isEmpty()) || (only == i)) {
        Reading r = alts.get(only < 0 ? 0 : which);
        text = r.text();
        confidence = Math.min(confidence, r.confidence());
        repairs.addAll(r.repairs());
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(text);
    }
    if (!repairs.isEmpty()) {
      readings.putIfAbsent(sb.toString(), new Reading(sb.toString(), confidence, repairs));
    }
  }
}
