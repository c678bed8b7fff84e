package io.github.vietcat.models.facts;

import io.github.vietcat.facts.CitedDocument;
import io.github.vietcat.facts.Deadline;
import io.github.vietcat.facts.DirectiveFacts;
import io.github.vietcat.facts.FactExtractor;
import io.github.vietcat.facts.Figure;
import io.github.vietcat.facts.ItemFacts;
import io.github.vietcat.facts.MeetingFacts;
import io.github.vietcat.facts.RuleEvidence;
import io.github.vietcat.facts.Span;
import io.github.vietcat.facts.TextFact;
import io.github.vietcat.facts.TrainingFacts;
import io.github.vietcat.models.facts.FactScorer.Counts;
import io.github.vietcat.models.facts.FactScorer.Element;
import io.github.vietcat.models.facts.FactScorer.Tally;
import io.github.vietcat.models.genre.GenreCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * An experiment, not part of the extractor: does a small learned filter over the rules' facts
 * help? A maxent classifier (OpenNLP, L2-regularized) accepts or rejects each text fact the rules
 * produce (scalars, list items, figures, deadlines, documents; dates and kinds are always kept),
 * from features of the fact itself: its field, the rule and cue that fired, its first and last
 * words, its length, where it stands in the item, and for a figure its unit's first word. A fact
 * is labelled right when it matches a gold value of its field (relaxed).
 *
 * <p>Trained on the {@code tune} half only: 5-fold cross-validation over tune items picks the
 * acceptance threshold, then the filter trained on all of tune is scored on {@code check}, beside
 * the rules alone.
 *
 * <pre>
 * java -Dvietcat.shared=../shared -cp JAR io.github.vietcat.models.facts.FactFilterExperiment
 * </pre>
 */
public final class FactFilterExperiment {

  private static final int FOLDS = 5;
  private static final double[] THRESHOLDS = {0.0, 0.2, 0.3, 0.4, 0.5, 0.6};

  private FactFilterExperiment() {}

  /** One fact the rules produced, with the element it is scored as and its features. */
  record Candidate(String field, Element element, String[] features, boolean right,
      boolean filterable) {}

  /** One gold item with the rules' candidates, per field of its gold genre. */
  record Scored(FactsGold.Item item, Map<String, List<Element>> gold,
      Map<String, List<Candidate>> candidates) {}

  /**
   * Runs the experiment.
   *
   * @param args none
   * @throws IOException if the data cannot be read
   */
  public static void main(String[] args) throws IOException {
    List<FactsGold.Item> gold = FactsGold.read(GenreCorpus.sharedFolder());
    FactExtractor extractor = new FactExtractor();
    List<Scored> tune = new ArrayList<>();
    List<Scored> check = new ArrayList<>();
    for (FactsGold.Item item : gold) {
      Scored s = scored(item, extractor.extract(item.text()));
      (item.split().equals("tune") ? tune : check).add(s);
    }
    System.out.printf(Locale.ROOT, "tune: %d items, %d filterable facts (%d right); check: %d "
        + "items%n", tune.size(), count(tune, false), count(tune, true), check.size());
    // Cross-validation on tune: each fold filtered by a model trained on the other folds.
    double bestF1 = -1;
    double best = 0;
    for (double threshold : THRESHOLDS) {
      Tally tally = new Tally();
      for (int fold = 0; fold < FOLDS; fold++) {
        List<Scored> train = new ArrayList<>();
        List<Scored> test = new ArrayList<>();
        for (int i = 0; i < tune.size(); i++) {
          (i % FOLDS == fold ? test : train).add(tune.get(i));
        }
        MaxentModel model = train(train);
        for (Scored s : test) {
          add(tally, s, model, threshold);
        }
      }
      Counts c = tally.sum(f -> true, true);
      System.out.printf(Locale.ROOT, "tune 5-fold CV, threshold %.1f: micro-F1 %.3f%s%n",
          threshold, c.f1(), threshold == 0 ? " (no filter: the rules alone)" : "");
      if (c.f1() > bestF1 + 1e-9) {
        bestF1 = c.f1();
        best = threshold;
      }
    }
    MaxentModel model = train(tune);
    Tally rules = new Tally();
    Tally filtered = new Tally();
    for (Scored s : check) {
      add(rules, s, null, 0);
      add(filtered, s, model, best);
    }
    System.out.printf(Locale.ROOT, "chosen threshold %.1f%n", best);
    System.out.printf(Locale.ROOT, "%-22s %10s %10s%n", "check field", "rules", "filtered");
    for (String field : rules.fields()) {
      System.out.printf(Locale.ROOT, "%-22s %10.3f %10.3f%n", field,
          rules.counts(field, true).f1(), filtered.counts(field, true).f1());
    }
    System.out.printf(Locale.ROOT, "%-22s %10.3f %10.3f%n", "micro (all fields)",
        rules.sum(f -> true, true).f1(), filtered.sum(f -> true, true).f1());
  }

