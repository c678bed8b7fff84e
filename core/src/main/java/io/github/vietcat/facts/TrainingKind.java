package io.github.vietcat.facts;

/** What a {@link io.github.vietcat.genre.Genre#TRAINING_REPORT training report} is about. */
public enum TrainingKind {
  /** A course, class or training session ("lớp bồi dưỡng", "tập huấn"). */
  COURSE,
  /** Dissemination of a resolution or law ("quán triệt", "phổ biến"). */
  DISSEMINATION,
  /** The results of implementing a programme ("kết quả", "sau 1 năm thực hiện"). */
  RESULTS;

  /**
   * Returns the name used in JSON and in the gold.
   *
   * @return "course", "dissemination" or "results"
   */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
