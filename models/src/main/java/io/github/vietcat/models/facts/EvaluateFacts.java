package io.github.vietcat.models.facts;

import io.github.vietcat.facts.FactExtractor;
import io.github.vietcat.facts.ItemFacts;
import io.github.vietcat.models.facts.FactScorer.Counts;
import io.github.vietcat.models.facts.FactScorer.Element;
import io.github.vietcat.models.facts.FactScorer.Tally;
import io.github.vietcat.models.genre.GenreCorpus;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Scores the fact rules ({@link FactExtractor}) and the naive baseline ({@link BaselineFacts}) in
 * one run on the facts gold ({@code facts/facts-dev.jsonl}: the non-OTHER items of {@code
 * dev.jsonl} and the seeds), each item read in the section of its gold genre: per field
 * precision, recall and F1, strict and relaxed ({@link FactScorer}), micro-F1 over all fields.
 *
 * <p>The gold is split in two halves by id ({@link FactsGold.Item#split()}): the rules were
 * developed looking at the errors on {@code tune} only; {@code check} is only scored, so its
 * numbers are the honest ones. {@code --errors} prints the tune items' mismatches.
 *
 * <pre>
 * ./mvnw -B -q -pl models exec:java -Dexec.mainClass=io.github.vietcat.models.facts.EvaluateFacts \
 *     [-Dexec.args="--split tune|check|all --errors"]
 * </pre>
 */
public final class EvaluateFacts {

  private EvaluateFacts() {}

  /**
   * Runs the evaluation.
   *
   * @param args {@code --split tune|check|all} (default: all three tables), {@code --errors}
   * @throws Exception if the data cannot be read
   */
  public static void main(String[] args) throws Exception {
    String split = null;
    boolean errors = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--split" -> split = args[++i];
        case "--errors" -> errors = true;
        default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
      }
    }
    List<FactsGold.Item> gold = FactsGold.read(GenreCorpus.sharedFolder());
    FactExtractor extractor = new FactExtractor();
    List<String> splits = split == null ? List.of("all", "tune", "check") : List.of(split);
    for (String s : splits) {
      List<FactsGold.Item> items = gold.stream()
          .filter(i -> s.equals("all") || i.split().equals(s)).toList();
      Tally[] tallies = evaluate(items, extractor, errors ? System.out : null);
      System.out.printf(Locale.ROOT, "== facts gold, split %s: %d items (%s)%n", s, items.size(),
          counts(items));
      print(System.out, tallies[0], tallies[1]);
      System.out.println();
    }
  }

  /**
   * Scores items with the rules and the baseline.
   *
   * @param items the gold items
   * @param extractor the rules
   * @param errors where to print the rules' mismatches on {@code tune} items, or null
   * @return the tallies of the rules and of the baseline
   */
  static Tally[] evaluate(List<FactsGold.Item> items, FactExtractor extractor,
      PrintStream errors) {
    Tally rules = newTally();
    Tally baseline = newTally();
    for (FactsGold.Item item : items) {
      score(item, extractor, rules, baseline,
          errors != null && item.split().equals("tune") ? errors : null);
    }
    return new Tally[] {rules, baseline};
  }

  /** A tally with the fields in report order: directive, meeting, training, documents. */
  private static Tally newTally() {
    Tally tally = new Tally();
    for (String label : List.of("DIRECTIVE", "MEETING_SUMMARY", "TRAINING_REPORT")) {
      for (String field : FactFields.fields(label)) {
        tally.add(FactFields.section(label) + "." + field, List.of(), List.of());
      }
    }
    tally.add("documents", List.of(), List.of());
    return tally;
  }

  private static String counts(List<FactsGold.Item> items) {
    List<String> out = new ArrayList<>();
    for (String label : List.of("DIRECTIVE", "MEETING_SUMMARY", "TRAINING_REPORT")) {
      out.add(label + " " + items.stream().filter(i -> i.label().equals(label)).count());
    }
    return String.join(", ", out);
  }

  /**
   * Scores one item with the rules and the baseline.
   *
   * @param item the gold item
   * @param extractor the rules
   * @param rules the rules' tally
   * @param baseline the baseline's tally
   * @param errors where to print mismatches of the rules, or null
   */
  static void score(FactsGold.Item item, FactExtractor extractor, Tally rules, Tally baseline,
      PrintStream errors) {
    Map<String, List<Element>> expected = FactFields.gold(item.label(), item.facts());
    ItemFacts facts = extractor.extract(item.text());
    Map<String, List<Element>> predicted = FactFields.predicted(item.label(), facts);
    Map<String, List<Element>> naive = BaselineFacts.predict(item.label(), item.text());
    String section = FactFields.section(item.label());
    for (Map.Entry<String, List<Element>> e : expected.entrySet()) {
      String field = e.getKey().equals("documents") ? "documents" : section + "." + e.getKey();
      List<Element> p = predicted.getOrDefault(e.getKey(), List.of());
      rules.add(field, e.getValue(), p);
      baseline.add(field, e.getValue(), naive.getOrDefault(e.getKey(), List.of()));
      if (errors != null) {
        Counts c = FactScorer.match(e.getValue(), p, true);
        if (c.fp() + c.fn() > 0) {
          errors.printf("%s %s%n   gold: %s%n   got:  %s%n", item.id(), field, e.getValue(), p);
        }
      }
    }
  }

  /** Prints the table of both systems. */
  static void print(PrintStream out, Tally rules, Tally baseline) {
    out.printf(Locale.ROOT, "%-22s %5s | %-23s %6s | %-23s %6s%n", "field", "gold",
        "rules relaxed P / R / F1", "strict", "baseline relaxed", "strict");
    for (String field : rules.fields()) {
      row(out, field, f -> f.equals(field), rules, baseline);
    }
    out.println("-".repeat(96));
    row(out, "documents", f -> f.equals("documents"), rules, baseline);
    row(out, "doc_code", f -> f.endsWith(".doc_code"), rules, baseline);
    row(out, "dates", f -> f.endsWith(".date"), rules, baseline);
    row(out, "figures", f -> f.endsWith(".figures"), rules, baseline);
    row(out, "micro (all fields)", f -> true, rules, baseline);
  }

  private static void row(PrintStream out, String name, Predicate<String> fields, Tally rules,
      Tally baseline) {
    Counts r = rules.sum(fields, true);
    Counts rs = rules.sum(fields, false);
    Counts b = baseline.sum(fields, true);
    Counts bs = baseline.sum(fields, false);
    out.printf(Locale.ROOT, "%-22s %5d | %.3f / %.3f / %.3f  %6.3f | %.3f / %.3f / %.3f  %6.3f%n",
        name, r.tp() + r.fn(), r.precision(), r.recall(), r.f1(), rs.f1(), b.precision(),
        b.recall(), b.f1(), bs.f1());
  }
}
