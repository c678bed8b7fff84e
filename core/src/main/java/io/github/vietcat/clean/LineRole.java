package io.github.vietcat.clean;

/** The role {@link NewsPageCleaner} gives a line of a scraped news page. */
public enum LineRole {
  /** The headline (or a kicker line ending in ":" joined with the headline after it). */
  TITLE,
  /** The lead paragraph (sapo): the first full paragraph after the title. */
  LEAD,
  /** A paragraph of the article body. */
  BODY,
  /** A short line inside the article without closing punctuation: a photo caption or subhead. */
  CAPTION,
  /** The author's name or the source line after the last paragraph. */
  BYLINE,
  /** Page furniture: navigation, widgets, counters, date headers, everything after the byline. */
  DEBRIS,
  /** An empty or whitespace-only line. */
  BLANK
}
