package io.github.vietcat.facts;

import java.util.Objects;

/**
 * Why a fact was extracted: the rule that fired and the cue it fired on.
 *
 * @param rule the rule's name, such as {@code "issuer-before-verb"}
 * @param cue the words that triggered the rule, such as "ban hành" or "chủ trì"
 */
public record RuleEvidence(String rule, Span cue) {

  /**
   * Validates the components.
   *
   * @param rule the rule's name
   * @param cue the words that triggered the rule
   */
  public RuleEvidence {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(cue, "cue");
  }
}
