package io.github.vietcat.examples.search;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.vietcat.normalize.ToneMarks;
import io.github.vietcat.token.SyllableTokenizer;
import io.github.vietcat.token.Token;
import io.github.vietcat.token.TokenType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Derives the default stop words of {@code VietnameseAnalyzer} from corpus statistics, so that the
 * list has a provenance instead of an author's taste. A syllable is a stop word when all of these
 * hold:
 *
 * <ul>
 *   <li>it occurs in at least {@value #MIN_DOCUMENT_RATIO} of the articles of {@code
 *       news-unlabelled/news-40k.jsonl.gz} (document frequency; tokens of type SYLLABLE from
 *       {@link SyllableTokenizer}, lower case, canonical tone placement);
 *   <li>in the silver word counts of {@code lexicon/vietnews-words.tsv} it is a word by itself in
 *       at least {@value #MIN_ALONE_RATIO} of its occurrences (function words stand alone; content
 *       syllables mostly live inside compounds);
 *   <li>it is written capitalized in less than {@value #MAX_CAPITALIZED_RATIO} of its occurrences
 *       in the articles (drops names such as "Mỹ").
 * </ul>
 *
 * <p>Usage: {@code BuildStopWords [shared folder] [output file]}; defaults {@code ../shared} and
 * standard output. The output is the resource {@code io/github/vietcat/lucene/stopwords.txt} of
 * vietcat-core, with this provenance in its header and the figures of each word in a comment.
 */
public final class BuildStopWords {

  static final double MIN_DOCUMENT_RATIO = 0.2;
  static final double MIN_ALONE_RATIO = 0.8;
  static final double MAX_CAPITALIZED_RATIO = 0.5;

  private BuildStopWords() {}

  /** Per-syllable statistics over the articles. */
  private static final class Counts {
    int documents;
    long occurrences;
    long capitalized;
  }

  /**
   * Runs the derivation.
   *
   * @param args optional: the shared folder, the output file
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
    Path news = shared.resolve("news-unlabelled/news-40k.jsonl.gz");
    Path lexicon = shared.resolve("lexicon/vietnews-words.tsv");
    SyllableTokenizer tokenizer = new SyllableTokenizer();
    Map<String, Counts> counts = new HashMap<>();
    int articles = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(news)), StandardCharsets.UTF_8))) {
      String line;
      Set<String> seen = new HashSet<>();
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonObject item = JsonParser.parseString(line).getAsJsonObject();
        String text = field(item, "title") + "\n" + field(item, "text");
        articles++;
        seen.clear();
        for (Token token : tokenizer.tokenize(text)) {
          if (token.type() != TokenType.SYLLABLE) {
            continue;
          }
          String form = token.normalized();
          String key = key(form);
          Counts c = counts.computeIfAbsent(key, k -> new Counts());
          c.occurrences++;
          if (Character.isUpperCase(form.charAt(0))) {
            c.capitalized++;
          }
          if (seen.add(key)) {
            c.documents++;
          }
        }
      }
    }
    Map<String, long[]> alone = new HashMap<>(); // syllable -> {alone, all}
    for (String line : Files.readAllLines(lexicon, StandardCharsets.UTF_8)) {
      int tab = line.indexOf('\t');
      if (tab < 0) {
        continue;
      }
      long count = Long.parseLong(line.substring(tab + 1).trim());
      String[] syllables = line.substring(0, tab).split(" ");
      for (String syllable : syllables) {
        long[] a = alone.computeIfAbsent(key(syllable), k -> new long[2]);
        a[1] += count;
        if (syllables.length == 1) {
          a[0] += count;
        }
      }
    }
    List<String> chosen = new ArrayList<>();
    Map<String, String> notes = new HashMap<>();
    for (Map.Entry<String, Counts> e : counts.entrySet()) {
      Counts c = e.getValue();
      long[] a = alone.get(e.getKey());
      double documentRatio = c.documents / (double) articles;
      double aloneRatio = a == null || a[1] == 0 ? 0 : a[0] / (double) a[1];
      double capitalizedRatio = c.capitalized / (double) c.occurrences;
      if (documentRatio >= MIN_DOCUMENT_RATIO && aloneRatio >= MIN_ALONE_RATIO
          && capitalizedRatio < MAX_CAPITALIZED_RATIO) {
        chosen.add(e.getKey());
        notes.put(e.getKey(), String.format(Locale.ROOT, "df %.3f, alone %.2f, capitalized %.2f",
            documentRatio, aloneRatio, capitalizedRatio));
      }
    }
    chosen.sort(Comparator.comparingInt((String s) -> -counts.get(s).documents)
        .thenComparing(Comparator.naturalOrder()));
    StringBuilder out = new StringBuilder();
    out.append("# Default stop words of VietnameseAnalyzer (vietnameseStop), derived from corpus\n")
        .append("# statistics by io.github.vietcat.examples.search.BuildStopWords (see its Javadoc):\n")
        .append(String.format(Locale.ROOT,
            "# syllables in >= %.0f%% of the %,d articles of news-unlabelled/news-40k.jsonl.gz,%n",
            MIN_DOCUMENT_RATIO * 100, articles))
        .append(String.format(Locale.ROOT,
            "# a word by themselves in >= %.0f%% of their occurrences in lexicon/vietnews-words.tsv%n",
            MIN_ALONE_RATIO * 100))
        .append(String.format(Locale.ROOT,
            "# and capitalized in < %.0f%% of their occurrences. Sorted by document frequency.%n",
            MAX_CAPITALIZED_RATIO * 100))
        .append("# One per line, lower case, canonical tone placement. Statistics only: a few frequent\n")
        .append("# content words (ngày, năm, tháng, tỉnh) are in; pass your own list to leave them out.\n");
    for (String word : chosen) {
      out.append(word).append('\n');
    }
    if (args.length > 1) {
      try (Writer w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
        w.write(out.toString());
      }
      System.err.printf(Locale.ROOT, "%d stop words from %,d articles written to %s%n",
          chosen.size(), articles, args[1]);
    } else {
      System.out.print(out);
    }
    for (String word : chosen) {
      System.err.println(word + "\t" + notes.get(word));
    }
  }

  private static String field(JsonObject item, String name) {
    JsonElement e = item.get(name);
    return e == null || e.isJsonNull() ? "" : e.getAsString();
  }

  private static String key(String syllable) {
    return ToneMarks.canonical(syllable.toLowerCase(Locale.ROOT));
  }
}
