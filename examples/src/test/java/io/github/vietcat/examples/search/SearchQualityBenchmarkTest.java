package io.github.vietcat.examples.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The query set on its own (no distractors): what each configuration finds, so that a change in
 * the analyzers that loses queries shows here. The benchmark command adds real news as
 * distractors.
 */
class SearchQualityBenchmarkTest {

  private static final QuerySet SET = QuerySet.load();
  private static final Map<String, SearchQualityBenchmark.Scores> SCORES = new HashMap<>();

  @BeforeAll
  static void run() throws IOException {
    for (Map.Entry<String, Supplier<Analyzer>> c :
        SearchQualityBenchmark.configurations().entrySet()) {
      try (Analyzer analyzer = c.getValue().get()) {
        SCORES.put(c.getKey(), SearchQualityBenchmark.evaluate(c.getKey(), analyzer, SET, List.of()));
      }
    }
  }

  @Test
  void theSetHasFiftyPairsAndBothKindsOfQueries() {
    assertTrue(SET.pairs().size() >= 50);
    Set<String> ids = new HashSet<>();
    SET.pairs().forEach(p -> assertTrue(ids.add(p.id()), p.id()));
    long accented = SET.pairs().stream().filter(QuerySet.Pair::hasDiacritics).count();
    assertTrue(accented >= 25 && SET.pairs().size() - accented >= 25);
  }

  @Test
  void mixedModeWithFoldingFindsEveryDocument() {
    Predicate<QuerySet.Pair> all = p -> true;
    assertEquals(1.0, SCORES.get("mixed + folding").recall(all));
    assertEquals(1.0, SCORES.get("syllable + folding").recall(all));
  }

  @Test
  void wordModeMissesQueriesTypedWithoutDiacriticsWhereMixedModeDoesNot() {
    Predicate<QuerySet.Pair> without = p -> !p.hasDiacritics();
    Predicate<QuerySet.Pair> with = QuerySet.Pair::hasDiacritics;
    // Unaccented queries segment badly; mixed mode's syllables still match them.
    assertTrue(SCORES.get("word + folding").recall(without)
        < SCORES.get("mixed + folding").recall(without));
    assertEquals(1.0, SCORES.get("word + folding").recall(with));
    // Folding is what lets unaccented queries in at all.
    assertTrue(SCORES.get("mixed, no folding").recall(without)
        < SCORES.get("mixed + folding").recall(without));
  }

  @Test
  void banHanhFindsTheProvincialCommitteeInWordMode() {
    QuerySet.Pair banHanh = SET.pairs().get(0);
    assertEquals("ban hành", banHanh.query());
    // Three other documents also "ban hành"; before compound splitting this one was not found.
    int rank = SCORES.get("word + folding").ranks().get(banHanh);
    assertTrue(rank >= 1 && rank <= 4, "rank " + rank);
  }
}
