package org.sijil.cli.estimate;

import java.util.List;
import org.sijil.core.estimate.MembershipTable;

/**
 * Where list membership comes from: a person-level file, or the register's linked persons (a person
 * is on a list if any of its records came from that source).
 */
public interface MembershipSource {

  /**
   * Loads one row per person found on at least one of {@code lists}, with the given variables
   * ({@code numeric} ones as numbers, the others as categories).
   */
  MembershipTable load(List<String> lists, List<String> variables, List<String> numeric);
}
