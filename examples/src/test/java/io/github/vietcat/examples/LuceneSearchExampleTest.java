package io.github.vietcat.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vietcat.examples.LuceneSearchExample.Hit;
import io.github.vietcat.examples.LuceneSearchExample.NewsItem;
import io.github.vietcat.lucene.VietnameseAnalyzer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Indexing and genre-restricted search, with the samples' expected labels as their genres. */
class LuceneSearchExampleTest {

  private final VietnameseAnalyzer analyzer = new VietnameseAnalyzer();
  private final Directory directory = new ByteBuffersDirectory();

  @BeforeEach
  void indexTheSamples() throws IOException {
    Map<String, String> labels = Samples.expectedLabels();
    List<NewsItem> items = LuceneSearchExample.read(Samples.FOLDER);
    assertEquals(labels.size(), items.size());
    LuceneSearchExample.index(items,
        item -> labels.get(item.path().getFileName().toString()), directory, analyzer);
  }

  private List<String> files(List<Hit> hits) {
    return hits.stream().map(h -> Path.of(h.path()).getFileName().toString()).toList();
  }

  @Test
  void searchesWithinOneGenre() throws IOException, ParseException {
    // "hội nghị" (conference) occurs in meeting write-ups and in a training conference.
    List<Hit> all = LuceneSearchExample.search(directory, analyzer, "\"hội nghị\"", null, 20);
    List<Hit> meetings =
        LuceneSearchExample.search(directory, analyzer, "\"hội nghị\"", "MEETING_SUMMARY", 20);
    List<Hit> training =
        LuceneSearchExample.search(directory, analyzer, "\"hội nghị\"", "TRAINING_REPORT", 20);
    assertEquals(List.of("hoi-nghi-ban-chap-hanh-huyen.txt"), files(meetings));
    assertEquals(List.of("tap-huan-bao-cao-vien.txt"), files(training));
    assertEquals(2, all.size(), files(all).toString());
    assertEquals("MEETING_SUMMARY", meetings.get(0).genre());
  }

  @Test
  void matchesWordsWhateverTheirToneMarkPlacementAndCase() throws IOException, ParseException {
    // The sample writes "Tỉnh ủy Hòa Lâm"; the query uses the old-style "uỷ", "Hoà" placement.
    List<Hit> hits = LuceneSearchExample.search(directory, analyzer, "tỉnh uỷ Hoà Lâm cháy rừng",
        "DIRECTIVE", 20);
    assertEquals(List.of("chi-thi-phong-chay-rung.txt"), files(hits));
    assertEquals("Tỉnh ủy Hòa Lâm ban hành Chỉ thị về phòng cháy, chữa cháy rừng mùa khô năm 2026",
        hits.get(0).title());
  }

  @Test
  void aGenreWithoutMatchesGivesNoHits() throws IOException, ParseException {
    assertEquals(List.of(),
        LuceneSearchExample.search(directory, analyzer, "cháy rừng", "OTHER", 20));
  }

  @Test
  void malformedQueriesAreReported() {
    assertThrows(ParseException.class,
        () -> LuceneSearchExample.search(directory, analyzer, "\"cháy rừng", null, 20));
  }

  @Test
  void mainClassifiesIndexesAndSearches() throws Exception {
    String out = ClassifyStringExampleTest.runMain(LuceneSearchExample.class,
        "tỉnh uỷ Hoà Lâm cháy rừng", "DIRECTIVE", Samples.FOLDER.toString());
    String[] lines = out.split("\n");
    assertEquals("13 items indexed; 1 hits for tỉnh uỷ Hoà Lâm cháy rừng in DIRECTIVE", lines[0]);
    assertTrue(
        lines[1].matches(" *\\d+\\.\\d\\d  DIRECTIVE {8}.*chi-thi-phong-chay-rung\\.txt"),
        lines[1]);
  }
}
