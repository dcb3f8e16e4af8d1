package org.sijil.server.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sijil.core.estimate.CaptureTable;
import org.sijil.core.estimate.Design;
import org.sijil.core.estimate.EstimateOptions;
import org.sijil.core.estimate.EstimationResult;
import org.sijil.core.estimate.MembershipTable;
import org.sijil.core.estimate.ModelResult;
import org.sijil.core.estimate.MultipleSystemsEstimator;
import org.sijil.core.estimate.TableResult;
import org.sijil.server.model.Estimate;
import org.sijil.server.model.Person;

/**
 * The register's multiple-systems estimate at server start: a person is on a list when any of its
 * records came from that source; the estimator's defaults (profile intervals, AIC averaging).
 */
final class RegisterEstimate {

  /** The estimate (or null) and, when there is none, why. */
  record Result(Estimate estimate, String note) {}

  private RegisterEstimate() {}

  static Result of(List<Person> persons) {
    Map<String, Integer> listIndex = new TreeMap<>();
    for (Person p : persons) {
      for (String s : p.sources()) {
        listIndex.putIfAbsent(s, 0);
      }
    }
    if (listIndex.size() < CaptureTable.MIN_LISTS || listIndex.size() > CaptureTable.MAX_LISTS) {
      return new Result(null, "an estimate needs 2 to 6 sources; the register has " + listIndex.size());
    }
    List<String> lists = new ArrayList<>(listIndex.keySet());
    for (int i = 0; i < lists.size(); i++) {
      listIndex.put(lists.get(i), i);
    }
    MembershipTable.Builder b = MembershipTable.builder(lists);
    for (Person p : persons) {
      boolean[] on = new boolean[lists.size()];
      for (String s : p.sources()) {
        on[listIndex.get(s)] = true;
      }
      b.add(on);
    }
    EstimationResult r;
    try {
      r = new MultipleSystemsEstimator(EstimateOptions.defaults()).estimate(b.build(), Design.overall());
    } catch (RuntimeException e) {
      return new Result(null, "the estimate could not be computed: " + e.getMessage());
    }
    List<Estimate.Model> models = new ArrayList<>();
    if (r.strata().size() == 1 && r.strata().get(0).detail() != null) {
      TableResult t = r.strata().get(0).detail();
      for (int i = 0; i < t.models().size(); i++) {
        ModelResult m = t.models().get(i);
        double w = i < t.weights().size() ? t.weights().get(i) : 0;
        models.add(new Estimate.Model(m.formula(), m.deviance(), m.residualDf(), m.aic(), interval(m.unlisted()), w, w == 0));
      }
    }
    List<Estimate.Stratum> strata = new ArrayList<>();
    if (r.strata().size() > 1) {
      for (var s : r.strata()) {
        strata.add(new Estimate.Stratum(s.stratum(), Math.round(s.listed()), interval(s.total())));
      }
    }
    Estimate e =
        new Estimate(lists, String.join(" · ", r.method()), Math.round(r.listed()), interval(r.total()), interval(r.unlisted()), models, strata, r.warnings());
    return new Result(e, null);
  }

  private static Estimate.Interval interval(org.sijil.core.estimate.Estimate e) {
    return new Estimate.Interval(e.estimate(), e.lower(), e.upper());
  }
}
