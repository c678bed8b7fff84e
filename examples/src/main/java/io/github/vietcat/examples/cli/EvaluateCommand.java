package io.github.vietcat.examples.cli;

import io.github.vietcat.genre.GenreClassifier;
import io.github.vietcat.genre.GenreEvaluator;
import io.github.vietcat.genre.GenreSample;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vietcat evaluate}: scores a genre model on labelled items, by {@link GenreEvaluator}. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Classifies labelled news items and prints per-label precision, recall and F1, macro-F1, "
          + "accuracy and the confusion matrix.",
      "Input: JSON Lines as for 'train' (\"label\", \"text\", optional \"title\")."
    },
    footer = {"", "Example:", "  vietcat evaluate --model my-model.bin dev.jsonl"})
final class EvaluateCommand implements Callable<Integer> {

  @ParentCommand private VietcatCommand parent;

  @Spec private CommandSpec spec;

  @Mixin private ModelOption model;

  @Option(names = "--progress", defaultValue = "auto", paramLabel = "WHEN",
      description = "Progress bar on standard error: auto (when standard error is a terminal), "
          + "always or never. Default: ${DEFAULT-VALUE}.")
  private ProgressMode progress;

  @Mixin private LabelledFiles files;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text (a table of per-label scores and the confusion matrix), json (one "
          + "object with the same figures) or tsv (a header line, one line per label, then a "
          + "MACRO line). Default: ${DEFAULT-VALUE}.")
  private OutputFormat format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Diagnostics diagnostics = new Diagnostics(err);
    GenreClassifier classifier = model.load();
    List<String> modelLabels = classifier.labels();
    List<GenreSample> read = LabelSpelling.unify(files.read(parent.stdin(), diagnostics),
        modelLabels, diagnostics);
    if (read.isEmpty()) {
      throw new CommandFailure(files.joined() + ": no valid labelled items");
    }
    // Items whose label the model cannot predict could only ever be wrong: they are left out,
    // with a warning, and the scores cover the labels the model and the data share.
    Map<String, Integer> unknown = new TreeMap<>();
    List<GenreSample> samples = new ArrayList<>(read.size());
    for (GenreSample sample : read) {
      if (modelLabels.contains(sample.label())) {
        samples.add(sample);
      } else {
        unknown.merge(sample.label(), 1, Integer::sum);
      }
    }
    if (samples.isEmpty()) {
      throw new CommandFailure(files.joined() + ": the data's labels " + unknown.keySet()
          + " and the model's labels " + modelLabels + " have nothing in common");
    }
    if (!unknown.isEmpty()) {
      diagnostics.note("warning: labels the model does not know: " + unknown + "; these "
          + (read.size() - samples.size()) + " items are left out of the scores");
    }
    List<String> gold = new ArrayList<>(samples.size());
    List<String> predicted = new ArrayList<>(samples.size());
    try (ProgressBar bar = new ProgressBar(err, "items", samples.size(),
        progress.shows(samples.size()))) {
      diagnostics.attach(bar);
      for (GenreSample sample : samples) {
        gold.add(sample.label());
        predicted.add(classifier.classify(sample.title(), sample.body()).label());
        bar.step();
      }
    } finally {
      diagnostics.attach(null);
    }
    GenreEvaluator.Evaluation evaluation = GenreEvaluator.evaluate(modelLabels, gold, predicted);
    List<GenreEvaluator.LabelScore> scored = evaluation.scores().stream()
        .filter(s -> s.support() > 0).toList();
    if (scored.size() < modelLabels.size()) {
      diagnostics.note("warning: model labels without items in the data: "
          + evaluation.scores().stream().filter(s -> s.support() == 0)
              .map(GenreEvaluator.LabelScore::label).sorted().toList()
          + "; macro-F1 averages over the " + scored.size() + " labels that have items");
    }
    Report report = new Report(samples.size(), evaluation, scored);
    switch (format) {
      case TEXT -> {
        out.printf(Locale.ROOT, "%,d items, model %s%n%n", samples.size(), model.describe());
        out.print(report.text());
      }
      case JSON -> out.println(report.json(model.describe(), unknown));
      case TSV -> out.print(report.tsv());
    }
    return diagnostics.exitCode();
  }

  /**
   * An evaluation with its macro averages over the labels that have items.
   *
   * @param items how many items were scored
   * @param evaluation the evaluator's answer over all the model's labels
   * @param scored the scores of the labels with at least one item
   */
  record Report(int items, GenreEvaluator.Evaluation evaluation,
      List<GenreEvaluator.LabelScore> scored) {

    double macro(java.util.function.ToDoubleFunction<GenreEvaluator.LabelScore> f) {
      return scored.stream().mapToDouble(f).average().orElse(0);
    }

    String text() {
      return evaluation.formatScores()
          + String.format(Locale.ROOT, "macro-F1 %.3f   accuracy %.3f%s%n",
              macro(GenreEvaluator.LabelScore::f1), evaluation.accuracy(),
              scored.size() < evaluation.labels().size()
                  ? "   (macro over the " + scored.size() + " labels with items)" : "")
          + evaluation.formatConfusion();
    }

    String json(String model, Map<String, Integer> leftOut) {
      JsonWriter json = new JsonWriter().beginObject()
          .name("model").value(model)
          .name("items").value(items)
          .name("accuracy").value(evaluation.accuracy())
          .name("macroPrecision").value(macro(GenreEvaluator.LabelScore::precision))
          .name("macroRecall").value(macro(GenreEvaluator.LabelScore::recall))
          .name("macroF1").value(macro(GenreEvaluator.LabelScore::f1))
          .name("labels").beginArray();
      for (GenreEvaluator.LabelScore s : evaluation.scores()) {
        json.beginObject().name("label").value(s.label())
            .name("precision").value(s.precision())
            .name("recall").value(s.recall())
            .name("f1").value(s.f1())
            .name("support").value(s.support())
            .endObject();
      }
      json.endArray().name("leftOut").beginObject();
      leftOut.forEach((label, count) -> json.name(label).value(count));
      json.endObject().name("confusion").beginArray();
      for (int[] row : evaluation.confusion()) {
        json.beginArray();
        for (int count : row) {
          json.value(count);
        }
        json.endArray();
      }
      return json.endArray().endObject().toString();
    }

    String tsv() {
      StringBuilder out = new StringBuilder();
      out.append(Tsv.row("label", "precision", "recall", "f1", "support")).append('\n');
      for (GenreEvaluator.LabelScore s : evaluation.scores()) {
        out.append(Tsv.row(s.label(), JsonWriter.decimal(s.precision()),
            JsonWriter.decimal(s.recall()), JsonWriter.decimal(s.f1()),
            String.valueOf(s.support()))).append('\n');
      }
      out.append(Tsv.row("MACRO", JsonWriter.decimal(macro(GenreEvaluator.LabelScore::precision)),
          JsonWriter.decimal(macro(GenreEvaluator.LabelScore::recall)),
          JsonWriter.decimal(macro(GenreEvaluator.LabelScore::f1)), String.valueOf(items)))
          .append('\n');
      return out.toString();
    }
  }
}
