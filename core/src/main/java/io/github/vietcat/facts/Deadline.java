package io.github.vietcat.facts;

import java.util.Objects;

/**
 * Something a directive orders done by a date.
 *
 * @param what what is to be done
 * @param date by when, or {@code null} when the deadline is relative ("trong 1 tuần") or vague
 */
public record Deadline(TextFact what, DateFact date) {

  /**
   * Validates the components.
   *
   * @param what what is to be done
   * @param date by when, or {@code null}
   */
  public Deadline {
    Objects.requireNonNull(what, "what");
  }
}
