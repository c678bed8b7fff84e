package io.github.vietcat.examples.cli;

import io.github.vietcat.stream.StreamingTokenizer;
import io.github.vietcat.token.SyllableTokenizer;
import io.github.vietcat.token.Token;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
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

  @Mixin private StreamProgressOption progress;

  @Mixin private InputFiles files;

  @Mixin private ThreadsOption threads;

  /** How many tokens one piece of work formats. */
  static final int PIECE_TOKENS = 8 * 1024;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    InputLoop loop = new InputLoop(parent.stdin(), out, spec.commandLine().getErr(), progress.mode(),
        files.encoding());
    List<Input> inputs = loop.collect(files.arguments());
    StreamingTokenizer tokenizer = new StreamingTokenizer();
    boolean several = inputs.size() > 1;
    if (format == OutputFormat.TSV) {
      out.println(Tsv.row("source", "start", "end", "type", "text", "normalized"));
    }
    try (OrderedWork<String> work = new OrderedWork<>(threads.threads(), out::print,
        f -> loop.diagnostics().problem(f.source(), "failed: " + f.getMessage()))) {
      return loop.stream(inputs, (input, text) -> {
        if (format == OutputFormat.TEXT && several) {
          String header = "# " + input.displayName() + System.lineSeparator();
          work.submit(() -> header);
        }
        if (format == OutputFormat.JSON) {
          // One line per input, written piece by piece so that it never sits in memory.
          String head = new JsonWriter().beginObject().name("source").value(input.name())
              .name("tokens").toString() + "[";
          work.submit(() -> head);
        }
        List<Token> piece = new ArrayList<>(PIECE_TOKENS);
        boolean first = true;
        Iterator<Token> tokens = tokenizer.tokens(text).iterator();
        try {
          while (tokens.hasNext()) {
            piece.add(tokens.next());
            if (piece.size() == PIECE_TOKENS) {
              submit(work, input, piece, first);
              piece = new ArrayList<>(PIECE_TOKENS);
              first = false;
              if (out.checkError()) {
                return; // the reader of the output has gone away: read no further
              }
            }
          }
        } catch (RuntimeException e) {
          // What was read before a bad byte or a read error is still written, then the error.
          submit(work, input, piece, first);
          work.drain();
          throw e;
        }
        // Not drained here: with many small inputs the workers go on with the next one.
        submit(work, input, piece, first);
        if (format == OutputFormat.JSON) {
          String tail = "]}" + System.lineSeparator();
          work.submit(() -> tail);
        }
      }, work::drain);
    }
  }

  private void submit(OrderedWork<String> work, Input input, List<Token> piece, boolean first) {
    if (!piece.isEmpty()) {
      work.submit(OrderedWork.of(input.name(), () -> format(input, piece, first)));
    }
  }

  /** The output of a run of tokens; {@code first} when they are the input's first. */
  private String format(Input input, List<Token> tokens, boolean first) {
    String newline = System.lineSeparator();
    StringBuilder out = new StringBuilder(tokens.size() * 40);
    String source = format == OutputFormat.TSV ? Tsv.field(input.name()) : null;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      switch (format) {
        case TEXT, TSV -> {
          if (source != null) {
            out.append(source).append('\t');
          }
          out.append(t.start()).append('\t').append(t.end()).append('\t')
              .append(t.type().name()).append('\t');
          Tsv.appendField(out, t.text());
          out.append('\t');
          Tsv.appendField(out, t.normalized());
          out.append(newline);
        }
        case JSON -> {
          if (!(first && i == 0)) {
            out.append(',');
          }
          out.append(json(t));
        }
      }
    }
    return out.toString();
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
