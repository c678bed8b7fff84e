package io.github.vietcat.models.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vietcat.word.WordSegmenter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shipped model against UD VTB test, and its rebuild from the shared data. */
class WordSegmenterSharedDataTest {

  private static Path shared;
  private static Properties metadata;

  @BeforeAll
  static void locate() throws IOException {
    shared = Path.of(System.getProperty("vietcat.shared", "../../shared"));
    metadata = new Properties();
    try (InputStream in = WordSegmenterSharedDataTest.class.getResourceAsStream(
        "/io/github/vietcat/models/word-segmenter.properties")) {
      metadata.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  /** Per test, not per class, so that each skipped test is reported with the reason. */
  @BeforeEach
  void requireSharedData() {
    assumeTrue(Files.isDirectory(shared.resolve("ud-vi-vtb")),
        "shared data not found at " + shared.toAbsolutePath()
            + ": skipping (set -Dvietcat.shared)");
  }

  @Test
  void shippedModelReachesTheFloorOnUdTestAndMatchesItsMetadata() throws IOException {
    List<UdVietnamese.Sentence> test = UdVietnamese.read(UdVietnamese.file(shared, "test"));
    assertEquals(800, test.size());
    WordSpanScore score = EvaluateWordSegmenter.scoreGold(WordSegmenter.loadDefault(), test);
    assertTrue(score.f1() >= 0.975, "F1 below the 97.5 floor: " + score);
    assertEquals(metadata.getProperty("evaluation.ud-vtb-test.gold-syllables.f1"),
        String.format(Locale.ROOT, "%.2f", 100 * score.f1()));
  }

  @Test
  void greedyBaselineScoresAsDocumented() throws IOException {
    List<UdVietnamese.Sentence> test = UdVietnamese.read(UdVietnamese.file(shared, "test"));
    GreedyLongestMatch greedy = new GreedyLongestMatch(
        SilverLexicon.read(SilverLexicon.file(shared)), 3, 4);
    WordSpanScore score = new WordSpanScore();
    for (UdVietnamese.Sentence s : test) {
      score.add(s.words(), greedy.segment(s.syllables()));
    }
    assertEquals("95.71", String.format(Locale.ROOT, "%.2f", 100 * score.f1()));
  }

  @Test
  void rebuildingGivesTheShippedFileByteForByte() throws IOException {
    byte[] rebuilt = BuildWordSegmenterModel.buildModelBytes(shared);
    assertEquals(metadata.getProperty("model.sha256"), BuildWordSegmenterModel.sha256(rebuilt),
        "the shipped model is not what the builder makes from ../shared: rebuild it with "
            + BuildWordSegmenterModel.REBUILD_COMMAND);
  }
}
