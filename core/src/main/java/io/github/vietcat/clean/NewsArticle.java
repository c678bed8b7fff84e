package io.github.vietcat.clean;

import java.util.List;
import java.util.Objects;

/**
 * A news article as {@link NewsPageCleaner} found it on a page, its parts kept apart. Missing parts
 * are empty strings or empty lists, never null.
 *
 * @param title the headline
 * @param lead the lead paragraph (sapo)
 * @param body the body paragraphs after the lead, in order
 * @param captions photo captions and subheads found inside the article
 * @param byline the author or source line
 * @param lines every line of the page with its role, for inspection
 */
public record NewsArticle(
    String title,
    String lead,
    List<String> body,
    List<String> captions,
    String byline,
    List<PageLine> lines) {

  /**
   * Validates the components and copies the lists.
   *
   * @param title the headline
   * @param lead the lead paragraph (sapo)
   * @param body the body paragraphs after the lead, in order
   * @param captions photo captions and subheads found inside the article
   * @param byline the author or source line
   * @param lines every line of the page with its role, for inspection
   */
  public NewsArticle {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(byline, "byline");
    body = List.copyOf(body);
    captions = List.copyOf(captions);
    lines = List.copyOf(lines);
  }

  /**
   * The body paragraphs joined with line feeds.
   *
   * @return the body text, empty when the page had no body
   */
  public String bodyText() {
    return String.join("\n", body);
  }

  /**
   * Title, lead and body, one per line, skipping empty parts: the article's running text.
   *
   * @return the running text, empty when all three parts are empty
   */
  public String text() {
    StringBuilder out = new StringBuilder();
    for (String part : new String[] {title, lead, bodyText()}) {
      if (!part.isEmpty()) {
        if (out.length() > 0) {
          out.append('\n');
        }
        out.append(part);
      }
    }
    return out.toString();
  }

  /**
   * The lines with a given role, in order.
   *
   * @param role the role to select
   * @return the page lines with that role, possibly none
   */
  public List<PageLine> linesWithRole(LineRole role) {
    return lines.stream().filter(line -> line.role() == role).toList();
  }
}
