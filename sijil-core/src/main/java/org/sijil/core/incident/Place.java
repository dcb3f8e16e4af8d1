package org.sijil.core.incident;

/**
 * Where an incident happened. The governorate is required; locality and facility are free text (may
 * be null); coordinates, when given, come as a pair with a precision radius in metres, so a map
 * never shows a place more precisely than it is known.
 *
 * <p>Rules: latitude in [-90, 90], longitude in [-180, 180], both or neither; a radius only with
 * coordinates, from 1 m to {@value #MAX_RADIUS_METRES} m.
 */
public record Place(
    Governorate governorate,
    String locality,
    String facility,
    Double latitude,
    Double longitude,
    Integer radiusMetres) {

  /** The widest radius accepted: the Strip is about 41 km long. */
  public static final int MAX_RADIUS_METRES = 50_000;

  public Place {
    if (governorate == null) {
      throw new InvalidIncident("governorate", "is required");
    }
    locality = blankToNull(locality);
    facility = blankToNull(facility);
    if ((latitude == null) != (longitude == null)) {
      throw new InvalidIncident("latitude", "latitude and longitude come together or not at all");
    }
    if (latitude != null && (latitude < -90 || latitude > 90 || latitude.isNaN())) {
      throw new InvalidIncident("latitude", latitude + " is outside -90..90");
    }
    if (longitude != null && (longitude < -180 || longitude > 180 || longitude.isNaN())) {
      throw new InvalidIncident("longitude", longitude + " is outside -180..180");
    }
    if (latitude != null && radiusMetres == null) {
      throw new InvalidIncident("radius_m", "coordinates need their precision radius in metres");
    }
    if (radiusMetres != null
        && (latitude == null || radiusMetres < 1 || radiusMetres > MAX_RADIUS_METRES)) {
      throw new InvalidIncident(
          "radius_m", "a radius of 1-" + MAX_RADIUS_METRES + " m goes with coordinates only");
    }
  }

  /** A place known to its governorate only. */
  public static Place in(Governorate g) {
    return new Place(g, null, null, null, null, null);
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
