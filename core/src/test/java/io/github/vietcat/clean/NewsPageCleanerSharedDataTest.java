package io.github.vietcat.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vietcat.normalize.TextNormalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cleans the five scraped seed pages in ../shared/seeds and checks the structure found against a
 * reading of each page by a person: which line numbers (1-based, as an editor shows them) are the
 * title, the lead, the byline and the debris. No text of the pages is copied here.
 */
class NewsPageCleanerSharedDataTest {

  private static Path seeds() {
    String shared = System.getProperty("vietcat.shared", "../../shared");
    Path dir = Path.of(shared, "seeds");
    Assumptions.assumeTrue(Files.isDirectory(dir),
        "skipped: " + dir.toAbsolutePath() + " not found (set -Dvietcat.shared=...)");
    return dir;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
    "000_c786259b7343d84b.txt; 1 3; 7; 19; 5",
    "001_3a3ec1b90727e06b.txt; 3; 7; 15; 1 18 20 23 25 27",
    "002_beed27dbff4e9bce.txt; 1; 8; 24; 3 4 5 6 26 28 30 32",
    "003_83a81c81cb72f093.txt; 1; 3; 21; 23 25 26 27",
    "004_9e948a7725ffdad3.txt; 1; 2; 14; 16 18 20 22 24 26 28 30",
  })
  void findsTheArticleAmongThePageFurniture(String file, String title, int lead, int byline,
      String debris) throws IOException {
    String page = Files.readString(seeds().resolve(file), StandardCharsets.UTF_8);
    NewsArticle article = new NewsPageCleaner().clean(page);

    assertEquals(numbers(title), lineNumbers(article, LineRole.TITLE), "title lines");
    assertEquals(Set.of(lead), lineNumbers(article, LineRole.LEAD), "lead line");
    assertEquals(Set.of(byline), lineNumbers(article, LineRole.BYLINE), "byline line");
    Set<Integer> furniture = lineNumbers(article, LineRole.DEBRIS);
    furniture.addAll(lineNumbers(article, LineRole.DATE_LINE));
    furniture.addAll(lineNumbers(article, LineRole.LETTERHEAD));
    assertEquals(numbers(debris), furniture, "debris and date lines");
    // Every non-blank line between the lead and the byline is article text (body or caption).
    for (PageLine line : article.lines()) {
      int number = line.index() + 1;
      if (number > lead && number < byline && line.role() != LineRole.BLANK) {
        assertTrue(line.role() == LineRole.BODY || line.role() == LineRole.CAPTION,
            file + " line " + number + " is " + line.role());
      }
    }
    assertFalse(article.body().isEmpty());
    assertEquals(article.linesWithRole(LineRole.BODY).size(), article.body().size());
    // The parts are the page's own lines, offsets included.
    for (PageLine line : article.lines()) {
      if (line.role() != LineRole.BLANK) {
        String span = new TextNormalizer().normalize(page.substring(line.start(), line.end())).text();
        assertEquals(line.text(), span.replaceAll("\\s+", " ").trim(),
            "offsets of line " + (line.index() + 1));
      }
    }
  }

  private static Set<Integer> numbers(String list) {
    Set<Integer> out = new TreeSet<>();
    for (String n : list.trim().split(" ")) {
      out.add(Integer.parseInt(n));
    }
    return out;
  }

  private static Set<Integer> lineNumbers(NewsArticle article, LineRole role) {
    Set<Integer> out = new TreeSet<>();
    for (PageLine line : article.linesWithRole(role)) {
      out.add(line.index() + 1);
    }
    return out;
  }
}
