package io.github.vietcat.examples.cli;

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

  /** Output formats. */
  enum Format {
    /** One token a line: start, end, type, text, normalized form, separated by tabs. */
    TEXT,
    /** One JSON object a line per input, with its tokens. */
    JSON
  }

  @ParentCommand private VietcatCommand parent;

  @Spec private CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text (one token a line: start, end, type, text, normalized form, tab-separated"
          + "; a '# FILE' line before each file when there are several) or json (one object a "
          + "line per input). Default: ${DEFAULT-VALUE}.")
  private Format format;

  @Mixin private InputFiles files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    InputLoop loop =
        new InputLoop(parent.stdin(), out, spec.commandLine().getErr(), ProgressMode.NEVER);
    List<Input> inputs = loop.collect(files.arguments());
    SyllableTokenizer tokenizer = new SyllableTokenizer();
    boolean several = inputs.size() > 1;
    int code = loop.run(inputs, (input, text) -> {
      List<Token> tokens = tokenizer.tokenize(text);
      if (format == Format.JSON) {
        out.println(json(input, tokens));
      } else {
        if (several) {
          out.println("# " + input.name());
        }
        for (Token t : tokens) {
          out.println(Tsv.row(String.valueOf(t.start()), String.valueOf(t.end()),
              t.type().name(), t.text(), t.normalized()));
        }
      }
    });
    return code;
  }

  private static String json(Input input, List<Token> tokens) {
    JsonWriter json = new JsonWriter().beginObject().name("source").value(input.name())
        .name("tokens").beginArray();
    for (Token t : tokens) {
      json.beginObject()
          .name("text").value(t.text())
          .name("normalized").value(t.normalized())
          .name("type").value(t.type().name())
          .name("start").value(t.start())
          .name("end").value(t.end())
          .endObject();
    }
    return json.endArray().endObject().toString();
  }
}
