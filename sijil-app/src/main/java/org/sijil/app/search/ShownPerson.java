package org.sijil.app.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Objects;

/**
 * What a search hit shows of a person, stored in the search index with the person ({@code
 * SearchDocument.shown}) so search answers without the register in memory. The values are the ones
 * the person page shows (each the value most records give, on a tie the first given); the records
 * are the person's, newest release first. Encoded as compact JSON (short names, nulls left out):
 * the index stores it once per person and compresses it.
 *
 * @param personId the person's id
 * @param nameAr shown name in Arabic script, or null
 * @param nameEn shown name in Latin script, or null
 * @param age shown age as written (e.g. {@code 7 months}), or null
 * @param sex {@code m}, {@code f} or null
 * @param dob date of birth (ISO), or null
 * @param dod date of death (ISO), or null
 * @param place place, or null
 * @param records the person's records, in the order the person page lists them
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ShownPerson(
    @JsonProperty("id") String personId,
    @JsonProperty("ar") String nameAr,
    @JsonProperty("en") String nameEn,
    @JsonProperty("age") String age,
    @JsonProperty("sex") String sex,
    @JsonProperty("dob") String dob,
    @JsonProperty("dod") String dod,
    @JsonProperty("pl") String place,
    @JsonProperty("r") List<Shown> records) {

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  public ShownPerson {
    Objects.requireNonNull(personId, "personId");
    records = records == null ? List.of() : List.copyOf(records);
  }

  /**
   * One record of the person as a hit lists it.
   *
   * @param source the list
   * @param release the release label
   * @param row the row in the release
   * @param key the list's own key (identity number), or null
   * @param nameAr the name in Arabic script as the record gives it, or null
   * @param nameEn the name in Latin script as the record gives it, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Shown(
      @JsonProperty("s") String source,
      @JsonProperty("l") String release,
      @JsonProperty("n") long row,
      @JsonProperty("k") String key,
      @JsonProperty("ar") String nameAr,
      @JsonProperty("en") String nameEn) {

    public Shown {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(release, "release");
    }

    /** The record's id as the server names it: {@code source/release/row}. */
    public String recordId() {
      return source + "/" + release + "/" + row;
    }
  }

  /** ISO text of a date, or null. */
  public static String date(java.time.LocalDate d) {
    return d == null ? null : d.toString();
  }

  /** The sources the person appears in, in first-listed order. */
  public List<String> sources() {
    return records.stream().map(Shown::source).distinct().toList();
  }

  /** The stored text of this view. */
  public String encode() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode the hit view of " + personId, e);
    }
  }

  /**
   * The view stored as {@code text} ({@link #encode}).
   *
   * @throws IllegalArgumentException when the text is not a stored view
   */
  public static ShownPerson decode(String text) {
    try {
      return JSON.readValue(text, ShownPerson.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a stored hit view: " + e.getOriginalMessage(), e);
    }
  }
}
