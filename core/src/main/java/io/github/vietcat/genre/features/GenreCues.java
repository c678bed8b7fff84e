package io.github.vietcat.genre.features;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Groups of cue expressions taken from the genre guideline (instruction verbs, issued documents,
 * meeting nouns and roles, training, results, enforcement acts, press conferences...), read from
 * the text resource {@code genre-cues.txt} next to this class, which documents its format. Counts
 * which groups occur in a run of units; the extractor turns the counts into features that the
 * learner weighs. Immutable and thread-safe.
 */
final class GenreCues {

  /** A unit that separates clauses (punctuation): expressions do not match across it. */
  static final String BREAK = "|";

  private record Expression(String group, String[] units) {}

  private record Near(String name, String first, String second, int distance) {}

  /** Expressions by their first unit, longest first. */
  private final Map<String, List<Expression>> byFirstUnit;
  private final List<Near> nears;
  private final List<String> groups;

  private GenreCues(Map<String, List<Expression>> byFirstUnit, List<Near> nears, List<String> groups) {
    this.byFirstUnit = byFirstUnit;
    this.nears = nears;
    this.groups = groups;
  }

  /**
   * Reads the cue resource.
   *
   * @param toUnits turns an expression into the units the extractor produces for text
   */
  static GenreCues load(Function<String, List<String>> toUnits) {
    String resource = "genre-cues.txt";
    try (InputStream in = GenreCues.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " next to "
            + GenreCues.class.getName());
      }
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, List<Expression>> byFirst = new HashMap<>();
      List<Near> nears = new ArrayList<>();
      TreeMap<String, Boolean> groups = new TreeMap<>();
      String line;
      int lineNumber = 0;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\\s+", 2);
        if (parts[0].equals("@near")) {
          String[] p = line.split("\\s+");
          if (p.length != 5) {
            throw new IllegalStateException(resource + ":" + lineNumber + ": malformed @near");
          }
          nears.add(new Near(p[1], p[2], p[3], Integer.parseInt(p[4])));
          groups.put(p[1], true);
          continue;
        }
        if (parts.length != 2) {
          throw new IllegalStateException(resource + ":" + lineNumber + ": group without expression");
        }
        List<String> units = toUnits.apply(parts[1]);
        if (units.isEmpty() || units.contains(BREAK)) {
          throw new IllegalStateException(resource + ":" + lineNumber + ": bad expression");
        }
        byFirst.computeIfAbsent(units.get(0), k -> new ArrayList<>())
            .add(new Expression(parts[0], units.toArray(new String[0])));
        groups.put(parts[0], true);
      }
      for (List<Expression> list : byFirst.values()) {
        list.sort((a, b) -> Integer.compare(b.units().length, a.units().length));
      }
      for (Near near : nears) {
        if (!groups.containsKey(near.first()) || !groups.containsKey(near.second())) {
          throw new IllegalStateException(resource + ": @near " + near.name() + " names an unknown group");
        }
      }
      return new GenreCues(byFirst, List.copyOf(nears), List.copyOf(groups.keySet()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** The names of the groups and of the {@code @near} combinations, sorted. */
  List<String> groups() {
    return groups;
  }

  /**
   * Counts the groups in a run of units: from left to right, the longest expression that matches
   * counts and the units it covers are not matched again (so {@code sinh hoạt chuyên đề} counts
   * as a meeting, not also as {@code chuyên đề}); each {@code @near} combination counts once per
   * occurrence of its first group.
   *
   * @param units the units, with {@link #BREAK} between clauses
   * @return the count of each group that occurs
   */
  Map<String, Integer> count(List<String> units) {
    Map<String, Integer> counts = new TreeMap<>();
    scan(units, (group, start, end) -> counts.merge(group, 1, Integer::sum));
    return counts;
  }

  /**
   * Where a group (or an {@code @near} combination) matches in a run of units, by the rules of
   * {@link #count}: {@code [start, end)} unit ranges, left to right.
   *
   * @param units the units, with {@link #BREAK} between clauses
   * @param group a group or combination name
   * @return the ranges, empty if it does not occur
   */
  List<int[]> spans(List<String> units, String group) {
    List<int[]> out = new ArrayList<>();
    scan(units, (name, start, end) -> {
      if (name.equals(group)) {
        out.add(new int[] {start, end});
      }
    });
    return out;
  }

  /**
   * Every group's spans among the units, by group: for each group the same list as {@link
   * #spans(List, String)} gives, from one scan.
   */
  Map<String, List<int[]>> allSpans(List<String> units) {
    Map<String, List<int[]>> out = new HashMap<>();
    scan(units, (name, start, end) ->
        out.computeIfAbsent(name, k -> new ArrayList<>()).add(new int[] {start, end}));
    return out;
  }

  /** Receives one match of a group. */
  private interface MatchSink {
    void match(String group, int start, int end);
  }

  private void scan(List<String> units, MatchSink sink) {
    // For each position, the groups that start there and where their expression ends.
    List<List<String>> startGroups = new ArrayList<>(units.size());
    int[] endOf = new int[units.size()];
    int covered = 0;
    for (int i = 0; i < units.size(); i++) {
      List<String> here = new ArrayList<>(2);
      endOf[i] = i + 1;
      List<Expression> candidates = i < covered ? null : byFirstUnit.get(units.get(i));
      if (candidates != null) {
        // Longest match first; expressions of the same length in other groups count too.
        for (Expression e : candidates) {
          if (!here.isEmpty() && e.units().length < endOf[i] - i) {
            break;
          }
          if (!here.contains(e.group()) && matches(units, i, e.units())) {
            here.add(e.group());
            sink.match(e.group(), i, i + e.units().length);
            endOf[i] = i + e.units().length;
          }
        }
        covered = endOf[i];
      }
      startGroups.add(here);
    }
    for (Near near : nears) {
      for (int i = 0; i < units.size(); i++) {
        if (!startGroups.get(i).contains(near.first())) {
          continue;
        }
        int limit = Math.min(units.size(), endOf[i] + near.distance());
        for (int j = endOf[i]; j < limit; j++) {
          if (startGroups.get(j).contains(near.second())) {
            sink.match(near.name(), i, endOf[j]);
            break;
          }
        }
      }
    }
  }

  private static boolean matches(List<String> units, int start, String[] expression) {
    if (start + expression.length > units.size()) {
      return false;
    }
    for (int k = 0; k < expression.length; k++) {
      if (!expression[k].equals(units.get(start + k))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "GenreCues" + Arrays.toString(groups.toArray());
  }
}