  private static long count(List<Scored> items, boolean right) {
    return items.stream().flatMap(s -> s.candidates().values().stream())
        .flatMap(List::stream).filter(Candidate::filterable)
        .filter(c -> !right || c.right()).count();
  }

  /** Adds an item's fields to a tally, dropping the facts the model rejects. */
  private static void add(Tally tally, Scored s, MaxentModel model, double threshold) {
    String section = FactFields.section(s.item().label());
    for (Map.Entry<String, List<Element>> e : s.gold().entrySet()) {
      String field = e.getKey().equals("documents") ? "documents" : section + "." + e.getKey();
      List<Element> kept = new ArrayList<>();
      for (Candidate c : s.candidates().getOrDefault(e.getKey(), List.of())) {
        if (model == null || !c.filterable() || threshold == 0
            || model.eval(c.features())[model.getIndex("right")] >= threshold) {
          kept.add(c.element());
        }
      }
      tally.add(field, e.getValue(), kept);
    }
  }

  private static MaxentModel train(List<Scored> items) {
    List<Event> events = new ArrayList<>();
    for (Scored s : items) {
      for (List<Candidate> list : s.candidates().values()) {
        for (Candidate c : list) {
          if (c.filterable()) {
            events.add(new Event(c.right() ? "right" : "wrong", c.features()));
          }
        }
      }
    }
    TrainingParameters tp = new TrainingParameters();
    tp.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
    tp.put(TrainingParameters.ITERATIONS_PARAM, 200);
    tp.put(TrainingParameters.CUTOFF_PARAM, 1);
    tp.put(TrainingParameters.THREADS_PARAM, 1);
    tp.put("L1Cost", 0.0);
    tp.put("L2Cost", 1.0);
    try {
      EventTrainer trainer = TrainerFactory.getEventTrainer(tp, new HashMap<>());
      return trainer.train(ObjectStreamUtils.createObjectStream(events));
    } catch (IOException e) {
      throw new UncheckedIOException("training failed", e);
    }
  }

