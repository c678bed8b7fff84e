package io.github.vietcat.examples.cli;

import io.github.vietcat.genre.GenreClassifier;
import io.github.vietcat.genre.GenreSample;
import io.github.vietcat.genre.GenreTrainer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vietcat train}: a genre model from labelled items, by {@link GenreTrainer}. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Trains a genre model on labelled news items and saves it for 'classify --model' and "
          + "'evaluate --model'. Any label set works, not only the four shipped genres.",
      "Input: JSON Lines, one object a line with \"label\", \"text\" and optionally \"title\"; "
          + "other fields are ignored. Bad lines are reported and skipped (exit code 1 at the end)."
    },
    footer = {"", "Example:", "  vietcat train --output my-model.bin train.jsonl"})
final class TrainCommand implements Callable<Integer> {

  @ParentCommand private VietcatCommand parent;

  @Spec private CommandSpec spec;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "MODEL",
      description = "Where to write the model.")
  private Path output;

  @Option(names = "--learner", paramLabel = "LEARNER",
      description = "linear_svm, maxent or perceptron (default: the shipped model's).")
  private GenreTrainer.Learner learner;

  @Option(names = "--cost", paramLabel = "C",
      description = "SVM cost C or maxent L2 cost (default: the shipped model's).")
  private Double cost;

  @Option(names = "--progress", defaultValue = "auto", paramLabel = "WHEN",
      description = "Progress line on standard error: auto (when standard error is a terminal), "
          + "always or never. Default: ${DEFAULT-VALUE}.")
  private ProgressMode progress;

  @Mixin private LabelledFiles files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (cost != null && !(cost > 0 && Double.isFinite(cost))) {
      // Checked before any input is read: a usage error (exit 2), not a failure deep in training.
      throw new ParameterException(spec.commandLine(),
          "--cost must be a finite number above 0, got " + cost);
    }
    Diagnostics diagnostics = new Diagnostics(err);
    List<GenreSample> samples = LabelSpelling.unify(files.read(parent.stdin(), diagnostics),
        LabelSpelling.SHIPPED, diagnostics);
    Map<String, Integer> perLabel = new TreeMap<>();
    samples.forEach(s -> perLabel.merge(s.label(), 1, Integer::sum));
    if (perLabel.size() < 2) {
      throw new CommandFailure(files.joined() + ": need items of at least two labels, "
          + "found " + samples.size() + " valid items with labels " + perLabel.keySet());
    }
    GenreTrainer.Parameters parameters = GenreTrainer.Parameters.defaults();
    if (learner != null || cost != null) {
      parameters = parameters.withLearner(learner != null ? learner : parameters.learner(),
          cost != null ? cost : parameters.cost());
    }
    GenreClassifier classifier;
    long start = System.nanoTime();
    String task = String.format(Locale.ROOT, "training on %,d items", samples.size());
    try (Ticker ticker = new Ticker(err, task, progress.shows(Long.MAX_VALUE))) {
      classifier = GenreTrainer.train(samples, parameters);
    } catch (IllegalArgumentException e) {
      throw new CommandFailure(files.joined() + ": cannot train: " + e.getMessage(), e);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    try {
      Path parentDir = output.toAbsolutePath().getParent();
      if (parentDir != null) {
        Files.createDirectories(parentDir);
      }
      classifier.save(output);
    } catch (IOException e) {
      throw new CommandFailure(output + ": cannot write the model: "
          + InputCollector.describe(e), e);
    }
    out.printf(Locale.ROOT, "trained on %,d items in %.1f s: %s%n", samples.size(), seconds,
        perLabel);
    out.printf(Locale.ROOT, "parameters: %s%n", parameters);
    out.printf(Locale.ROOT, "wrote %s (%,d features)%n", output, classifier.featureCount());
    return diagnostics.exitCode();
  }
}
