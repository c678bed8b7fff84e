package io.github.vietcat.examples;

import io.github.vietcat.genre.GenreClassifier;
import io.github.vietcat.lucene.VietnameseAnalyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * Search within one genre: index a folder of news items with {@link VietnameseAnalyzer}, store
 * each item's genre (from the genre classifier) as an exact-match field, and search with a user
 * query restricted to one genre.
 */
public final class LuceneSearchExample {

  /** The item's file, stored. */
  public static final String PATH = "path";
  /** The title (the file's first line), analyzed and stored. */
  public static final String TITLE = "title";
  /** The rest of the file, analyzed. */
  public static final String BODY = "body";
  /** The genre label, indexed as one exact term and stored. */
  public static final String GENRE = "genre";

  /**
   * One news item read from a file.
   *
   * @param path the file
   * @param title its first non-blank line
   * @param body the rest
   */
  public record NewsItem(Path path, String title, String body) {}

  /**
   * One search hit.
   *
   * @param path the item's file
   * @param title the item's title
   * @param genre the item's genre
   * @param score the relevance score
   */
  public record Hit(String path, String title, String genre, float score) {}

  private LuceneSearchExample() {}

  /**
   * Indexes a folder with the shipped genre model and searches it within one genre.
   *
   * <pre>
   * ./mvnw -B -q -pl examples exec:java \
   *   -Dexec.mainClass=io.github.vietcat.examples.LuceneSearchExample \
   *   -Dexec.args="'cháy rừng' DIRECTIVE examples/samples"
   * </pre>
   *
   * @param args the query; optionally a genre ({@code -} for all) and a folder (default {@code
   *     examples/samples})
   * @throws IOException if the folder cannot be read
   * @throws ParseException if the query is malformed
   */
  public static void main(String[] args) throws IOException, ParseException {
    if (args.length < 1 || args.length > 3) {
      System.err.println("usage: LuceneSearchExample QUERY [GENRE|-] [FOLDER]");
      System.exit(2);
    }
    String genre = args.length > 1 && !args[1].equals("-") ? args[1] : null;
    Path folder = Path.of(args.length > 2 ? args[2] : "examples/samples");
    GenreClassifier classifier = GenreClassifier.loadDefault();
    try (Analyzer analyzer = new VietnameseAnalyzer();
        Directory directory = new ByteBuffersDirectory()) {
      List<NewsItem> items = read(folder);
      index(items, item -> classifier.classify(item.title(), item.body()).label(), directory,
          analyzer);
      List<Hit> hits = search(directory, analyzer, args[0], genre, 10);
      System.out.printf(Locale.ROOT, "%d items indexed; %d hits for %s in %s%n", items.size(),
          hits.size(), args[0], genre == null ? "all genres" : genre);
      for (Hit hit : hits) {
        System.out.printf(Locale.ROOT, "%6.2f  %-15s  %s%n", hit.score(), hit.genre(), hit.path());
      }
    }
  }

  /**
   * Reads the {@code *.txt} files of a folder (not recursive), sorted by name.
   *
   * @param folder the folder
   * @return the items
   * @throws IOException if a file cannot be read or is not UTF-8
   */
  public static List<NewsItem> read(Path folder) throws IOException {
    List<NewsItem> items = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(file).strip();
        int newline = text.indexOf('\n');
        items.add(newline < 0
            ? new NewsItem(file, text, "")
            : new NewsItem(file, text.substring(0, newline).strip(), text.substring(newline + 1)));
      }
    }
    return items;
  }

  /**
   * Indexes news items with their genres.
   *
   * @param items the items
   * @param genreOf gives an item's genre label (the classifier, in {@link #main})
   * @param directory where to write the index
   * @param analyzer the analyzer of the text fields
   * @throws IOException if the index cannot be written
   */
  public static void index(List<NewsItem> items, Function<NewsItem, String> genreOf,
      Directory directory, Analyzer analyzer) throws IOException {
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (NewsItem item : items) {
        Document doc = new Document();
        doc.add(new StringField(PATH, item.path().toString(), Field.Store.YES));
        doc.add(new TextField(TITLE, item.title(), Field.Store.YES));
        doc.add(new TextField(BODY, item.body(), Field.Store.NO));
        doc.add(new StringField(GENRE, Objects.requireNonNull(genreOf.apply(item)),
            Field.Store.YES));
        writer.addDocument(doc);
      }
    }
  }

  /**
   * Searches the title and body of the items of one genre. All the query's words must match
   * (Lucene's classic query syntax: quotes for phrases, OR, -word...).
   *
   * @param directory the index
   * @param analyzer the analyzer the index was written with
   * @param queryText the user's query
   * @param genre the genre to search in, or {@code null} for all
   * @param maxHits the most hits to return
   * @return the hits, best first
   * @throws IOException if the index cannot be read
   * @throws ParseException if the query is malformed
   */
  public static List<Hit> search(Directory directory, Analyzer analyzer, String queryText,
      String genre, int maxHits) throws IOException, ParseException {
    QueryParser parser = new MultiFieldQueryParser(new String[] {TITLE, BODY}, analyzer);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    BooleanQuery.Builder query = new BooleanQuery.Builder()
        .add(parser.parse(queryText), BooleanClause.Occur.MUST);
    if (genre != null) {
      // A filter: restricts the hits without changing their scores.
      query.add(new TermQuery(new Term(GENRE, genre)), BooleanClause.Occur.FILTER);
    }
    Query built = query.build();
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      List<Hit> hits = new ArrayList<>();
      for (ScoreDoc scoreDoc : searcher.search(built, maxHits).scoreDocs) {
        Document doc = searcher.storedFields().document(scoreDoc.doc);
        hits.add(new Hit(doc.get(PATH), doc.get(TITLE), doc.get(GENRE), scoreDoc.score));
      }
      return hits;
    }
  }
}
