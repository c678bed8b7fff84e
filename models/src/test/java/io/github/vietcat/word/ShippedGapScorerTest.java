package io.github.vietcat.word;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The shipped model's fast look-up path ({@link GapScorer}) against the hashed path, on random
 * sequences of its own syllables: the same score bit for bit at every gap, the same decisions. In
 * this module, and in the segmenter's package, because the shipped model is only here and the
 * paths are package-private.
 */
class ShippedGapScorerTest {

  @Test
  void everyGapScoresAsTheHashedPath() {
    SegmenterModel model = WordSegmenter.loadDefault().model();
    int idLimit = Vocabulary.FIRST_ID + model.vocabulary.size();
    Random random = new Random(17);
    long[] keys = new long[FeatureExtractor.MAX_FEATURES];
    int gaps = 0;
    int nonZero = 0;
    for (int s = 0; s < 400; s++) {
      int n = 1 + random.nextInt(80);
      int[] ids = new int[n];
      byte[] shapes = new byte[n];
      boolean[] hard = new boolean[n];
      for (int i = 0; i < n; i++) {
        // Mostly frequent syllables (low ids are punctuation and numbers, so also the rest).
        ids[i] = random.nextInt(4) == 0 ? random.nextInt(idLimit) : random.nextInt(3000);
        shapes[i] = (byte) (1 + random.nextInt(6));
        hard[i] = i == 0 || random.nextInt(15) == 0;
      }
      FeatureExtractor.Context context = model.extractor.new Context(ids, shapes, n);
      for (int g = 1; g < n; g++) {
        int wordStart = Math.max(0, g - 1 - random.nextInt(3));
        int count = context.features(g, keys);
        count += context.decisionFeatures(g, wordStart, keys, count);
        float expected = 0f;
        for (int f = 0; f < count; f++) {
          expected += model.weights.weightInTable(keys[f]);
        }
        float actual = model.scorer.score(context, g, wordStart);
        assertEquals(Float.floatToRawIntBits(expected), Float.floatToRawIntBits(actual));
        gaps++;
        if (expected != 0f) {
          nonZero++;
        }
      }
      boolean[] fast = new boolean[n];
      boolean[] hashed = new boolean[n];
      model.decide(ids, shapes, hard, null, n, fast);
      model.decideHashed(ids, shapes, hard, null, n, hashed);
      assertArrayEquals(hashed, fast);
    }
    assertTrue(gaps > 10_000 && nonZero > gaps / 2, gaps + " gaps, " + nonZero + " non-zero");
  }
}
