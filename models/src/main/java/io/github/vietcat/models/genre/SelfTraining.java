package io.github.vietcat.models.genre;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.vietcat.genre.GenreClassifier;
import io.github.vietcat.genre.GenreResult;
import io.github.vietcat.genre.GenreSample;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/** Self-training material from the unlabelled news: a model's confident answers as labels. */
final class SelfTraining {

  private SelfTraining() {}

  /** The first {@code max} items of a gzip'd JSON Lines file of unlabelled news (title, text). */
  static List<GenreSample> read(Path file, int max) throws IOException {
    List<GenreSample> out = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
      String line;
      while (out.size() < max && (line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonObject o = JsonParser.parseString(line).getAsJsonObject();
        out.add(new GenreSample("?", o.get("title").getAsString(), o.get("text").getAsString()));
      }
    }
    return out;
  }

  /**
   * The items the model labels with at least {@code threshold} probability, at most {@code
   * perLabel} per label (most confident first, ties in input order), labelled and weighted.
   */
  static List<GenreSample> confident(GenreClassifier model, List<GenreSample> pool,
      double threshold, int perLabel, double weight) {
    Map<String, List<Object[]>> byLabel = new TreeMap<>();
    for (int i = 0; i < pool.size(); i++) {
      GenreSample s = pool.get(i);
      GenreResult r = model.classify(s.title(), s.body());
      if (r.probability() >= threshold && !r.fallback()) {
        byLabel.computeIfAbsent(r.label(), k -> new ArrayList<>())
            .add(new Object[] {i, r.probability()});
      }
    }
    List<GenreSample> out = new ArrayList<>();
    for (Map.Entry<String, List<Object[]>> e : byLabel.entrySet()) {
      List<Object[]> list = e.getValue();
      list.sort(Comparator.comparingDouble((Object[] a) -> -(double) a[1])
          .thenComparingInt(a -> (int) a[0]));
      for (Object[] a : list.subList(0, Math.min(perLabel, list.size()))) {
        GenreSample s = pool.get((int) a[0]);
        out.add(new GenreSample(e.getKey(), s.title(), s.body(), weight));
      }
    }
    return out;
  }
}
