package io.github.vietcat.clean;

/** The role {@link NewsPageCleaner} gives a line of a scraped news page. */
public enum LineRole {
  /**
   * The headline (or a kicker line ending in ":" joined with the headline after it). Only a line
   * that looks like a headline gets it: a paragraph of body text never does.
   */
  TITLE,
  /** The lead paragraph (sapo): the first full paragraph after the title. */
  LEAD,
  /** A paragraph of the article body. */
  BODY,
  /** A short line inside the article without closing punctuation: a photo caption or subhead. */
  CAPTION,
  /** The author's name or the source line after the last paragraph. */
  BYLINE,
  /** Page furniture: navigation, breadcrumbs, widgets, counters, everything after the byline. */
  DEBRIS,
  /** A line of only a date, a time and date words ("Thứ Năm, 15/10/2020, 16:21 (GMT+7)"). */
  DATE_LINE,
  /**
   * The heading block of an official document: the issuing body in capitals ("TỈNH UỶ ..."), the
   * national motto, the document number ("Số 12-CT/TU").
   */
  LETTERHEAD,
  /** An empty or whitespace-only line. */
  BLANK
}
