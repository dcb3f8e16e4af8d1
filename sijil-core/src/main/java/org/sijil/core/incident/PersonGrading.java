package org.sijil.core.incident;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Computes a person's status from their sources and the analysts' decisions. The rule (also in
 * {@code docs/grading.md}), first that applies:
 *
 * <ol>
 *   <li>The latest analyst decision, unless it is {@code reopen}: {@code remove} → {@link
 *       PersonStatus#REMOVED}, {@code contest} → {@link PersonStatus#CONTESTED}, {@code confirm} →
 *       {@link PersonStatus#CONFIRMED}.
 *   <li>Two or more independent sources → {@link PersonStatus#CORROBORATED}. Sources are the lists
 *       the person's records come from; two lists are independent unless they share an origin (one
 *       republishes the other), declared in {@code origins} (list → origin; a list not named there
 *       is its own origin). Several releases of one list are one source.
 *   <li>Otherwise → {@link PersonStatus#PENDING}.
 * </ol>
 *
 * <p>The result carries the independent origins counted, so a page can say why.
 */
public final class PersonGrading {

  /** A status with what it rests on. */
  public record Grade(PersonStatus status, List<String> origins, GradeDecision decision) {}

  private PersonGrading() {}

  /**
   * Grades a person.
   *
   * @param sources the lists the person's records come from (duplicates allowed)
   * @param origins list → origin for lists that republish another; may be empty
   * @param decisions the analysts' decisions on the person, any order
   */
  public static Grade grade(
      List<String> sources, Map<String, String> origins, List<GradeDecision> decisions) {
    Objects.requireNonNull(sources, "sources");
    Objects.requireNonNull(origins, "origins");
    List<String> independent =
        sources.stream().map(s -> origins.getOrDefault(s, s)).distinct().sorted().toList();
    GradeDecision latest =
        decisions.stream().max(Comparator.comparing(GradeDecision::at)).orElse(null);
    if (latest != null && latest.kind() != GradeDecision.Kind.REOPEN) {
      PersonStatus s =
          switch (latest.kind()) {
            case REMOVE -> PersonStatus.REMOVED;
            case CONTEST -> PersonStatus.CONTESTED;
            default -> PersonStatus.CONFIRMED;
          };
      return new Grade(s, independent, latest);
    }
    return new Grade(
        independent.size() >= 2 ? PersonStatus.CORROBORATED : PersonStatus.PENDING,
        independent,
        latest);
  }
}
