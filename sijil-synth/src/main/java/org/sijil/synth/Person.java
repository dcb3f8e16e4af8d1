package org.sijil.synth;

/**
 * The truth about one generated person, before any list writes it down.
 *
 * @param number 1-based person number (the {@code true_person} key)
 * @param family 1-based household number
 * @param male sex
 * @param given the person's own name
 * @param father the father's given name
 * @param grandfather the father's father's given name
 * @param greatGrandfather one more generation, written on some lists (null if not)
 * @param familyName the family name
 * @param dobEpochDay true date of birth
 * @param dodEpochDay date of death
 * @param governorate index into {@link Governorate#values()}
 * @param hospital whether the person died in or reached a hospital (drives capture)
 * @param id the person's (synthetic, checksum-invalid) 9-digit ID number
 * @param role the person's place in the household (ground truth for tests)
 */
record Person(
    int number,
    int family,
    boolean male,
    ArabicForms.Unit given,
    ArabicForms.Unit father,
    ArabicForms.Unit grandfather,
    ArabicForms.Unit greatGrandfather,
    ArabicForms.Unit familyName,
    int dobEpochDay,
    int dodEpochDay,
    int governorate,
    boolean hospital,
    String id,
    Role role) {

  enum Role {
    LONE,
    FATHER,
    MOTHER,
    CHILD,
    GRANDFATHER
  }
}
