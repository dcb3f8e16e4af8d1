package org.sijil.server.service;

import java.util.List;
import java.util.Optional;
import org.sijil.server.model.Link;
import org.sijil.server.model.Person;

/**
 * Explains links when a page or the API asks for them, so publishing need not score every pair at
 * start (the explanation comes from the stored model of the link run).
 */
public interface Explanations {

  /** Explains nothing: persons keep the links they were loaded with. */
  Explanations NONE =
      new Explanations() {
        @Override
        public List<Link> links(Person person) {
          return person.links();
        }

        @Override
        public Optional<Link> explain(String leftRecordId, String rightRecordId) {
          return Optional.empty();
        }
      };

  /** The person's links with their waterfalls. */
  List<Link> links(Person person);

  /** One pair of records (by record id) with its waterfall, if a model can explain it. */
  Optional<Link> explain(String leftRecordId, String rightRecordId);

  /**
   * Makes now what the first explanation would otherwise make while a reader waits (with a stored
   * model over a million records, tens of seconds); nothing by default.
   */
  default void prepare() {}
}
