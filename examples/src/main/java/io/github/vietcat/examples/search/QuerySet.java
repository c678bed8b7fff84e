package io.github.vietcat.examples.search;

import io.github.vietcat.lucene.VietnameseFoldingFilter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The benchmark's query set: made-up news sentences, each with the query that should find it
 * (resource {@code query-set.tsv} next to this class; columns id, query, document; {@code #}
 * comments).
 *
 * @param pairs the query/document pairs, in file order
 */
public record QuerySet(List<Pair> pairs) {

  /**
   * One query and the one document it should find.
   *
   * @param id the pair's id ("q01")
   * @param query the query as a user types it
   * @param document the relevant document
   */
  public record Pair(String id, String query, String document) {
    /** Checks the fields. */
    public Pair {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(query, "query");
      Objects.requireNonNull(document, "document");
    }

    /**
     * Whether the query is typed with diacritics (it changes when folded).
     *
     * @return true for "ban hành", false for "ban hanh"
     */
    public boolean hasDiacritics() {
      return !VietnameseFoldingFilter.fold(query).equals(query);
    }
  }

  /** Copies the list so the record stays immutable. */
  public QuerySet {
    pairs = List.copyOf(pairs);
  }

  /**
   * Loads the shipped query set.
   *
   * @return the query set
   * @throws UncheckedIOException if the resource cannot be read
   * @throws IllegalStateException if a line does not have three columns
   */
  public static QuerySet load() {
    List<Pair> pairs = new ArrayList<>();
    try (InputStream in = QuerySet.class.getResourceAsStream("query-set.tsv")) {
      if (in == null) {
        throw new IllegalStateException("query-set.tsv is missing next to " + QuerySet.class);
      }
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t", -1);
        if (columns.length != 3) {
          throw new IllegalStateException(
              "query-set.tsv line " + number + ": expected 3 tab-separated columns");
        }
        pairs.add(new Pair(columns[0], columns[1], columns[2]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read query-set.tsv", e);
    }
    return new QuerySet(pairs);
  }
}
