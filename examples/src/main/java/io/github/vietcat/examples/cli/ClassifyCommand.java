package io.github.vietcat.examples.cli;

import io.github.vietcat.genre.Evidence;
import io.github.vietcat.genre.GenreClassifier;
import io.github.vietcat.genre.GenreResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vietcat classify}: the genre of news items, from {@link GenreClassifier}. */
@Command(
    name = "classify",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Classifies news items by genre: DIRECTIVE, TRAINING_REPORT, MEETING_SUMMARY or OTHER.",
      "Each file is one item (an article with its title on the first line, or a whole scraped "
          + "page); standard input is one item.",
    },
    footer = {
      "",
      "Examples:",
      "  vietcat classify examples/samples",
      "  vietcat classify --format json --explain article.txt",
      "  curl -s \"$URL\" | vietcat classify"
    })
final class ClassifyCommand implements Callable<Integer> {

  @ParentCommand private VietcatCommand parent;

  @Spec private CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text (label, confidence, file), json (one object a line: source, label, "
          + "confidence, probabilities) or tsv (a header line, then one line per item). "
          + "Default: ${DEFAULT-VALUE}.")
  private OutputFormat format;

  @Option(names = "--explain",
      description = "Also print the evidence: the features that weighed most for the label.")
  private boolean explain;

  @Mixin private ModelOption model;

  @Option(names = "--progress", defaultValue = "auto", paramLabel = "WHEN",
      description = "Progress bar on standard error: auto (for more than "
          + ProgressMode.AUTO_MIN_ITEMS + " files, when standard error is a terminal), always or "
          + "never. Default: ${DEFAULT-VALUE}.")
  private ProgressMode progress;

  @Mixin private InputFiles files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    InputLoop loop = new InputLoop(parent.stdin(), out, spec.commandLine().getErr(), progress,
        files.encoding());
    List<Input> inputs = loop.collect(files.arguments());
    GenreClassifier classifier = model.load();
    List<String> labels = classifier.labels();
    if (format == OutputFormat.TSV) {
      List<String> header = new ArrayList<>(List.of("source", "label", "confidence"));
      header.addAll(labels);
      if (explain) {
        header.add("evidence");
      }
      out.println(Tsv.row(header.toArray(String[]::new)));
    }
    int labelWidth = labels.stream().mapToInt(String::length).max().orElse(5);
    int code = loop.run(inputs, (input, text) -> {
      GenreResult result = classifier.classify(text);
      switch (format) {
        case JSON -> out.println(json(input, result));
        case TSV -> out.println(tsv(input, result, labels));
        case TEXT -> text(out, input, text, result, labelWidth);
      }
    });
    return code;
  }

  private static final int CONTEXT_CHARS = 30;

  private void text(PrintWriter out, Input input, String text, GenreResult result,
      int labelWidth) {
    String note = result.fallback() ? "  (no Vietnamese text)"
        : result.lowConfidence() ? "  (low confidence)" : "";
    out.printf(Locale.ROOT, "%-" + labelWidth + "s  %.2f  %s%s%n", result.label(),
        result.probability(), input.displayName(), note);
    if (explain) {
      List<String> probabilities = new ArrayList<>();
      for (Map.Entry<String, Double> e : result.probabilities().entrySet()) {
        probabilities.add(String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue()));
      }
      out.println("    probabilities: " + String.join(", ", probabilities));
      for (Evidence e : result.evidence()) {
        out.printf(Locale.ROOT, "    %+.2f  %s%n", e.weight(), e.description());
        for (Evidence.Match m : e.matches()) {
          out.printf(Locale.ROOT, "           at %d-%d: %s%n", m.start(), m.end(),
              inContext(text, m));
        }
      }
    }
  }

  /** The match between brackets with up to 30 chars on each side, on one line. */
  static String inContext(String text, Evidence.Match match) {
    int from = Math.max(0, match.start() - CONTEXT_CHARS);
    int to = Math.min(text.length(), match.end() + CONTEXT_CHARS);
    String before = text.substring(from, match.start());
    String after = text.substring(match.end(), to);
    return ((from > 0 ? "…" : "") + before + "[" + match.text() + "]" + after
        + (to < text.length() ? "…" : "")).replaceAll("\\s+", " ");
  }

  private String json(Input input, GenreResult result) {
    JsonWriter json = new JsonWriter().beginObject()
        .name("source").value(input.name())
        .name("label").value(result.label())
        .name("confidence").value(result.probability())
        .name("probabilities").numbers(result.probabilities());
    if (explain) {
      json.name("evidence").beginArray();
      for (Evidence e : result.evidence()) {
        json.beginObject()
            .name("feature").value(e.feature())
            .name("description").value(e.description())
            .name("weight").value(e.weight())
            .name("matches").beginArray();
        for (Evidence.Match m : e.matches()) {
          json.beginObject()
              .name("text").value(m.text())
              .name("start").value(m.start())
              .name("end").value(m.end())
              .endObject();
        }
        json.endArray().endObject();
      }
      json.endArray();
    }
    return json.endObject().toString();
  }

  private String tsv(Input input, GenreResult result, List<String> labels) {
    List<String> row = new ArrayList<>(List.of(input.name(), result.label(),
        JsonWriter.decimal(result.probability())));
    for (String label : labels) {
      row.add(JsonWriter.decimal(result.probabilities().getOrDefault(label, 0.0)));
    }
    if (explain) {
      row.add(String.join("; ", result.evidence().stream()
          .map(e -> String.format(Locale.ROOT, "%+.2f %s", e.weight(), e.description()))
          .toList()));
    }
    return Tsv.row(row.toArray(String[]::new));
  }
}
