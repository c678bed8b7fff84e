package io.github.vietcat.genre.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FeatureSetTest {

  @Test
  void specificationRoundTrips() {
    FeatureSet set = new FeatureSet(
        FeatureSet.Units.SYLLABLES, 3, true, 2, true, true, 800, FeatureSet.Weighting.BLOCK_TF_IDF);
    assertEquals("units=SYLLABLES ngrams=3 title=true lead=2 types=true words=true maxBody=800"
        + " weighting=BLOCK_TF_IDF", set.toSpec());
    assertEquals(set, FeatureSet.parse(set.toSpec()));
    assertEquals(FeatureSet.BASELINE, FeatureSet.parse(FeatureSet.BASELINE.toSpec()));
    FeatureSet withCues = set.withCueWeight(2);
    assertEquals(set.toSpec() + " cueWeight=2.0", withCues.toSpec());
    assertEquals(withCues, FeatureSet.parse(withCues.toSpec()));
  }

  @Test
  void cuesNeedSyllables() {
    assertThrows(IllegalArgumentException.class, () -> FeatureSet.BASELINE.withCueWeight(1));
  }

  @Test
  void rejectsBadSpecifications() {
    assertThrows(IllegalArgumentException.class, () -> FeatureSet.parse("units=SYLLABLES"));
    assertThrows(IllegalArgumentException.class, () -> FeatureSet.parse("nonsense"));
    assertThrows(IllegalArgumentException.class, () -> FeatureSet.parse(
        FeatureSet.BASELINE.toSpec().replace("ngrams=2", "ngrams=x")));
    assertThrows(IllegalArgumentException.class, () -> new FeatureSet(
        FeatureSet.Units.PLAIN, 4, false, 0, false, false, 0, FeatureSet.Weighting.BINARY));
  }
}
