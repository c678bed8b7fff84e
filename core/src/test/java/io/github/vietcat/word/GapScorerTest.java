package io.github.vietcat.word;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The fast look-up path ({@link GapScorer}, {@link ProbeIndex}, the incremental lexicon keys)
 * against the hashed path it replaces, on random sequences: every gap's score must be the same
 * float bit for bit and every decision the same. Models: the fixtures' trained ones and synthetic
 * ones in which every feature that occurs has a random weight, with lexicon words long enough to
 * reach the extractor's cap on features per gap.
 */
class GapScorerTest {

  /** Groups sets to check: each group alone (with the bias), the shipped set, and all. */
  private static List<Set<FeatureGroup>> groupSets() {
    List<Set<FeatureGroup>> sets = new ArrayList<>();
    for (FeatureGroup g : FeatureGroup.values()) {
      sets.add(EnumSet.of(g));
    }
    sets.add(WordSegmenterTrainer.Options.defaults().features());
    sets.add(EnumSet.allOf(FeatureGroup.class));
    return sets;
  }

  @Test
  void trainedModelsScoreEveryGapAsTheHashedPath() {
    Random random = new Random(7);
    for (Set<FeatureGroup> groups : groupSets()) {
      WordSegmenter segmenter = WordSegmenterTrainer.train(SegmenterFixtures.trainingWords(),
          SegmenterFixtures.LEXICON, WordSegmenterTrainer.Options.defaults().withFeatures(groups));
      SegmenterModel model = segmenter.model();
      assertTrue(model.weights.size() > 0, groups.toString());
      int gaps = compareOnRandomSequences(model, random, 300, 0);
      assertTrue(gaps > 5_000, groups + ": " + gaps);
    }
  }

  @Test
  void modelsWithShortOrNoLexiconScoreAsTheHashedPath() {
    // With one-syllable words only (or none), the longest span is 1: the pair features read the
    // span table past a position's own entries, and the fast path must read the same places.
    Random random = new Random(9);
    WordSegmenterTrainer.Options all = WordSegmenterTrainer.Options.defaults()
        .withFeatures(EnumSet.allOf(FeatureGroup.class));
    for (Map<String, Long> lexicon : List.of(SegmenterFixtures.LEXICON, Map.<String, Long>of())) {
      SegmenterModel model = WordSegmenterTrainer.train(SegmenterFixtures.trainingWords(),
          lexicon, all.withLexicon(3, 1)).model();
      assertEquals(1, model.lexicon.maxLength());
      compareOnRandomSequences(model, random, 200, 0);
    }
  }

  @Test
  void syntheticModelsWithEveryFeatureWeightedScoreAsTheHashedPath() {
    Random random = new Random(11);
    for (Set<FeatureGroup> groups : groupSets()) {
      SegmenterModel model = syntheticModel(groups, 12, random);
      compareOnRandomSequences(model, random, 200, 0);
    }
  }

  @Test
  void theCapOnFeaturesPerGapIsReachedAndKept() {
    // Runs of the first syllable are lexicon words of every length up to 12: a gap inside a long
    // run is covered by more spans than the extractor keeps.
    Random random = new Random(3);
    SegmenterModel model = syntheticModel(EnumSet.allOf(FeatureGroup.class), 12, random);
    int capped = compareOnRandomSequences(model, random, 200, Vocabulary.FIRST_ID);
    assertTrue(capped > 100, "gaps that reach the cap: " + capped);
  }

  @Test
  void probeIndexFindsWhatTheTableSearchFinds() {
    Random random = new Random(5);
    for (int round = 0; round < 200; round++) {
      int capacity = 1 << (1 + random.nextInt(9));
      long[] slots = new long[capacity];
      int used = random.nextInt(capacity); // at least one slot stays empty
      List<Long> keys = new ArrayList<>();
      for (int i = 0; i < used; i++) {
        // Few distinct home slots and fingerprints: long probe chains, wrapping at the end.
        long key = ((long) random.nextInt(4) << 32) | ((capacity - 1 - random.nextInt(3)) & (capacity - 1));
        keys.add(key);
        put(slots, key, 1 + random.nextInt(1000));
      }
      ProbeIndex index = new ProbeIndex(slots);
      for (int q = 0; q < 200; q++) {
        long key = q % 2 == 0 && !keys.isEmpty() ? keys.get(random.nextInt(keys.size()))
            : ((long) random.nextInt(6) << 32) | random.nextInt(capacity);
        assertEquals(search(slots, key), index.find(key), "key " + Long.toHexString(key));
      }
    }
  }

