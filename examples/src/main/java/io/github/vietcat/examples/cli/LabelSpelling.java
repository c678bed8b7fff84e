package io.github.vietcat.examples.cli;

import io.github.vietcat.genre.Genre;
import io.github.vietcat.genre.GenreSample;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Catches labels that differ only in letter case, such as {@code other} beside {@code OTHER}: a
 * trainer would otherwise learn them as two classes and an evaluation would score them apart, in
 * silence. Each such spelling is mapped to one canonical spelling, with a warning that says so.
 */
final class LabelSpelling {

  /** The labels of the shipped genre model. */
  static final List<String> SHIPPED = Arrays.stream(Genre.values()).map(Genre::name).toList();

  private LabelSpelling() {}

  /**
   * Maps every label that equals a known label or another label of the data except for letter
   * case to one spelling: the known label's, or else the spelling with the most items (the first
   * seen on a tie). Every mapping is reported as a warning (not a failure).
   *
   * @param samples the items as read
   * @param known labels whose spelling wins (the model's, or the shipped genres for training)
   * @param diagnostics where the warnings go
   * @return the items, with the mapped labels replaced
   */
  static List<GenreSample> unify(List<GenreSample> samples, List<String> known,
      Diagnostics diagnostics) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    samples.forEach(s -> counts.merge(s.label(), 1, Integer::sum));
    Map<String, String> canonical = new HashMap<>();
    for (String label : known) {
      canonical.putIfAbsent(key(label), label);
    }
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      String key = key(e.getKey());
      String current = canonical.get(key);
      if (current == null || !known.contains(current) && counts.get(current) < e.getValue()) {
        canonical.put(key, e.getKey());
      }
    }
    Map<String, String> renamed = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      String target = canonical.get(key(e.getKey()));
      if (!target.equals(e.getKey())) {
        renamed.put(e.getKey(), target);
        diagnostics.note(String.format(Locale.ROOT,
            "warning: label \"%s\" (%d items) differs from \"%s\" only in letter case; counted "
                + "as \"%s\" (labels are case-sensitive: fix the data to silence this)",
            e.getKey(), e.getValue(), target, target));
      }
    }
    if (renamed.isEmpty()) {
      return samples;
    }
    List<GenreSample> out = new ArrayList<>(samples.size());
    for (GenreSample s : samples) {
      String target = renamed.get(s.label());
      out.add(target == null ? s : new GenreSample(target, s.title(), s.body(), s.weight()));
    }
    return out;
  }

  private static String key(String label) {
    return label.toLowerCase(Locale.ROOT);
  }
}
