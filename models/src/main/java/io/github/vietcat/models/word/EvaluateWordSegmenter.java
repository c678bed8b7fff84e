package io.github.vietcat.models.word;

import io.github.vietcat.sentence.SentenceSplitter;
import io.github.vietcat.word.FeatureGroup;
import io.github.vietcat.word.WordSegmenter;
import io.github.vietcat.word.WordSegmenterTrainer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Evaluates word segmenters on UD Vietnamese VTB.
 *
 * <ul>
 *   <li>{@code gold <shared> [model file]}: word F1 from gold syllables on the test set, for the
 *       model (default: the shipped one) and for two baselines, greedy longest match over the
 *       silver word list and one word per syllable.
 *   <li>{@code dev <shared>}: the model selection table: trains on train with each candidate
 *       configuration and scores it on dev.
 *   <li>{@code segment - [model file]}: the evaluation format as a filter: reads sentences from
 *       standard input, one per line with syllables separated by spaces, and writes each with the
 *       syllables of a word joined by {@code _} and words separated by single spaces.
 *   <li>{@code raw <shared> [model file]}: words F1 from raw text as the CoNLL 2018 shared task
 *       scores it, on the {@code # text} of the test set, through {@link SentenceSplitter}, the
 *       syllable tokenizer and the segmenter ({@code -Dvietcat.raw.errors=true} lists the
 *       differences).
 * </ul>
 */
public final class EvaluateWordSegmenter {

  private EvaluateWordSegmenter() {}

  /**
   * Runs the evaluation.
   *
   * @param args the mode and its arguments, see the class comment
   * @throws IOException if data cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: EvaluateWordSegmenter gold|dev|raw <shared dir> [model file]\n"
          + "       EvaluateWordSegmenter segment - [model file]   (stdin to stdout)");
      System.exit(2);
    }
    Path shared = Path.of(args[1]);
    switch (args[0]) {
      case "gold" -> gold(shared, args.length > 2 ? Path.of(args[2]) : null);
      case "dev" -> dev(shared);
      case "errors" -> errors(shared);
      case "segment" -> segmentLines(args.length > 2 ? Path.of(args[2]) : null);
      case "raw" -> raw(shared, args.length > 2 ? Path.of(args[2]) : null,
          Boolean.getBoolean("vietcat.raw.errors"));
      default -> {
        System.err.println("unknown mode " + args[0]);
        System.exit(2);
      }
    }
  }

  private static void segmentLines(Path modelFile) throws IOException {
    WordSegmenter segmenter =
        modelFile == null ? WordSegmenter.loadDefault() : WordSegmenter.load(modelFile);
    java.io.BufferedReader in = new java.io.BufferedReader(
        new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8));
    java.io.PrintWriter out = new java.io.PrintWriter(new java.io.OutputStreamWriter(
        System.out, java.nio.charset.StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      String trimmed = line.strip();
      List<String> words = trimmed.isEmpty() ? List.of()
          : segmenter.segmentSyllables(java.util.Arrays.asList(trimmed.split("\\s+")));
      StringBuilder sb = new StringBuilder();
      for (String w : words) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(w.replace(' ', '_'));
      }
      out.println(sb);
    }
    out.flush();
  }

  /** Words in the evaluation format: syllables joined by '_', words by single spaces. */
  private static String joinWords(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(w.replace(' ', '_'));
    }
    return sb.toString();
  }

  /** Scores a segmenter on sentences from gold syllables. */
  public static WordSpanScore scoreGold(WordSegmenter segmenter, List<UdVietnamese.Sentence> data) {
    WordSpanScore score = new WordSpanScore();
    for (UdVietnamese.Sentence s : data) {
      score.add(s.words(), segmenter.segmentSyllables(s.syllables()));
    }
    return score;
  }

  private static void gold(Path shared, Path modelFile) throws IOException {
    List<UdVietnamese.Sentence> test = UdVietnamese.read(UdVietnamese.file(shared, "test"));
    long t0 = System.nanoTime();
    WordSegmenter segmenter =
        modelFile == null ? WordSegmenter.loadDefault() : WordSegmenter.load(modelFile);
    long t1 = System.nanoTime();
    System.out.printf(Locale.ROOT, "model: %s (%s), loaded in %.0f ms%n",
        modelFile == null ? "shipped " + WordSegmenter.DEFAULT_MODEL_RESOURCE : modelFile,
        segmenter, (t1 - t0) / 1e6);
    System.out.println("UD VTB test, " + test.size() + " sentences, from gold syllables:");
    System.out.println("  vietcat WordSegmenter        " + scoreGold(segmenter, test));

    Map<String, Long> lexicon = SilverLexicon.read(SilverLexicon.file(shared));
    GreedyLongestMatch greedy = new GreedyLongestMatch(lexicon, 3, 4);
    WordSpanScore greedyScore = new WordSpanScore();
    WordSpanScore syllableScore = new WordSpanScore();
    for (UdVietnamese.Sentence s : test) {
      greedyScore.add(s.words(), greedy.segment(s.syllables()));
      syllableScore.add(s.words(), s.syllables());
    }
    System.out.println(
        "  greedy longest match (silver list, count>=3, <=4 syllables) " + greedyScore);
    System.out.println("  every syllable a word        " + syllableScore);
  }

  private static void raw(Path shared, Path modelFile, boolean listErrors) throws IOException {
    List<UdVietnamese.Sentence> test = UdVietnamese.read(UdVietnamese.file(shared, "test"));
    WordSegmenter segmenter =
        modelFile == null ? WordSegmenter.loadDefault() : WordSegmenter.load(modelFile);
    SentenceSplitter splitter = new SentenceSplitter();
    RawTextEvaluation.Result result = RawTextEvaluation.evaluate(test, splitter, segmenter);
    System.out.println("UD VTB test, raw text (the # text of " + test.size()
        + " sentences joined by spaces; " + result.sentences() + " sentences found):");
    System.out.println("  CoNLL 2018 Words: " + result.score());
    if (listErrors) {
      java.util.Map<Long, String> gold = new java.util.HashMap<>();
      for (RawTextEvaluation.Span s : result.goldWords()) {
        gold.put(((long) s.start() << 32) | s.end(), s.text());
      }
      java.util.Map<String, Integer> wrong = new java.util.TreeMap<>();
      java.util.Set<Long> system = new java.util.HashSet<>();
      for (RawTextEvaluation.Span s : result.systemWords()) {
        long key = ((long) s.start() << 32) | s.end();
        system.add(key);
        if (!gold.containsKey(key)) {
          wrong.merge("system only: " + s.text(), 1, Integer::sum);
        }
      }
      for (java.util.Map.Entry<Long, String> e : gold.entrySet()) {
        if (!system.contains(e.getKey())) {
          wrong.merge("gold only:   " + e.getValue(), 1, Integer::sum);
        }
      }
      wrong.entrySet().stream()
          .sorted((a, b) -> b.getValue() - a.getValue())
          .forEach(e -> System.out.println(e.getValue() + "\t" + e.getKey()));
    }
  }

  /** Prints the dev sentences the default configuration (trained on train) gets wrong. */
  private static void errors(Path shared) throws IOException {
    List<UdVietnamese.Sentence> train = UdVietnamese.read(UdVietnamese.file(shared, "train"));
    List<UdVietnamese.Sentence> dev = UdVietnamese.read(UdVietnamese.file(shared, "dev"));
    Map<String, Long> lexicon = SilverLexicon.read(SilverLexicon.file(shared));
    WordSegmenter segmenter = WordSegmenterTrainer.train(
        UdVietnamese.words(train), lexicon, WordSegmenterTrainer.Options.defaults());
    for (UdVietnamese.Sentence s : dev) {
      List<String> predicted = segmenter.segmentSyllables(s.syllables());
      if (!predicted.equals(s.words())) {
        System.out.println("G " + joinWords(s.words()));
        System.out.println("P " + joinWords(predicted));
      }
    }
  }

  private static void dev(Path shared) throws IOException {
    List<UdVietnamese.Sentence> train = UdVietnamese.read(UdVietnamese.file(shared, "train"));
    List<UdVietnamese.Sentence> dev = UdVietnamese.read(UdVietnamese.file(shared, "dev"));
    Map<String, Long> lexicon = SilverLexicon.read(SilverLexicon.file(shared));
    List<List<String>> trainWords = UdVietnamese.words(train);

    WordSegmenterTrainer.Options base = WordSegmenterTrainer.Options.defaults();
    EnumSet<FeatureGroup> all = EnumSet.allOf(FeatureGroup.class);
    EnumSet<FeatureGroup> ngrams = EnumSet.of(FeatureGroup.SYLLABLE_UNIGRAMS,
        FeatureGroup.SYLLABLE_BIGRAMS, FeatureGroup.SYLLABLE_TRIGRAMS, FeatureGroup.SHAPES);
    List<String> names = new ArrayList<>();
    List<WordSegmenterTrainer.Options> configs = new ArrayList<>();
    String only = System.getProperty("vietcat.dev.only", "");

    names.add("syllable n-grams + shapes, no lexicon");
    configs.add(base.withFeatures(ngrams));
    names.add("shipped configuration");
    configs.add(base);
    for (FeatureGroup g : FeatureGroup.values()) {
      EnumSet<FeatureGroup> changed = EnumSet.noneOf(FeatureGroup.class);
      changed.addAll(base.features());
      if (changed.contains(g)) {
        changed.remove(g);
        names.add("shipped without " + g);
      } else {
        changed.add(g);
        names.add("shipped plus " + g);
      }
      configs.add(base.withFeatures(changed));
    }
    names.add("all feature groups");
    configs.add(base.withFeatures(all));
    for (int it : new int[] {5, 20}) {
      names.add("shipped, " + it + " iterations");
      configs.add(base.withIterations(it));
    }
    for (long min : new long[] {10, 50}) {
      names.add("shipped, lexicon count >= " + min);
      configs.add(base.withLexicon(min, base.lexiconMaxLength()));
    }
    for (int max : new int[] {3, 6}) {
      names.add("shipped, lexicon words <= " + max + " syllables");
      configs.add(base.withLexicon(base.lexiconMinCount(), max));
    }
    names.add("shipped, features seen >= 2 times");
    configs.add(base.withFeatureMinCount(2));

    System.out.println("train on UD VTB train (" + train.size() + " sentences), score on dev ("
        + dev.size() + " sentences), from gold syllables");
    System.out.printf(Locale.ROOT, "| %-48s | %6s | %6s | %6s | %8s | %7s |%n",
        "configuration", "F1", "P", "R", "weights", "train s");
    for (int i = 0; i < configs.size(); i++) {
      if (!only.isEmpty() && !names.get(i).contains(only)) {
        continue;
      }
      long t0 = System.nanoTime();
      WordSegmenter segmenter = WordSegmenterTrainer.train(trainWords, lexicon, configs.get(i));
      double seconds = (System.nanoTime() - t0) / 1e9;
      WordSpanScore score = scoreGold(segmenter, dev);
      String description = segmenter.toString();
      String weights = description.substring(description.indexOf("weights=") + 8,
          description.length() - 1);
      System.out.printf(Locale.ROOT, "| %-48s | %6.2f | %6.2f | %6.2f | %8s | %7.1f |%n",
          names.get(i), 100 * score.f1(), 100 * score.precision(), 100 * score.recall(), weights,
          seconds);
    }
  }
}
