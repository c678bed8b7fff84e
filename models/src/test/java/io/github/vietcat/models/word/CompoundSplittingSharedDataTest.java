package io.github.vietcat.models.word;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vietcat.models.SharedData;
import io.github.vietcat.word.WordSegmenter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Compound splitting (the Lucene analyzer's setting) on UD Vietnamese VTB test. */
class CompoundSplittingSharedDataTest {

  private Path shared;

  @BeforeEach
  void locateSharedData() {
    shared = SharedData.require("ud-vi-vtb");
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
