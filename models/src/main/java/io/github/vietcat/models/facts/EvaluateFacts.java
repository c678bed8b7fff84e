package io.github.vietcat.models.facts;

import io.github.vietcat.facts.FactExtractor;
import io.github.vietcat.facts.ItemFacts;
import io.github.vietcat.genre.GenreClassifier;
import io.github.vietcat.models.facts.FactScorer.Counts;
import io.github.vietcat.models.facts.FactScorer.Element;
import io.github.vietcat.models.facts.FactScorer.Tally;
import io.github.vietcat.models.genre.GenreCorpus;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Scores the fact rules ({@link FactExtractor}) and the naive baseline ({@link BaselineFacts}) in
 * one run on the facts gold ({@code facts/facts-dev.jsonl}: the non-OTHER items of {@code
 * dev.jsonl} and the seeds), each item read in the section of its gold genre: per field
 * precision, recall and F1, strict and relaxed ({@link FactScorer}), micro-F1 over all fields.
 *
 * <p>The rules are scored twice: reading the section of the item's gold genre, and reading the
 * section of the genre the shipped classifier predicts ({@link GenreClassifier#loadDefault()},
 * as a user of {@code vietcat facts} reads it). With a wrong prediction the gold genre's facts
 * all count as misses and the facts shown in the predicted genre's section as false positives
 * (an item predicted OTHER shows none); {@code documents} are scored whatever the genre.
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
    GenreClassifier classifier = GenreClassifier.loadDefault();
    Map<String, String> predictedLabels = new java.util.HashMap<>();
    for (FactsGold.Item item : gold) {
      predictedLabels.put(item.id(), classifier.classify(item.text()).label());
    }
    List<String> splits = split == null ? List.of("all", "tune", "check") : List.of(split);
    for (String s : splits) {
      List<FactsGold.Item> items = gold.stream()
          .filter(i -> s.equals("all") || i.split().equals(s)).toList();
      Tally[] tallies = evaluate(items, extractor, i -> predictedLabels.get(i.id()),
          errors ? System.out : null);
      long right = items.stream().filter(i -> i.label().equals(predictedLabels.get(i.id())))
          .count();
      System.out.printf(Locale.ROOT, "== facts gold, split %s: %d items (%s); predicted genre "
          + "right for %d%n", s, items.size(), counts(items), right);
      print(System.out, tallies[0], tallies[1], tallies[2]);
      System.out.println();
    }
  }

  /**
   * Scores items with the rules (in the gold genre's section and in the predicted genre's) and
   * the baseline.
   *
   * @param items the gold items
   * @param extractor the rules
   * @param predictedLabel the predicted genre label of an item
   * @param errors where to print the rules' mismatches on {@code tune} items, or null
   * @return the tallies of the rules read in the gold genre, of the baseline, and of the rules
   *     read in the predicted genre
   */
  static Tally[] evaluate(List<FactsGold.Item> items, FactExtractor extractor,
      Function<FactsGold.Item, String> predictedLabel, PrintStream errors) {
    Tally rules = newTally();
    Tally baseline = newTally();
    Tally predicted = newTally();
    for (FactsGold.Item item : items) {
      ItemFacts facts = extractor.extract(item.text());
      score(item, facts, rules, baseline,
          errors != null && item.split().equals("tune") ? errors : null);
      scoreInPredictedGenre(item, facts, predictedLabel.apply(item), predicted);
    }
    return new Tally[] {rules, baseline, predicted};
  }

  /**
   * Scores one item's facts read in the section of its predicted genre.
   *
   * @param item the gold item
   * @param facts the extracted facts (all sections)
   * @param label the predicted label
   * @param tally the tally
   */
  static void scoreInPredictedGenre(FactsGold.Item item, ItemFacts facts, String label,
      Tally tally) {
    Map<String, List<Element>> expected = FactFields.gold(item.label(), item.facts());
    Map<String, List<Element>> shown = FactFields.predicted(label, facts);
    String goldSection = FactFields.section(item.label());
    for (Map.Entry<String, List<Element>> e : expected.entrySet()) {
      boolean documents = e.getKey().equals("documents");
      tally.add(documents ? "documents" : goldSection + "." + e.getKey(), e.getValue(),
          documents || label.equals(item.label())
              ? shown.getOrDefault(e.getKey(), List.of()) : List.of());
    }
    if (!label.equals(item.label())) {
      for (String field : FactFields.fields(label)) {
        tally.add(FactFields.section(label) + "." + field, List.of(),
            shown.getOrDefault(field, List.of()));
      }
    }
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
   * @param facts the facts the rules extract from it (all sections)
   * @param rules the rules' tally
   * @param baseline the baseline's tally
   * @param errors where to print mismatches of the rules, or null
   */
  static void score(FactsGold.Item item, ItemFacts facts, Tally rules, Tally baseline,
      PrintStream errors) {
    Map<String, List<Element>> expected = FactFields.gold(item.label(), item.facts());
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

  /**
   * Prints the table of the three systems: the rules in the gold genre's section (relaxed P / R
   * / F1, strict F1), the rules in the predicted genre's section (relaxed F1, "pred. genre"), and
   * the baseline (relaxed P / R / F1, strict F1).
   */
  static void print(PrintStream out, Tally rules, Tally baseline, Tally predicted) {
    out.printf(Locale.ROOT, "%-22s %5s | %-23s %6s | %11s | %-23s %6s%n", "field", "gold",
        "rules relaxed P / R / F1", "strict", "pred. genre", "baseline relaxed", "strict");
    for (String field : rules.fields()) {
      row(out, field, f -> f.equals(field), rules, baseline, predicted);
    }
    out.println("-".repeat(110));
    row(out, "documents", f -> f.equals("documents"), rules, baseline, predicted);
    row(out, "doc_code", f -> f.endsWith(".doc_code"), rules, baseline, predicted);
    row(out, "dates", f -> f.endsWith(".date"), rules, baseline, predicted);
    row(out, "figures", f -> f.endsWith(".figures"), rules, baseline, predicted);
    row(out, "micro (all fields)", f -> true, rules, baseline, predicted);
  }

  private static void row(PrintStream out, String name, Predicate<String> fields, Tally rules,
      Tally baseline, Tally predicted) {
    Counts r = rules.sum(fields, true);
    Counts rs = rules.sum(fields, false);
    Counts p = predicted.sum(fields, true);
    Counts b = baseline.sum(fields, true);
    Counts bs = baseline.sum(fields, false);
    out.printf(Locale.ROOT,
        "%-22s %5d | %.3f / %.3f / %.3f  %6.3f | %11.3f | %.3f / %.3f / %.3f  %6.3f%n",
        name, r.tp() + r.fn(), r.precision(), r.recall(), r.f1(), rs.f1(), p.f1(),
        b.precision(), b.recall(), b.f1(), bs.f1());
  }
}
