package org.sijil.server.incidents;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sijil.server.web.Lang;
import org.sijil.store.Incidents;

/**
 * Names of incident types in a page's language. Rules: a type the register added or renamed shows
 * its stored name (English or Arabic by the page); a starting type not renamed shows its message;
 * anything else shows its code.
 */
final class TypeNames {

  /** No stored types: messages, then codes. */
  static final TypeNames BUILT_IN = new TypeNames(Map.of());

  private final Map<String, Incidents.Type> stored;

  private TypeNames(Map<String, Incidents.Type> stored) {
    this.stored = stored;
  }

  /** The names of {@code site}'s register as they are now. */
  static TypeNames of(IncidentSite site) {
    Map<String, Incidents.Type> out = new LinkedHashMap<>();
    site.with(reg -> reg.incidents().types()).forEach(t -> out.put(t.code(), t));
    return new TypeNames(out);
  }

  String name(Lang lang, String code) {
    Incidents.Type t = stored.get(code);
    if (t != null) {
      String named = lang == Lang.AR ? t.arabic() : t.english();
      if (named != null && !named.isBlank()) {
        return named;
      }
    }
    String key = "incident.type." + code;
    String message = lang.t(key);
    return message.equals(key) ? code : message;
  }
}
