package io.github.vietcat.examples.cli;

import io.github.vietcat.stream.StreamingTokenizer;
import io.github.vietcat.token.SyllableTokenizer;
import io.github.vietcat.token.Token;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vietcat tokenize}: typed tokens with their offsets, from {@link SyllableTokenizer}. */
@Command(
    name = "tokenize",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Splits text into typed tokens (syllables, numbers, dates, document codes, abbreviations, "
          + "URLs, punctuation...) with their offsets.",
      "Offsets count UTF-16 chars from the start of the decoded text (without a byte-order mark)."
    })
final class TokenizeCommand implements Callable<Integer> {

  @ParentCommand private VietcatCommand parent;

  @Spec private CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text (one token a line: start, end, type, text, normalized form, tab-separated"
          + "; a '# FILE' line before each file when there are several), json (one object a "
          + "line per input, with its tokens) or tsv (a header line, then one token a line with "
          + "its source first). Default: ${DEFAULT-VALUE}.")
  private OutputFormat format;

  @Option(names = "--progress", defaultValue = "auto", paramLabel = "WHEN",
      description = "Progress bar on standard error: auto (for more than "
          + ProgressMode.AUTO_MIN_ITEMS + " MiB of files, when standard error is a terminal), "
          + "always or never. Default: ${DEFAULT-VALUE}.")
  private ProgressMode progress;

  @Mixin private InputFiles files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    InputLoop loop = new InputLoop(parent.stdin(), out, spec.commandLine().getErr(), progress,
        files.encoding());
    List<Input> inputs = loop.collect(files.arguments());
    StreamingTokenizer tokenizer = new StreamingTokenizer();
    boolean several = inputs.size() > 1;
    if (format == OutputFormat.TSV) {
      out.println(Tsv.row("source", "start", "end", "type", "text", "normalized"));
    }
    return loop.stream(inputs, (input, text) -> {
      switch (format) {
        case TEXT -> {
          if (several) {
            out.println("# " + input.displayName());
          }
          tokenizer.tokens(text).forEach(t -> out.println(Tsv.row(String.valueOf(t.start()),
              String.valueOf(t.end()), t.type().name(), t.text(), t.normalized())));
        }
        case TSV -> tokenizer.tokens(text).forEach(t -> out.println(Tsv.row(input.name(),
            String.valueOf(t.start()), String.valueOf(t.end()), t.type().name(), t.text(),
            t.normalized())));
        case JSON -> {
          // One line per input, written token by token so that it never sits in memory.
          out.print(new JsonWriter().beginObject().name("source").value(input.name())
              .name("tokens").toString() + "[");
          boolean[] first = {true};
          tokenizer.tokens(text).forEach(t -> {
            if (!first[0]) {
              out.print(',');
            }
            first[0] = false;
            out.print(json(t));
          });
          out.println("]}");
        }
      }
    });
  }

  private static String json(Token t) {
    return new JsonWriter().beginObject()
        .name("text").value(t.text())
        .name("normalized").value(t.normalized())
        .name("type").value(t.type().name())
        .name("start").value(t.start())
        .name("end").value(t.end())
        .endObject().toString();
  }
}
