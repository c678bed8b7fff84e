package io.github.vietcat.word;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Trains a {@link WordSegmenter} from word-segmented sentences and an optional lexicon of word
 * counts. Training is deterministic: the same data and options give the same model, byte for byte
 * once saved.
 *
 * <p>The learner is a binary averaged perceptron over the gaps between syllables (boundary or
 * not), trained for a fixed number of passes over the sentences in a seeded shuffled order.
 */
public final class WordSegmenterTrainer {

  /**
   * Training options.
   *
   * @param features the feature groups to use
   * @param iterations passes over the training sentences
   * @param lexiconMinCount lexicon words counted fewer times are left out
   * @param lexiconMaxLength lexicon words of more syllables are left out
   * @param featureMinCount features seen in fewer training gaps are left out
   * @param seed the seed of the shuffling between passes
   */
  public record Options(
      Set<FeatureGroup> features,
      int iterations,
      long lexiconMinCount,
      int lexiconMaxLength,
      int featureMinCount,
      long seed) {

    /** Validates and copies the options. */
    public Options {
      features = FeatureGroup.sortedCopy(features);
      if (iterations < 1) {
        throw new IllegalArgumentException("iterations must be at least 1");
      }
      if (lexiconMaxLength < 1 || lexiconMaxLength > 8) {
        throw new IllegalArgumentException("lexiconMaxLength must be in 1..8");
      }
      if (featureMinCount < 1) {
        throw new IllegalArgumentException("featureMinCount must be at least 1");
      }
    }

    /** The options of the shipped model. */
    public static Options defaults() {
      EnumSet<FeatureGroup> groups = EnumSet.allOf(FeatureGroup.class);
      groups.remove(FeatureGroup.SYLLABLE_UNIGRAMS);
      groups.remove(FeatureGroup.LEXICON_STATISTICS);
      groups.remove(FeatureGroup.LEXICON_EDGES);
      groups.remove(FeatureGroup.SYLLABLE_TRIGRAMS);
      groups.remove(FeatureGroup.SYLLABLE_LEXICON);
      groups.remove(FeatureGroup.WORD_CONTEXT);
      return new Options(groups, 10, 3, 4, 1, 42L);
    }

    /** These options with other feature groups. */
    public Options withFeatures(Set<FeatureGroup> groups) {
      return new Options(
          groups, iterations, lexiconMinCount, lexiconMaxLength, featureMinCount, seed);
    }

    /** These options with another number of passes. */
    public Options withIterations(int passes) {
      return new Options(
          features, passes, lexiconMinCount, lexiconMaxLength, featureMinCount, seed);
    }

    /** These options with another lexicon filter. */
    public Options withLexicon(long minCount, int maxLength) {
      return new Options(features, iterations, minCount, maxLength, featureMinCount, seed);
    }

    /** These options with another feature count cut-off. */
    public Options withFeatureMinCount(int minCount) {
      return new Options(features, iterations, lexiconMinCount, lexiconMaxLength, minCount, seed);
    }
  }

  private WordSegmenterTrainer() {}

