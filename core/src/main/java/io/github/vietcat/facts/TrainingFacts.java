package io.github.vietcat.facts;

import java.util.List;

/**
 * The facts of a training, dissemination or results report. A component is {@code null} (or an
 * empty list) when the item does not state it.
 *
 * @param kind what the report is about
 * @param kindEvidence the cue that decided the kind
 * @param programme the document or programme implemented or studied
 * @param organizer who organized it
 * @param period the period it covers ("trong 3 ngày", "giai đoạn 2016-2020")
 * @param date when it took place
 * @param figures the figures it gives (at most 8)
 */
public record TrainingFacts(TrainingKind kind, RuleEvidence kindEvidence, TextFact programme,
    TextFact organizer, TextFact period, DateFact date, List<Figure> figures) {

  /**
   * Copies the list.
   *
   * @param kind what the report is about
   * @param kindEvidence the cue that decided the kind
   * @param programme the document or programme implemented or studied
   * @param organizer who organized it
   * @param period the period it covers
   * @param date when it took place
   * @param figures the figures it gives
   */
  public TrainingFacts {
    java.util.Objects.requireNonNull(kind, "kind");
    java.util.Objects.requireNonNull(kindEvidence, "kindEvidence");
    figures = List.copyOf(figures);
  }
}
