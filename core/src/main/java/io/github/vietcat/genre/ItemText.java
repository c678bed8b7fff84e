package io.github.vietcat.genre;

import io.github.vietcat.clean.NewsArticle;
import io.github.vietcat.clean.NewsPageCleaner;

/**
 * The title and body a genre model reads from an item. An item that comes without a title (a
 * scraped page, an article body, a search-engine excerpt) is read through {@link NewsPageCleaner},
 * which finds a headline only where a line looks like one and drops the page furniture; training
 * and classification prepare items the same way, so a model learns from what it will see.
 */
record ItemText(String title, String body) {

  private static final NewsPageCleaner CLEANER = new NewsPageCleaner();

  /** An item with a title is taken as it is; one without is read as a page. */
  static ItemText of(String title, String body) {
    return title.isBlank() ? fromPage(body) : new ItemText(title, body);
  }

  /** The headline (if any) and the article text of a page; the page itself if nothing is found. */
  static ItemText fromPage(String page) {
    NewsArticle article = CLEANER.clean(page);
    String body = article.lead().isEmpty() ? article.bodyText()
        : article.body().isEmpty() ? article.lead() : article.lead() + "\n" + article.bodyText();
    if (article.title().isEmpty() && body.isEmpty()) {
      return new ItemText("", page);
    }
    return new ItemText(article.title(), body);
  }
}