  /**
   * Trains a segmenter.
   *
   * @param sentences the training sentences, each a list of words, each word its syllables
   *     separated by single spaces (the FORM column of UD Vietnamese)
   * @param lexicon word counts (syllables separated by single spaces), may be empty
   * @param options the options
   * @return the trained segmenter
   */
  public static WordSegmenter train(
      List<List<String>> sentences, Map<String, Long> lexicon, Options options) {
    Objects.requireNonNull(sentences, "sentences");
    Objects.requireNonNull(lexicon, "lexicon");
    Objects.requireNonNull(options, "options");

    // 1. Sentences as syllable arrays with their gold cuts.
    List<String[]> syllables = new ArrayList<>(sentences.size());
    List<boolean[]> gold = new ArrayList<>(sentences.size());
    for (List<String> sentence : sentences) {
      List<String> items = new ArrayList<>();
      List<Boolean> cuts = new ArrayList<>();
      for (String word : sentence) {
        String[] parts = word.trim().split(" +");
        for (int i = 0; i < parts.length; i++) {
          if (!parts[i].isEmpty()) {
            items.add(parts[i]);
            cuts.add(i == 0);
          }
        }
      }
      boolean[] cut = new boolean[cuts.size()];
      for (int i = 0; i < cut.length; i++) {
        cut[i] = cuts.get(i);
      }
      syllables.add(items.toArray(new String[0]));
      gold.add(cut);
    }

    // 2. Lexicon by key sequence: counts of case and tone-placement variants added up.
    TreeMap<String, long[]> lexiconByKey = new TreeMap<>();
    for (Map.Entry<String, Long> e : new TreeMap<>(lexicon).entrySet()) {
      String[] parts = e.getKey().trim().split(" +");
      if (parts.length > options.lexiconMaxLength() || parts[0].isEmpty()) {
        continue;
      }
      StringBuilder joined = new StringBuilder();
      for (String p : parts) {
        if (joined.length() > 0) {
          joined.append(' ');
        }
        joined.append(SyllableKeys.key(p));
      }
      long[] counts = lexiconByKey.computeIfAbsent(joined.toString(), k -> new long[2]);
      counts[0] += e.getValue();
      if (FeatureExtractor.shape(parts[0]) == FeatureExtractor.SHAPE_TITLE
          || FeatureExtractor.shape(parts[0]) == FeatureExtractor.SHAPE_UPPER) {
        counts[1] += e.getValue();
      }
    }
    lexiconByKey.values().removeIf(c -> c[0] < options.lexiconMinCount());

    // 3. Vocabulary: every key of the training data and the lexicon, sorted.
    TreeSet<String> keys = new TreeSet<>();
    for (String[] items : syllables) {
      for (String s : items) {
        keys.add(SyllableKeys.key(s));
      }
    }
    for (String word : lexiconByKey.keySet()) {
      keys.addAll(Arrays.asList(word.split(" ")));
    }
    Vocabulary vocabulary = new Vocabulary(new ArrayList<>(keys));

    int[][] entries = new int[lexiconByKey.size()][];
    int[] infos = new int[lexiconByKey.size()];
    int[] wordCounts = new int[lexiconByKey.size()];
    int e = 0;
    for (Map.Entry<String, long[]> entry : lexiconByKey.entrySet()) {
      String[] parts = entry.getKey().split(" ");
      int[] ids = new int[parts.length];
      for (int i = 0; i < parts.length; i++) {
        ids[i] = vocabulary.id(parts[i]);
      }
      long[] counts = entry.getValue();
      entries[e] = ids;
      infos[e] = Lexicon.bucket(counts[0]) | (counts[1] * 2 > counts[0] ? Lexicon.CAPITALIZED : 0);
      wordCounts[e] = (int) Math.min(Integer.MAX_VALUE, counts[0]);
      e++;
    }
    Lexicon lex = new Lexicon(entries, infos, wordCounts, Vocabulary.FIRST_ID + vocabulary.size(),
        options.features().contains(FeatureGroup.LEXICON_STATISTICS));
    FeatureExtractor extractor = new FeatureExtractor(lex, options.features());

    // 4. Features of every trainable gap, as dense indices.
    LongIntMap featureIndex = new LongIntMap(1 << 16);
    int[] countHolder = new int[1 << 16];
    List<int[][]> gapFeatures = new ArrayList<>(syllables.size());
    List<boolean[]> gapLabels = new ArrayList<>(syllables.size());
    List<FeatureExtractor.Context> contexts = new ArrayList<>(syllables.size());
    long[] buffer = new long[FeatureExtractor.MAX_FEATURES];
    StringBuilder key = new StringBuilder();
    int featureCount = 0;
    for (int s = 0; s < syllables.size(); s++) {
      String[] items = syllables.get(s);
      int n = items.length;
      int[] ids = new int[n];
      byte[] shapes = new byte[n];
      for (int i = 0; i < n; i++) {
        SyllableKeys.key(items[i], key);
        ids[i] = vocabulary.id(key);
        shapes[i] = FeatureExtractor.shape(items[i]);
      }
      FeatureExtractor.Context context = extractor.new Context(ids, shapes, n);
      contexts.add(context);
      List<int[]> perGap = new ArrayList<>();
      List<Boolean> labels = new ArrayList<>();
      for (int g = 1; g < n; g++) {
        int count = context.features(g, buffer);
        int[] indices = new int[count];
        for (int f = 0; f < count; f++) {
          int index = featureIndex.get(buffer[f], -1);
          if (index < 0) {
            index = featureCount++;
            featureIndex.put(buffer[f], index);
            if (index >= countHolder.length) {
              countHolder = Arrays.copyOf(countHolder, countHolder.length * 2);
            }
          }
          countHolder[index]++;
          indices[f] = index;
        }
        perGap.add(indices);
        labels.add(gold.get(s)[g]);
      }
      gapFeatures.add(perGap.toArray(new int[0][]));
      boolean[] l = new boolean[labels.size()];
      for (int i = 0; i < l.length; i++) {
        l[i] = labels.get(i);
      }
      gapLabels.add(l);
    }

    // 5. Averaged perceptron. Features of earlier decisions (CURRENT_WORD) are computed from the
    // model's own decisions as it goes, as at run time, and indexed when first seen.
    int capacity = featureCount + 4096;
    float[] weights = new float[capacity];
    double[] weighted = new double[capacity]; // sum of (update time * update)
    boolean[] active = new boolean[capacity];
    for (int i = 0; i < featureCount; i++) {
      active[i] = countHolder[i] >= options.featureMinCount();
    }
    Integer[] order = new Integer[syllables.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(options.seed());
    int[] dynamic = new int[FeatureExtractor.MAX_FEATURES];
    long time = 1;
    for (int pass = 0; pass < options.iterations(); pass++) {
      shuffle(order, random);
      for (int s : order) {
        int[][] gaps = gapFeatures.get(s);
        boolean[] labels = gapLabels.get(s);
        FeatureExtractor.Context context = contexts.get(s);
        int wordStart = 0;
        for (int g = 0; g < gaps.length; g++) {
          int dynamicCount = context.decisionFeatures(g + 1, wordStart, buffer, 0);
          for (int f = 0; f < dynamicCount; f++) {
            int index = featureIndex.get(buffer[f], -1);
            if (index < 0) {
              index = featureCount++;
              if (index >= capacity) {
                capacity *= 2;
                weights = Arrays.copyOf(weights, capacity);
                weighted = Arrays.copyOf(weighted, capacity);
                active = Arrays.copyOf(active, capacity);
              }
              featureIndex.put(buffer[f], index);
              active[index] = true;
            }
            dynamic[f] = index;
          }
          float score = 0;
          for (int f : gaps[g]) {
            if (active[f]) {
              score += weights[f];
            }
          }
          for (int f = 0; f < dynamicCount; f++) {
            score += weights[dynamic[f]];
          }
          int y = labels[g] ? 1 : -1;
          boolean predicted = score >= 0;
          if (predicted != labels[g]) {
            for (int f : gaps[g]) {
              if (active[f]) {
                weights[f] += y;
                weighted[f] += (double) time * y;
              }
            }
            for (int f = 0; f < dynamicCount; f++) {
              weights[dynamic[f]] += y;
              weighted[dynamic[f]] += (double) time * y;
            }
          }
          if (predicted) {
            wordStart = g + 1;
          }
          time++;
        }
      }
    }

    // 6. Averaged weights of the features that carry any.
    long[] sortedKeys = featureIndex.sortedKeys();
    long[] keptKeys = new long[sortedKeys.length];
    float[] keptWeights = new float[sortedKeys.length];
    int kept = 0;
    for (long k : sortedKeys) {
      int index = featureIndex.get(k, -1);
      if (!active[index]) {
        continue;
      }
      float average = (float) (weights[index] - weighted[index] / time);
      if (average != 0f) {
        keptKeys[kept] = k;
        keptWeights[kept] = average;
        kept++;
      }
    }
    FeatureWeights table =
        new FeatureWeights(Arrays.copyOf(keptKeys, kept), Arrays.copyOf(keptWeights, kept));
    return new WordSegmenter(new SegmenterModel(options.features(), vocabulary, lex, table));
  }

  private static void shuffle(Integer[] order, Random random) {
    Arrays.sort(order, Comparator.naturalOrder());
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Integer t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }
}