  /** The rules' facts of an item, per field of its gold genre, labelled against the gold. */
  static Scored scored(FactsGold.Item item, ItemFacts facts) {
    Map<String, List<Element>> gold = FactFields.gold(item.label(), item.facts());
    Map<String, List<Candidate>> out = new LinkedHashMap<>();
    String text = item.text();
    switch (item.label()) {
      case "DIRECTIVE" -> {
        DirectiveFacts d = facts.directive();
        text(out, "doc_type", d == null ? null : d.docType(), text);
        text(out, "doc_code", d == null ? null : d.docCode(), text);
        text(out, "issuer", d == null ? null : d.issuer(), text);
        text(out, "signer", d == null ? null : d.signer(), text);
        exact(out, "date", d == null || d.date() == null ? null : d.date().value());
        text(out, "subject", d == null ? null : d.subject(), text);
        if (d != null) {
          d.addressees().forEach(a -> text(out, "addressees", a, text));
          for (Deadline x : d.deadlines()) {
            add(out, "deadlines", new Element(x.what().text(),
                x.date() == null ? null : x.date().value()), x.what().span(),
                x.what().evidence(), null, text);
          }
        }
      }
      case "MEETING_SUMMARY" -> {
        MeetingFacts m = facts.meeting();
        text(out, "meeting_type", m == null ? null : m.meetingType(), text);
        exact(out, "date", m == null || m.date() == null ? null : m.date().value());
        text(out, "organizer", m == null ? null : m.organizer(), text);
        if (m != null) {
          m.chairs().forEach(c -> text(out, "chairs", c, text));
        }
        text(out, "topic", m == null ? null : m.topic(), text);
        text(out, "location", m == null ? null : m.location(), text);
      }
      case "TRAINING_REPORT" -> {
        TrainingFacts t = facts.training();
        exact(out, "kind", t == null ? null : t.kind().label());
        text(out, "programme", t == null ? null : t.programme(), text);
        text(out, "organizer", t == null ? null : t.organizer(), text);
        text(out, "period", t == null ? null : t.period(), text);
        exact(out, "date", t == null || t.date() == null ? null : t.date().value());
        if (t != null) {
          for (Figure f : t.figures()) {
            add(out, "figures", new Element(f.span().text(), FactFields.value(f.value())),
                f.span(), f.evidence(), f.unit(), text);
          }
        }
      }
      default -> { }
    }
    for (CitedDocument d : facts.documents()) {
      add(out, "documents", Element.text(d.span().text()), d.span(), d.evidence(), null, text);
    }
    // Label each candidate: does it match a gold value of its field?
    Map<String, List<Candidate>> labelled = new LinkedHashMap<>();
    for (Map.Entry<String, List<Candidate>> e : out.entrySet()) {
      List<Element> g = gold.getOrDefault(e.getKey(), List.of());
      List<Candidate> list = new ArrayList<>();
      for (Candidate c : e.getValue()) {
        boolean right = g.stream().anyMatch(x -> FactScorer.similarity(x, c.element(), true) > 0);
        list.add(new Candidate(c.field(), c.element(), c.features(), right, c.filterable()));
      }
      labelled.put(e.getKey(), list);
    }
    return new Scored(item, gold, labelled);
  }

  private static void exact(Map<String, List<Candidate>> out, String field, String value) {
    if (value != null) {
      out.computeIfAbsent(field, k -> new ArrayList<>())
          .add(new Candidate(field, Element.exact(value), new String[0], false, false));
    }
  }

  private static void text(Map<String, List<Candidate>> out, String field, TextFact f,
      String text) {
    if (f != null) {
      add(out, field, Element.text(f.text()), f.span(), f.evidence(), null, text);
    }
  }

  private static void add(Map<String, List<Candidate>> out, String field, Element element,
      Span span, RuleEvidence evidence, String unit, String text) {
    out.computeIfAbsent(field, k -> new ArrayList<>()).add(new Candidate(field, element,
        features(field, span, evidence, unit, text), false, true));
  }

  /** Features of one fact; every one is prefixed by the field, so fields learn apart. */
  static String[] features(String field, Span span, RuleEvidence evidence, String unit,
      String text) {
    List<String> f = new ArrayList<>();
    List<String> words = FactScorer.words(span.text());
    f.add("field");
    f.add("rule=" + evidence.rule());
    if (evidence.cue() != null) {
      List<String> cue = FactScorer.words(evidence.cue().text());
      f.add("cue=" + String.join("_", cue.subList(0, Math.min(2, cue.size()))));
    }
    if (!words.isEmpty()) {
      f.add("w0=" + words.get(0));
      f.add("wN=" + words.get(words.size() - 1));
    }
    int n = words.size();
    f.add("len=" + (n <= 2 ? n : n <= 4 ? 4 : n <= 8 ? 8 : n <= 16 ? 16 : 99));
    int title = text.indexOf('\n');
    f.add(title >= 0 && span.start() < title ? "in-title"
        : "pos=" + Math.min(4, 5 * span.start() / Math.max(1, text.length())));
    f.add("cap=" + (!span.text().isEmpty() && Character.isUpperCase(span.text().charAt(0))));
    if (unit != null) {
      List<String> u = FactScorer.words(unit);
      f.add("unit0=" + (u.isEmpty() ? "" : u.get(0)));
    }
    if (text.indexOf(span.text(), span.end()) >= 0 || text.lastIndexOf(span.text(),
        Math.max(0, span.start() - 1)) >= 0 && text.lastIndexOf(span.text(),
        Math.max(0, span.start() - 1)) != span.start()) {
      f.add("repeated");
    }
    return f.stream().map(x -> field + ":" + x).toArray(String[]::new);
  }
}
