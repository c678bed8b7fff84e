package io.github.vietcat.pipeline;

import io.github.vietcat.clean.NewsArticle;
import java.util.Objects;

/**
 * A cleaned news page with each part run through the pipeline. Offsets in each part refer to that
 * part's own text ({@link NewsArticle#title()}, {@link NewsArticle#lead()}, {@link
 * NewsArticle#bodyText()}).
 *
 * @param article the article found on the page
 * @param title the analyzed title
 * @param lead the analyzed lead
 * @param body the analyzed body, paragraphs separated by line feeds
 */
public record AnalyzedArticle(
    NewsArticle article, AnalyzedText title, AnalyzedText lead, AnalyzedText body) {
  /**
   * Validates the components.
   *
   * @param article the article found on the page
   * @param title the analyzed title
   * @param lead the analyzed lead
   * @param body the analyzed body, paragraphs separated by line feeds
   */
  public AnalyzedArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(body, "body");
  }
}
