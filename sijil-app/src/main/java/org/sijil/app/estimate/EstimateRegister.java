package org.sijil.app.estimate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.sijil.app.Actor;
import org.sijil.core.estimate.CaptureTable;
import org.sijil.core.estimate.Design;
import org.sijil.core.estimate.EstimateOptions;
import org.sijil.core.estimate.EstimationResult;
import org.sijil.core.estimate.MembershipTable;
import org.sijil.core.estimate.ModelResult;
import org.sijil.core.estimate.MultipleSystemsEstimator;
import org.sijil.core.estimate.TableResult;
import org.sijil.store.Estimates;
import org.sijil.store.Register;
import org.sijil.store.Release;

/**
 * Use case: estimate how many people no list recorded, from the register's linked persons (a person
 * is on a list when any of its records came from that source), and store the run with its inputs.
 * {@link #publish} is the estimate the server shows: every source, the estimator's defaults
 * (profile intervals, AIC averaging), no strata, then per group (by sex, by age band: {@link
 * GroupEstimates}); it runs after every link run, and publishing reads it back ({@link #published})
 * instead of estimating again.
 */
public final class EstimateRegister {

  /** The purpose of the published estimate run. */
  public static final String PUBLISHED = "published";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Register reg;

  public EstimateRegister(Register reg) {
    this.reg = reg;
  }

  /** The published estimate as stored: its result (absent when none could be computed) and note. */
  public record Published(
      Optional<PublishedEstimate> estimate, String note, String by, Instant at) {}

  /**
   * Estimates over every source with the defaults and stores it as the published run.
   *
   * @param modelId the link run whose persons are counted
   */
  public Published publish(Actor by, long modelId) {
    TreeSet<String> sources = new TreeSet<>();
    for (Release r : reg.releases().list()) {
      sources.add(r.source());
    }
    List<String> lists = new ArrayList<>(sources);
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("lists", lists);
    inputs.put("options", "defaults");
    inputs.put("design", "overall");
    PublishedEstimate estimate = null;
    String note = null;
    if (lists.size() < CaptureTable.MIN_LISTS || lists.size() > CaptureTable.MAX_LISTS) {
      note = "an estimate needs 2 to 6 sources; the register has " + lists.size();
    } else {
      try {
        MembershipTable table =
            new RegisterMembership(reg, "register")
                .load(lists, GroupEstimates.VARIABLES, List.of("age"));
        EstimationResult r =
            new MultipleSystemsEstimator(EstimateOptions.defaults())
                .estimate(table, Design.overall());
        estimate = summary(lists, r, GroupEstimates.of(table, EstimateOptions.defaults()));
      } catch (RuntimeException e) {
        note = "the estimate could not be computed: " + e.getMessage();
      }
    }
    Instant now = Instant.now();
    String inputsJson = write(inputs);
    String resultJson = estimate == null ? null : write(estimate);
    String logged =
        resultJson != null ? resultJson : "none: " + (note == null ? "no result" : note);
    Estimates.Run run =
        new Estimates.Run(0, PUBLISHED, modelId, inputsJson, resultJson, note, by.name(), now);
    // The run and its log entry (inputs hash, result) are stored together.
    reg.transaction(
        () -> {
          long id = reg.estimates().save(run);
          new org.sijil.app.integrity.RegisterLog(reg)
              .append(
                  new org.sijil.core.integrity.LogEntry.Estimate(
                      org.sijil.app.integrity.RegisterLog.now(),
                      by.name(),
                      org.sijil.core.integrity.Hashes.hex(
                          org.sijil.core.integrity.Hashes.sha256(
                              inputsJson.getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                      logged),
                  "estimate:" + id);
          return null;
        });
    return new Published(Optional.ofNullable(estimate), note, by.name(), now);
  }

  /** The latest published estimate run, if any. */
  public Optional<Published> published() {
    return reg.estimates()
        .latest(PUBLISHED)
        .map(
            run ->
                new Published(
                    Optional.ofNullable(run.result()).map(EstimateRegister::read),
                    run.note(),
                    run.createdBy(),
                    run.createdAt()));
  }

  /** The published form of an estimation result, with its groups. */
  static PublishedEstimate summary(
      List<String> lists, EstimationResult r, List<PublishedEstimate.Group> groups) {
    List<PublishedEstimate.Model> models = new ArrayList<>();
    if (r.strata().size() == 1 && r.strata().get(0).detail() != null) {
      TableResult t = r.strata().get(0).detail();
      for (int i = 0; i < t.models().size(); i++) {
        ModelResult m = t.models().get(i);
        double w = i < t.weights().size() ? t.weights().get(i) : 0;
        models.add(
            new PublishedEstimate.Model(
                m.formula(),
                m.deviance(),
                m.residualDf(),
                m.aic(),
                interval(m.unlisted()),
                w,
                w == 0));
      }
    }
    List<PublishedEstimate.Stratum> strata = new ArrayList<>();
    if (r.strata().size() > 1) {
      for (var s : r.strata()) {
        strata.add(
            new PublishedEstimate.Stratum(
                s.stratum(), Math.round(s.listed()), interval(s.total())));
      }
    }
    return new PublishedEstimate(
        lists,
        String.join(" · ", r.method()),
        Math.round(r.listed()),
        interval(r.total()),
        interval(r.unlisted()),
        models,
        strata,
        r.warnings(),
        groups);
  }

  private static PublishedEstimate.Interval interval(org.sijil.core.estimate.Estimate e) {
    return new PublishedEstimate.Interval(e.estimate(), e.lower(), e.upper());
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the estimate as JSON", e);
    }
  }

  private static PublishedEstimate read(String json) {
    try {
      return JSON.readValue(json, PublishedEstimate.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the stored estimate is not readable: " + e.getMessage(), e);
    }
  }
}
