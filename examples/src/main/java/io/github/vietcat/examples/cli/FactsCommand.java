package io.github.vietcat.examples.cli;

import io.github.vietcat.facts.FactExtractor;
import io.github.vietcat.facts.ItemFacts;
import io.github.vietcat.genre.Genre;
import io.github.vietcat.genre.GenreClassifier;
import io.github.vietcat.genre.GenreResult;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vietcat facts}: the structured facts of news items, from {@link FactExtractor}. */
@Command(
    name = "facts",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Extracts the structured facts of news items: which directive, issued by whom, when and "
          + "about what; which meeting, held and chaired by whom; what training and its figures; "
          + "and the documents each item cites. Every span has its offsets into the input.",
      "Each file is one item (its title on the first line); a .jsonl file holds one item a line "
          + "(\"text\", optional \"title\" and \"id\"; offsets then count in the title, a blank "
          + "line and the text, as in classify) and is read one line at a time; standard input is "
          + "one item. The genre comes from the classifier.",
      "Of a plain input (a file or standard input) only the first 1,048,576 chars are read, as "
          + "classify reads them; a longer one gets a note on standard error.",
    },
    footer = {
      "",
      "Dates are ISO 8601; a date stated without a year stays without one (--MM-DD) unless "
          + "--reference-date is given.",
      "",
      "Examples:",
      "  vietcat facts examples/samples",
      "  vietcat facts --format json --explain article.txt",
      "  vietcat facts --reference-date 2024-05-02 items.jsonl"
    })
final class FactsCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    /** The label, then the facts of its section, one a line. */
    TEXT,
    /** One JSON object a line. */
    JSON
  }

  @ParentCommand private VietcatCommand parent;

  @Spec private CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text (for a person to read) or json (one object a line: source, label, "
          + "confidence, facts). Default: ${DEFAULT-VALUE}.")
  private Format format;

  @Option(names = "--explain",
      description = "Also print the evidence of each fact: the rule that fired and its cue.")
  private boolean explain;

  @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
      description = "Give each date stated without a year the year that puts it nearest to this "
          + "date (such as the publication date).")
  private LocalDate referenceDate;

  @Mixin private ModelOption model;

  @Option(names = "--progress", defaultValue = "auto", paramLabel = "WHEN",
      description = "Progress bar on standard error: auto, always or never. "
          + "Default: ${DEFAULT-VALUE}.")
  private ProgressMode progress;

  @Mixin private FactsFiles files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    InputLoop loop = new InputLoop(parent.stdin(), out, spec.commandLine().getErr(), progress);
    List<Input> inputs = loop.collect(files.arguments());
    GenreClassifier classifier = model.load();
    FactExtractor extractor = new FactExtractor();
    FactsOutput output = new FactsOutput(explain);
    InputLoop.TextHandler one = (input, text) ->
        write(out, output, input.name(), text, classifier, extractor);
    if (inputs.stream().noneMatch(ClassifyCommand::isJsonLines)) {
      // Of a plain input only a prefix is read, as classify reads it.
      return loop.run(inputs, ClassifyCommand.MAX_ITEM_CHARS, (input, prefix) -> {
        if (prefix.truncated()) {
          loop.diagnostics().note(ClassifyCommand.notice(input, ClassifyCommand.MAX_ITEM_CHARS,
              EXTRACTED));
        }
        one.handle(input, prefix.text());
      }, () -> { });
    }
    // JSON Lines are streamed one item at a time; of other inputs only a prefix is read, as above.
    return loop.stream(inputs, (input, reader) -> {
      if (ClassifyCommand.isJsonLines(input)) {
        JsonItem.forEachItem(input, new BufferedReader(reader), one, loop.diagnostics(),
            out::checkError);
      } else {
        ClassifyCommand.handlePrefix(loop, parent.stdin(), input, reader,
            ClassifyCommand.MAX_ITEM_CHARS, EXTRACTED, one);
      }
    });
  }

  /** What is done with an input's prefix, for the note about a long input. */
  private static final String EXTRACTED = "facts extracted";

  private void write(PrintWriter out, FactsOutput output, String source, String text,
      GenreClassifier classifier, FactExtractor extractor) {
    GenreResult result = classifier.classify(text);
    ItemFacts facts = extractor.extract(text);
    if (referenceDate != null) {
      facts = facts.resolveDates(referenceDate);
    }
    if (format == Format.JSON) {
      JsonWriter json = new JsonWriter().beginObject()
          .name("source").value(source)
          .name("label").value(result.label())
          .name("confidence").value(result.probability())
          .name("facts");
      output.json(json, facts);
      out.println(json.endObject());
    } else {
      out.printf(Locale.ROOT, "%s  %s  %.2f%n", source, result.label(), result.probability());
      output.text(out, facts, Genre.fromLabel(result.label()).map(Genre::name).orElse("OTHER"));
    }
  }
}
