package org.sijil.server.web;

/** Messages of the estimates page and its methods page. */
final class EstimateMessages {

  private EstimateMessages() {}

  static void addTo(Lang.MessageSink m) {}
}
