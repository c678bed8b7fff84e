package io.github.vietcat.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases (lower-case normalized syllable sequences) indexed by their first syllable, longest
 * first, so the rules find the longest phrase at a token with one hash lookup. Immutable.
 */
final class PhraseSet {

  private final Map<String, String[][]> byFirst;
  /** This set's bit in {@link TokenView#firstSyllableMask}. */
  final int bit;

  PhraseSet(List<String[]> phrases, int bit) {
    this.bit = bit;
    Map<String, List<String[]>> groups = new HashMap<>();
    for (String[] p : phrases) {
      if (p.length > 0) {
        groups.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p);
      }
    }
    Map<String, String[][]> out = new HashMap<>();
    for (Map.Entry<String, List<String[]>> e : groups.entrySet()) {
      List<String[]> list = e.getValue();
      list.sort(Comparator.comparingInt((String[] p) -> p.length).reversed());
      out.put(e.getKey(), list.toArray(String[][]::new));
    }
    this.byFirst = Map.copyOf(out);
  }

  /** The first syllables of the phrases. */
  java.util.Set<String> firstSyllables() {
    return byFirst.keySet();
  }

  /** The phrases starting with a syllable, longest first, or null. */
  String[][] startingWith(String first) {
    return byFirst.get(first);
  }
}
