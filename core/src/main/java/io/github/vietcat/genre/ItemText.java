package io.github.vietcat.genre;

import io.github.vietcat.clean.LineRole;
import io.github.vietcat.clean.NewsArticle;
import io.github.vietcat.clean.NewsPageCleaner;
import io.github.vietcat.clean.PageLine;

/**
 * The title and body a genre model reads from an item. An item that comes without a title (a
 * scraped page, an article body, a search-engine excerpt) is read through {@link NewsPageCleaner},
 * which finds a headline only where a line looks like one and drops the page furniture; training
 * and classification prepare items the same way, so a model learns from what it will see.
 *
 * <p>For the evidence, it also keeps where the title and the body start in the raw input ({@code
 * titleFrom}/{@code titleTo} in the raw title, or in the page; {@code bodyFrom} in the raw body or
 * page), so that the words of a feature are looked for only where the model read them.
 */
record ItemText(String title, String body, int titleFrom, int titleTo, int bodyFrom) {

  private static final NewsPageCleaner CLEANER = new NewsPageCleaner();

  /** An item with a title is taken as it is; one without is read as a page. */
  static ItemText of(String title, String body) {
    return title.isBlank() ? fromPage(body) : new ItemText(title, body, 0, title.length(), 0);
  }

  /** The headline (if any) and the article text of a page; the page itself if nothing is found. */
  static ItemText fromPage(String page) {
    NewsArticle article = CLEANER.clean(page);
    String body = article.lead().isEmpty() ? article.bodyText()
        : article.body().isEmpty() ? article.lead() : article.lead() + "\n" + article.bodyText();
    if (article.title().isEmpty() && body.isEmpty()) {
      return new ItemText("", page, 0, 0, 0);
    }
    int titleFrom = -1;
    int titleTo = 0;
    int bodyFrom = -1;
    for (PageLine line : article.lines()) {
      if (line.role() == LineRole.TITLE) {
        titleFrom = titleFrom < 0 ? line.start() : titleFrom;
        titleTo = line.end();
      } else if (bodyFrom < 0 && (line.role() == LineRole.LEAD || line.role() == LineRole.BODY)) {
        bodyFrom = line.start();
      }
    }
    return new ItemText(article.title(), body, Math.max(0, titleFrom), titleTo,
        Math.max(0, bodyFrom));
  }
}
