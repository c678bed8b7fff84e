package io.github.vietcat.genre;

import java.util.Objects;
import java.util.Optional;

/**
 * The four genres of the shipped model, as defined by the corpus guideline. A classifier trained on
 * another label set returns its own labels as strings; {@link #fromLabel(String)} maps the shipped
 * ones back to this enum.
 */
public enum Genre {
  /** An instruction from an authority: a directive, official dispatch, plan or guidance. */
  DIRECTIVE,
  /** A report on training, dissemination, or the results of carrying out a directive. */
  TRAINING_REPORT,
  /** The account of one specific meeting, conference, session or working visit. */
  MEETING_SUMMARY,
  /** Anything else: general news, crime, economy, ceremonies, opinion... */
  OTHER;

  /**
   * Returns the genre whose name is {@code label}, if there is one.
   *
   * @param label a label as returned by a classifier, such as {@code "DIRECTIVE"}
   * @return the matching genre, or empty for a label outside the shipped set
   * @throws NullPointerException if {@code label} is null
   */
  public static Optional<Genre> fromLabel(String label) {
    Objects.requireNonNull(label, "label");
    for (Genre genre : values()) {
      if (genre.name().equals(label)) {
        return Optional.of(genre);
      }
    }
    return Optional.empty();
  }
}