  @Test
  void syllableKeysFillAsTheReference() {
    String alphabet = "aAăâeêioôơuưyđĐÐðàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữự"
        + "ỳýỷỹỵÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
        + "bcdghklmnpqrstvxBCDGHKLMNPQRSTVX0123456789٣.,;:!?-–—‘’“”…•‰€₫\u2028\u00A0"
        + "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B" // combining marks: the slow path
        + "ἀὰᾶΩωΣσ\u1F00\u1FFE\u2000\u206F\u2070ⅣⓐＡａ中\uD83D\uDE00";
    Random random = new Random(13);
    SyllableKeys.Buffer fast = new SyllableKeys.Buffer();
    SyllableKeys.Buffer reference = new SyllableKeys.Buffer();
    for (int i = 0; i < 20_000; i++) {
      int length = random.nextInt(i % 100 == 0 ? 80 : 9);
      StringBuilder text = new StringBuilder();
      for (int k = 0; k < length; k++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      SyllableKeys.fill(text, fast);
      SyllableKeys.fillReference(text, reference);
      String what = text.toString();
      assertEquals(new String(reference.chars, 0, reference.length),
          new String(fast.chars, 0, fast.length), what);
      assertEquals(reference.hash, fast.hash, what);
      assertEquals(reference.shape, fast.shape, what);
      assertEquals(Vocabulary.hash(SyllableKeys.key(text)), fast.hash, what);
    }
  }

  /**
   * Scores every gap of random sequences both ways and decides them both ways.
   *
   * @param runId when not 0, sequences hold long runs of this id
   * @return the number of gaps compared, or with {@code runId}, of gaps that reached the cap
   */
  private static int compareOnRandomSequences(
      SegmenterModel model, Random random, int sequences, int runId) {
    int idLimit = Vocabulary.FIRST_ID + model.vocabulary.size();
    long[] keys = new long[FeatureExtractor.MAX_FEATURES];
    int gaps = 0;
    int capped = 0;
    for (int s = 0; s < sequences; s++) {
      int n = random.nextInt(60);
      int[] ids = new int[n];
      byte[] shapes = new byte[n];
      boolean[] hard = new boolean[n];
      boolean[] joined = random.nextBoolean() ? null : new boolean[n];
      for (int i = 0; i < n; i++) {
        ids[i] = runId != 0 && random.nextInt(10) < 8 ? runId : random.nextInt(idLimit);
        shapes[i] = (byte) random.nextInt(GapScorer.SHAPES);
        hard[i] = i == 0 || random.nextInt(12) == 0;
        if (joined != null) {
          joined[i] = random.nextInt(20) == 0;
        }
      }
      if (n > 0) {
        FeatureExtractor.Context context = model.extractor.new Context(ids, shapes, n);
        for (int g = 1; g < n; g++) {
          int wordStart = random.nextInt(g);
          int count = context.features(g, keys);
          if (count >= FeatureExtractor.MAX_FEATURES - 8) {
            capped++;
          }
          count += context.decisionFeatures(g, wordStart, keys, count);
          float expected = 0f;
          for (int f = 0; f < count; f++) {
            expected += model.weights.weightInTable(keys[f]);
          }
          float actual = model.scorer.score(context, g, wordStart);
          assertEquals(Float.floatToRawIntBits(expected), Float.floatToRawIntBits(actual),
              "gap " + g + " of " + java.util.Arrays.toString(ids));
          gaps++;
        }
        for (int i = 0; i < n; i++) {
          for (int len = 1; len <= model.lexicon.maxLength() && i + len <= n; len++) {
            assertEquals(model.lexicon.lookupInTable(ids, i, len),
                model.lexicon.lookup(ids, i, len));
          }
        }
      }
      boolean[] fast = new boolean[n];
      boolean[] hashed = new boolean[n];
      model.decide(ids, shapes, hard, joined, n, fast);
      model.decideHashed(ids, shapes, hard, joined, n, hashed);
      assertArrayEquals(hashed, fast);
    }
    return runId != 0 ? capped : gaps;
  }

  /**
   * A model over 40 syllables whose lexicon holds random words of 1 to {@code maxLength}
   * syllables and every run of the first syllable, and whose weights give every feature met on
   * random sequences (but a few) a random weight.
   */
  private static SegmenterModel syntheticModel(
      Set<FeatureGroup> groups, int maxLength, Random random) {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      keys.add("s" + i);
    }
    Vocabulary vocabulary = new Vocabulary(keys);
    int idLimit = Vocabulary.FIRST_ID + keys.size();
    Map<String, int[]> words = new LinkedHashMap<>();
    for (int len = 1; len <= maxLength; len++) {
      int[] run = new int[len];
      java.util.Arrays.fill(run, Vocabulary.FIRST_ID);
      words.put(java.util.Arrays.toString(run), run);
    }
    for (int w = 0; w < 300; w++) {
      int[] word = new int[1 + random.nextInt(Math.min(4, maxLength))];
      for (int k = 0; k < word.length; k++) {
        word[k] = Vocabulary.FIRST_ID + random.nextInt(keys.size());
      }
      words.put(java.util.Arrays.toString(word), word);
    }
    int[][] entries = words.values().toArray(new int[0][]);
    int[] infos = new int[entries.length];
    int[] counts = new int[entries.length];
    for (int i = 0; i < entries.length; i++) {
      infos[i] = 1 + random.nextInt(31);
      counts[i] = 1 + random.nextInt(5000);
    }
    Lexicon lexicon = new Lexicon(entries, infos, counts, idLimit,
        groups.contains(FeatureGroup.LEXICON_STATISTICS));
    FeatureExtractor extractor = new FeatureExtractor(lexicon, groups);
    LongIntMap seen = new LongIntMap(1024);
    long[] buffer = new long[FeatureExtractor.MAX_FEATURES];
    for (int s = 0; s < 400; s++) {
      int n = 2 + random.nextInt(40);
      int[] ids = new int[n];
      byte[] shapes = new byte[n];
      for (int i = 0; i < n; i++) {
        ids[i] = s % 3 == 0 && random.nextBoolean()
            ? Vocabulary.FIRST_ID : random.nextInt(idLimit);
        shapes[i] = (byte) random.nextInt(GapScorer.SHAPES);
      }
      FeatureExtractor.Context context = extractor.new Context(ids, shapes, n);
      for (int g = 1; g < n; g++) {
        int count = context.features(g, buffer);
        count += context.decisionFeatures(g, random.nextInt(g), buffer, count);
        for (int f = 0; f < count; f++) {
          seen.put(buffer[f], 1);
        }
      }
    }
    long[] featureKeys = seen.sortedKeys();
    long[] kept = new long[featureKeys.length];
    float[] weights = new float[featureKeys.length];
    int count = 0;
    for (long key : featureKeys) {
      if (random.nextInt(10) > 0) {
        kept[count] = key;
        weights[count++] = (random.nextFloat() - 0.5f) * (random.nextInt(4) == 0 ? 1e-3f : 4f);
      }
    }
    FeatureWeights table = new FeatureWeights(
        java.util.Arrays.copyOf(kept, count), java.util.Arrays.copyOf(weights, count));
    return new SegmenterModel(groups, vocabulary, lexicon, table);
  }

  /** Adds to a linear-probing table as {@link PackedTable} does. */
  private static void put(long[] slots, long key, int value) {
    int mask = slots.length - 1;
    int fingerprint = (int) (key >>> 32) | 1;
    int slot = (int) key & mask;
    while (slots[slot] != 0 && (int) (slots[slot] >>> 32) != fingerprint) {
      slot = (slot + 1) & mask;
    }
    slots[slot] = ((long) fingerprint << 32) | value;
  }

  /** The table search {@link ProbeIndex#find} must agree with. */
  private static long search(long[] slots, long key) {
    int mask = slots.length - 1;
    int fingerprint = (int) (key >>> 32) | 1;
    int slot = (int) key & mask;
    while (slots[slot] != 0) {
      if ((int) (slots[slot] >>> 32) == fingerprint) {
        return slots[slot];
      }
      slot = (slot + 1) & mask;
    }
    return 0;
  }
}
