package io.github.vietcat.facts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A date the item states, normalized to ISO 8601: {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code
 * YYYY} when the year is stated, {@code --MM-DD} or {@code --MM} when it is not.
 *
 * <p>Date policy: a date keeps a year only when the item ties it to one in the same expression
 * ("19/9/2019", "ngày 5 tháng 3 năm 2019", "từ ngày 2 - 6/10/2018"); "ngày 10/3" stays {@code
 * --03-10} even if the year is clear from elsewhere. {@link #resolve(LocalDate)} gives such a date
 * the year that puts it nearest to a reference date, such as the publication date.
 *
 * @param value the normalized date
 * @param span the words that state it
 * @param evidence the rule that found it
 */
public record DateFact(String value, Span span, RuleEvidence evidence) {

  private static final Pattern VALUE =
      Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?|--\\d{2}(-\\d{2})?");

  /**
   * Validates the components.
   *
   * @param value the normalized date
   * @param span the words that state it
   * @param evidence the rule that found it
   */
  public DateFact {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(evidence, "evidence");
    if (!VALUE.matcher(value).matches()) {
      throw new IllegalArgumentException("not a normalized date: " + value);
    }
  }

  /**
   * Returns whether the date has a year.
   *
   * @return false for {@code --MM-DD} and {@code --MM}
   */
  public boolean hasYear() {
    return !value.startsWith("--");
  }

  /**
   * This date with a year: unchanged if it has one, else with the year (of the reference's year,
   * the one before or the one after) that puts it nearest to the reference date.
   *
   * @param reference the reference date, such as the item's publication date
   * @return the date with a year
   */
  public DateFact resolve(LocalDate reference) {
    Objects.requireNonNull(reference, "reference");
    if (hasYear()) {
      return this;
    }
    int month = Integer.parseInt(value.substring(2, 4));
    if (value.length() == 4) {
      int best = reference.getYear();
      long bestDistance = Long.MAX_VALUE;
      for (int year = reference.getYear() - 1; year <= reference.getYear() + 1; year++) {
        long distance = Math.abs((year * 12L + month) - (reference.getYear() * 12L
            + reference.getMonthValue()));
        if (distance < bestDistance) {
          best = year;
          bestDistance = distance;
        }
      }
      return new DateFact(String.format("%04d-%02d", best, month), span, evidence);
    }
    int day = Integer.parseInt(value.substring(5, 7));
    LocalDate best = null;
    long bestDistance = Long.MAX_VALUE;
    for (int year = reference.getYear() - 1; year <= reference.getYear() + 1; year++) {
      LocalDate candidate;
      try {
        candidate = LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        continue; // 29 February of a common year
      }
      long distance = Math.abs(candidate.toEpochDay() - reference.toEpochDay());
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best == null ? this : new DateFact(best.toString(), span, evidence);
  }
}
