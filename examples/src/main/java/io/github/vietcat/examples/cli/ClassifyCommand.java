package io.github.vietcat.examples.cli;

import io.github.vietcat.facts.FactExtractor;
import io.github.vietcat.facts.ItemFacts;
import io.github.vietcat.genre.Evidence;
import io.github.vietcat.genre.GenreClassifier;
import io.github.vietcat.genre.GenreResult;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringWriter;
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
          + "page); standard input is one item. A .jsonl file (or any input with --jsonl) holds "
          + "one item a line.",
      "Of a plain input (a file or standard input) only the first 1,048,576 chars are read and "
          + "classified; a longer one gets a note on standard error.",
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

  @Option(names = "--facts",
      description = "Also extract the item's structured facts (as 'vietcat facts' does): a "
          + "\"facts\" object in json, a \"facts\" column in tsv, indented lines in text.")
  private boolean facts;

  @Mixin private ModelOption model;

  @Option(names = "--progress", defaultValue = "auto", paramLabel = "WHEN",
      description = "Progress bar on standard error: auto (for more than "
          + ProgressMode.AUTO_MIN_ITEMS + " files, when standard error is a terminal), always or "
          + "never. Default: ${DEFAULT-VALUE}.")
  private ProgressMode progress;

  @Mixin private InputFiles files;

  @Mixin private ThreadsOption threads;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    InputLoop loop = new InputLoop(parent.stdin(), out, spec.commandLine().getErr(), progress,
        files.encoding());
    List<Input> inputs = loop.collect(files.arguments());
    GenreClassifier classifier = model.load();
    FactExtractor extractor = facts ? new FactExtractor() : null;
    FactsOutput factsOutput = new FactsOutput(explain);
    List<String> labels = classifier.labels();
    if (format == OutputFormat.TSV) {
      List<String> header = new ArrayList<>(List.of("source", "label", "confidence"));
      header.addAll(labels);
      if (explain) {
        header.add("evidence");
      }
      if (facts) {
        header.add("facts");
      }
      out.println(Tsv.row(header.toArray(String[]::new)));
    }
    int labelWidth = labels.stream().mapToInt(String::length).max().orElse(5);
    try (OrderedWork<String> work = new OrderedWork<>(threads.threads(), out::print,
        f -> loop.diagnostics().problem(f.source(), "failed: " + f.getMessage()))) {
      // Each item is classified and its output made on a worker; the output keeps input order.
      InputLoop.TextHandler one = (input, text) -> work.submit(OrderedWork.of(input.name(),
          () -> renderWithinHeap(classifier, extractor, factsOutput, labels, labelWidth, input,
              text)));
      boolean anyJsonLines = jsonLines || inputs.stream().anyMatch(ClassifyCommand::isJsonLines);
      if (!anyJsonLines) {
        return loop.run(inputs, MAX_ITEM_CHARS, (input, prefix) -> {
          if (prefix.truncated()) {
            loop.diagnostics().note(notice(input, MAX_ITEM_CHARS));
          }
          one.handle(input, prefix.text());
        }, work::drain);
      }
      // JSON Lines are streamed one item at a time; of other inputs only a prefix is read, as above.
      return loop.stream(inputs, (input, reader) -> {
        if (jsonLines || isJsonLines(input)) {
          JsonItem.forEachItem(input, new BufferedReader(reader), one, loop.diagnostics(),
              out::checkError);
        } else {
          handlePrefix(loop, parent.stdin(), input, reader, MAX_ITEM_CHARS, "classified", one);
        }
      }, work::drain);
    }
  }

  /**
   * {@link #render}, with a heap too small for the item (several items of about {@link
   * #MAX_ITEM_CHARS} chars under way at once in a heap of a few tens of MiB) reported as this
   * item's failure: what the item allocated is garbage once this returns, so the others go on.
   */
  private String renderWithinHeap(GenreClassifier classifier, FactExtractor extractor,
      FactsOutput factsOutput, List<String> labels, int labelWidth, Input input, String text) {
    try {
      return render(classifier, extractor, factsOutput, labels, labelWidth, input, text);
    } catch (OutOfMemoryError e) {
      throw new TooLarge("too large to classify with this Java heap ("
          + (Runtime.getRuntime().maxMemory() >> 20) + " MiB); give Java more memory "
          + "(VIETCAT_JAVA_OPTS=-Xmx256m) or use fewer --threads");
    }
  }

  /** An item the heap could not hold; its message is shown as it is. */
  private static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge(String message) {
      super(message, null, false, false);
    }

    @Override
    public String toString() {
      return getMessage();
    }
  }

  /** One item's output, as the format wants it. */
  private String render(GenreClassifier classifier, FactExtractor extractor,
      FactsOutput factsOutput, List<String> labels, int labelWidth, Input input, String text) {
    GenreResult result = classifier.classify(text);
    ItemFacts itemFacts = extractor == null ? null : extractor.extract(text);
    StringWriter buffer = new StringWriter();
    PrintWriter out = new PrintWriter(buffer);
    switch (format) {
      case JSON -> out.println(json(input, result, itemFacts, factsOutput));
      case TSV -> out.println(tsv(input, result, labels, itemFacts, factsOutput));
      case TEXT -> {
        text(out, input, text, result, labelWidth);
        if (itemFacts != null) {
          factsOutput.text(out, itemFacts, result.label());
        }
      }
    }
    out.flush();
    return buffer.toString();
  }

  @Option(names = "--jsonl",
      description = "Read every input as JSON Lines (standard input too): one item a line, a JSON "
          + "object with \"text\", optional \"title\" and \"id\" (the item's name in the "
          + "output; else FILE:LINE). Files ending in .jsonl are always read this way.")
  private boolean jsonLines;

  static boolean isJsonLines(Input input) {
    return !input.isStdin() && input.name().toLowerCase(Locale.ROOT).endsWith(".jsonl");
  }

  /**
   * How many chars of a plain (not JSON Lines) input are read and classified, at most: 1 MiB of
   * chars. The shipped model reads the title, the opening sentences and the first 800 chars of the
   * body (3,000 for its Vietnamese-text check), and the page cleaner finds them near the top, so an
   * item is classified from far less; the cap only bounds memory. An input below it is read whole,
   * with the same answer as ever; a longer one is classified (and its facts found) from its first
   * {@code MAX_ITEM_CHARS} chars, with a {@link #notice}. The README gives the measurement.
   */
  static final int MAX_ITEM_CHARS = 1 << 20;

  /**
   * The note on standard error for an input classified from its prefix.
   *
   * @param input the input
   * @param maxChars the cap
   * @return the note, without the "vietcat: " every note starts with
   */
  static String notice(Input input, int maxChars) {
    return notice(input, maxChars, "classified");
  }

  /**
   * The note on standard error for an input read from its prefix only.
   *
   * @param input the input
   * @param maxChars the cap
   * @param done what was done with the prefix ("classified", "facts extracted")
   * @return the note, without the "vietcat: " every note starts with
   */
  static String notice(Input input, int maxChars, String done) {
    return String.format(Locale.ROOT, "%s: longer than %,d chars; %s from its first "
        + "%,d chars only", input.displayName(), maxChars, done, maxChars);
  }

  /**
   * Reads at most {@code maxChars} chars of a plain (not JSON Lines) input being streamed and hands
   * them on, as a plain input is read when no input is JSON Lines; a longer input gets a note, and
   * the rest of standard input is read and thrown away.
   *
   * @param loop the loop whose diagnostics get the note and the problems
   * @param stdin what standard input reads from
   * @param input the input
   * @param reader its text
   * @param maxChars the cap
   * @param done what is done with the prefix, for the note
   * @param one what to do with the prefix
   * @throws IOException when reading fails
   */
  static void handlePrefix(InputLoop loop, java.io.InputStream stdin, Input input,
      java.io.Reader reader, int maxChars, String done, InputLoop.TextHandler one)
      throws java.io.IOException {
    TextReader.Prefix prefix = TextReader.prefix(reader, maxChars);
    if (prefix.truncated()) {
      loop.diagnostics().note(notice(input, maxChars, done));
      if (input.isStdin()) {
        stdin.transferTo(java.io.OutputStream.nullOutputStream());
      }
    }
    try {
      one.handle(input, prefix.text());
    } catch (InputException e) {
      loop.diagnostics().problem(input.name(), e.getMessage());
    }
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

  private String json(Input input, GenreResult result, ItemFacts itemFacts,
      FactsOutput factsOutput) {
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
    if (itemFacts != null) {
      factsOutput.json(json.name("facts"), itemFacts);
    }
    return json.endObject().toString();
  }

  private String tsv(Input input, GenreResult result, List<String> labels, ItemFacts itemFacts,
      FactsOutput factsOutput) {
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
    if (itemFacts != null) {
      JsonWriter json = new JsonWriter();
      factsOutput.json(json, itemFacts);
      row.add(json.toString());
    }
    return Tsv.row(row.toArray(String[]::new));
  }
}
