package io.github.vietcat.examples.search;

import io.github.vietcat.examples.bench.NewsSample;
import io.github.vietcat.lucene.VietnameseAnalyzer;
import io.github.vietcat.lucene.VietnameseTokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * Search quality per analyzer configuration on the {@link QuerySet}: each configuration indexes the
 * query set's documents among real news articles as distractors (the shared news sample, when it
 * is there), runs every query as a BM25 disjunction of its analyzed terms ({@link
 * QueryBuilder#createBooleanQuery}, which follows stacked terms as a graph), and reports recall@10
 * (share of queries whose document is in the top 10) and MRR@10 (mean of 1/rank, 0 beyond 10), for
 * all queries and for those typed with and without diacritics.
 *
 * <p>Usage: {@code SearchQualityBenchmark [distractor file] [max distractors]}; defaults {@code
 * ../shared/news-sample/vietnews-10mb.txt} and all its articles. A missing file runs the
 * query set alone, and says so.
 */
public final class SearchQualityBenchmark {

  private SearchQualityBenchmark() {}

  /**
   * The scores of one configuration.
   *
   * @param name the configuration
   * @param ranks per query, the 1-based rank of its document, or 0 if not in the top 10
   */
  public record Scores(String name, Map<QuerySet.Pair, Integer> ranks) {
    /** Copies the map so the record stays immutable. */
    public Scores {
      ranks = Map.copyOf(ranks);
    }

    /**
     * Recall@10 over the queries that pass a filter.
     *
     * @param which the filter
     * @return the share of them whose document is in the top 10
     */
    public double recall(Predicate<QuerySet.Pair> which) {
      int n = 0;
      int found = 0;
      for (Map.Entry<QuerySet.Pair, Integer> e : ranks.entrySet()) {
        if (which.test(e.getKey())) {
          n++;
          found += e.getValue() > 0 ? 1 : 0;
        }
      }
      return n == 0 ? 0 : found / (double) n;
    }

    /**
     * MRR@10 over the queries that pass a filter.
     *
     * @param which the filter
     * @return the mean reciprocal rank, 0 for a document beyond the top 10
     */
    public double mrr(Predicate<QuerySet.Pair> which) {
      int n = 0;
      double sum = 0;
      for (Map.Entry<QuerySet.Pair, Integer> e : ranks.entrySet()) {
        if (which.test(e.getKey())) {
          n++;
          sum += e.getValue() > 0 ? 1.0 / e.getValue() : 0;
        }
      }
      return n == 0 ? 0 : sum / n;
    }
  }

  /**
   * The configurations measured: vietcat's analyzer in each mode with folding (original kept) and
   * the default stop words, mixed mode without folding, and Lucene's StandardAnalyzer.
   *
   * @return configuration name to analyzer factory, in report order
   */
  public static Map<String, Supplier<Analyzer>> configurations() {
    Map<String, Supplier<Analyzer>> configurations = new LinkedHashMap<>();
    configurations.put("StandardAnalyzer (baseline)", StandardAnalyzer::new);
    for (VietnameseTokenizer.Mode mode : VietnameseTokenizer.Mode.values()) {
      configurations.put(mode.name().toLowerCase(Locale.ROOT) + " + folding",
          () -> new VietnameseAnalyzer(mode, true, VietnameseAnalyzer.getDefaultStopSet(), null,
              false, true));
    }
    configurations.put("word, no folding", () -> new VietnameseAnalyzer(
        VietnameseTokenizer.Mode.WORD, true, VietnameseAnalyzer.getDefaultStopSet(), null, false,
        false));
    configurations.put("mixed, no folding", () -> new VietnameseAnalyzer(
        VietnameseTokenizer.Mode.MIXED, true, VietnameseAnalyzer.getDefaultStopSet(), null, false,
        false));
    return configurations;
  }

  /**
   * Indexes the documents and distractors with one analyzer and ranks each query's document.
   *
   * @param name the configuration's name
   * @param analyzer the analyzer, used for indexing and queries (closed by the caller)
   * @param set the query set
   * @param distractors other documents to index
   * @return the scores
   * @throws IOException if indexing fails
   */
  public static Scores evaluate(String name, Analyzer analyzer, QuerySet set,
      List<String> distractors) throws IOException {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
        for (String text : distractors) {
          writer.addDocument(document("", text));
        }
        for (QuerySet.Pair pair : set.pairs()) {
          writer.addDocument(document(pair.id(), pair.document()));
        }
      }
      Map<QuerySet.Pair, Integer> ranks = new LinkedHashMap<>();
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        QueryBuilder builder = new QueryBuilder(analyzer);
        for (QuerySet.Pair pair : set.pairs()) {
          Query query = builder.createBooleanQuery("body", pair.query(), BooleanClause.Occur.SHOULD);
          int rank = 0;
          if (query != null) {
            ScoreDoc[] hits = searcher.search(query, 10).scoreDocs;
            for (int i = 0; i < hits.length; i++) {
              if (pair.id().equals(searcher.storedFields().document(hits[i].doc).get("id"))) {
                rank = i + 1;
                break;
              }
            }
          }
          ranks.put(pair, rank);
        }
      }
      return new Scores(name, ranks);
    }
  }

  private static Document document(String id, String text) {
    Document doc = new Document();
    doc.add(new StringField("id", id, Field.Store.YES));
    doc.add(new TextField("body", text, Field.Store.NO));
    return doc;
  }

  /**
   * Runs the benchmark and prints the table.
   *
   * @param args optional: distractor file, maximum number of distractors
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path file = args.length > 0 ? Path.of(args[0]) : NewsSample.DEFAULT_FILE;
    int max = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
    List<String> distractors = new ArrayList<>();
    if (Files.isRegularFile(file)) {
      List<String> articles = NewsSample.read(file).articles();
      distractors.addAll(articles.subList(0, Math.min(max, articles.size())));
      System.out.printf(Locale.ROOT, "distractors: %d articles of %s%n", distractors.size(), file);
    } else {
      System.out.printf("distractors: none (%s not found): the query set alone%n", file);
    }
    QuerySet set = QuerySet.load();
    long accented = set.pairs().stream().filter(QuerySet.Pair::hasDiacritics).count();
    System.out.printf(Locale.ROOT, "queries: %d (%d with diacritics, %d without)%n",
        set.pairs().size(), accented, set.pairs().size() - accented);
    System.out.printf(Locale.ROOT, "%-28s %9s %7s %9s %7s %9s %7s%n", "configuration",
        "R@10 all", "MRR", "R@10 dia", "MRR", "R@10 no", "MRR");
    Predicate<QuerySet.Pair> all = p -> true;
    Predicate<QuerySet.Pair> with = QuerySet.Pair::hasDiacritics;
    Predicate<QuerySet.Pair> without = with.negate();
    List<Scores> results = new ArrayList<>();
    for (Map.Entry<String, Supplier<Analyzer>> c : configurations().entrySet()) {
      Scores s;
      try (Analyzer analyzer = c.getValue().get()) {
        s = evaluate(c.getKey(), analyzer, set, distractors);
      }
      results.add(s);
      System.out.printf(Locale.ROOT, "%-28s %9.3f %7.3f %9.3f %7.3f %9.3f %7.3f%n", s.name(),
          s.recall(all), s.mrr(all), s.recall(with), s.mrr(with), s.recall(without),
          s.mrr(without));
    }
    if (args.length > 2 && args[2].equals("--misses")) {
      for (Scores s : results) {
        s.ranks().forEach((pair, rank) -> {
          if (rank != 1) {
            System.out.printf("%s\t%s\t%s\trank %d%n", s.name(), pair.id(), pair.query(), rank);
          }
        });
      }
    }
  }
}
