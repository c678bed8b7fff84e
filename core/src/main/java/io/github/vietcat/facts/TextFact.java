package io.github.vietcat.facts;

import java.util.Objects;

/**
 * A fact that is a stretch of the input, such as an issuer or a subject.
 *
 * @param span where it stands in the input
 * @param evidence the rule that found it
 */
public record TextFact(Span span, RuleEvidence evidence) {

  /**
   * Validates the components.
   *
   * @param span where it stands in the input
   * @param evidence the rule that found it
   */
  public TextFact {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(evidence, "evidence");
  }

  /**
   * Returns the fact's text.
   *
   * @return {@code span().text()}
   */
  public String text() {
    return span.text();
  }
}
