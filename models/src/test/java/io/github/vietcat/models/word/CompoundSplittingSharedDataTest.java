package io.github.vietcat.models.word;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vietcat.word.WordSegmenter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Compound splitting (the Lucene analyzer's setting) on UD Vietnamese VTB test. */
class CompoundSplittingSharedDataTest {

  private Path shared;

  @BeforeEach
  void locateSharedData() {
    shared = Paths.get(System.getProperty("vietcat.shared", "../../shared"));
    Assumptions.assumeTrue(Files.isDirectory(shared.resolve("ud-vi-vtb")),
        "shared data not found at " + shared.toAbsolutePath() + ": skipping (set -Dvietcat.shared)");
  }

  @Test
  void splittingLeavesTheTestScoreAsItIs() throws IOException {
    List<UdVietnamese.Sentence> test = UdVietnamese.read(UdVietnamese.file(shared, "test"));
    WordSegmenter plain = WordSegmenter.loadDefault();
    String without = EvaluateWordSegmenter.scoreGold(plain, test).toString();
    String with = EvaluateWordSegmenter.scoreGold(plain.withCompoundSplitting(true), test).toString();
    // The gold words of UD VTB hold no rare glued four-syllable forms: nothing to split there.
    assertEquals(without, with);
    System.out.println("UD VTB test, compound splitting on: " + with);
  }
}
