package io.github.vietcat.facts;

import java.util.Objects;

/**
 * A figure a report gives: "260 lượt cán bộ, đảng viên" is value "260", unit "lượt cán bộ, đảng
 * viên".
 *
 * @param value the number as written ("260", "87,5%")
 * @param unit what is counted, or {@code null} when nothing follows the number
 * @param span the number and its unit
 * @param evidence the rule that found it
 */
public record Figure(String value, String unit, Span span, RuleEvidence evidence) {

  /**
   * Validates the components.
   *
   * @param value the number as written
   * @param unit what is counted, or {@code null}
   * @param span the number and its unit
   * @param evidence the rule that found it
   */
  public Figure {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(evidence, "evidence");
  }
}
