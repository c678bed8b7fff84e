package io.github.vietcat.examples.cli;

import io.github.vietcat.genre.GenreClassifier;
import io.github.vietcat.genre.GenreEvaluator;
import io.github.vietcat.genre.GenreSample;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Diagnostics diagnostics = new Diagnostics(err);
    GenreClassifier classifier = model.load();
    List<GenreSample> samples = files.read(parent.stdin(), diagnostics);
    if (samples.isEmpty()) {
      throw new CommandFailure(files.joined() + ": no valid labelled items");
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
    Set<String> labels = new LinkedHashSet<>(classifier.labels());
    labels.addAll(gold);
    GenreEvaluator.Evaluation evaluation =
        GenreEvaluator.evaluate(List.copyOf(labels), gold, predicted);
    out.printf(Locale.ROOT, "%,d items, model %s%n%n", samples.size(), model.describe());
    out.print(evaluation.format());
    return diagnostics.exitCode();
  }
}
