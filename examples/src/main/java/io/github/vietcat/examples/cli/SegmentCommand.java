package io.github.vietcat.examples.cli;

import io.github.vietcat.sentence.SentenceSplitter;
import io.github.vietcat.token.Token;
import io.github.vietcat.word.Word;
import io.github.vietcat.word.WordSegmenter;
import io.github.vietcat.stream.StreamingTokenizer;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vietcat segment}: words, by {@link SentenceSplitter} and {@link WordSegmenter}. */
@Command(
    name = "segment",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Segments text into words: one sentence a line, words separated by spaces, the syllables "
          + "of a word joined by '_' (\"cán_bộ đảng_viên phải gương_mẫu\").",
      "With --pretokenized, each input line is one sentence of space-separated syllables and "
          + "gives one output line (the evaluation format); blank lines stay blank."
    },
    footer = {
      "",
      "Examples:",
      "  echo 'Cán bộ, đảng viên phải gương mẫu trên mạng xã hội.' | vietcat segment",
      "  vietcat segment --pretokenized test-syllables.txt > test-words.txt"
    })
final class SegmentCommand implements Callable<Integer> {

  @ParentCommand private VietcatCommand parent;

  @Spec private CommandSpec spec;

  @Option(names = "--pretokenized",
      description = "Input is one sentence a line of space-separated syllables (no sentence "
          + "splitting or tokenization).")
  private boolean pretokenized;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text (one sentence a line, words separated by spaces, syllables joined by "
          + "'_'; a '# FILE' line before each file when there are several), json (one object a "
          + "line per sentence: source, start, end, words with their offsets) or tsv (a header "
          + "line, then one word a line: source, sentence number, start, end, word). With "
          + "--pretokenized, json and tsv give the input line's number and no offsets. "
          + "Default: ${DEFAULT-VALUE}.")
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
    WordSegmenter segmenter = loadSegmenter();
    StreamingTokenizer streaming = new StreamingTokenizer();
    boolean several = inputs.size() > 1;
    if (format == OutputFormat.TSV) {
      out.println(Tsv.row("source", "sentence", "start", "end", "word"));
    }
    return loop.stream(inputs, (input, text) -> {
      if (several && format == OutputFormat.TEXT) {
        out.println("# " + input.displayName());
      }
      long[] number = {0};
      if (pretokenized) {
        // readLine(): \n, \r\n or \r end a line, and a final line break opens no extra line.
        BufferedReader lines = new BufferedReader(text);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          number[0]++;
          List<String> words = segmentLine(segmenter, line);
          switch (format) {
            case TEXT -> out.println(String.join(" ", words));
            case JSON -> {
              JsonWriter json = new JsonWriter().beginObject().name("source").value(input.name())
                  .name("line").value(number[0]).name("words").beginArray();
              words.forEach(json::value);
              out.println(json.endArray().endObject());
            }
            case TSV -> words.forEach(w -> out.println(Tsv.row(input.name(),
                String.valueOf(number[0]), "", "", w)));
          }
        }
        return;
      }
      streaming.words(text, segmenter).forEach(words -> {
        number[0]++;
        switch (format) {
          case TEXT -> out.println(words.stream().map(SegmentCommand::joined)
              .collect(Collectors.joining(" ")));
          case JSON -> {
            JsonWriter json = new JsonWriter().beginObject().name("source").value(input.name())
                .name("start").value(words.get(0).start())
                .name("end").value(words.get(words.size() - 1).end())
                .name("words").beginArray();
            for (Word w : words) {
              json.beginObject().name("text").value(joined(w)).name("start").value(w.start())
                  .name("end").value(w.end()).endObject();
            }
            out.println(json.endArray().endObject());
          }
          case TSV -> words.forEach(w -> out.println(Tsv.row(input.name(),
              String.valueOf(number[0]), String.valueOf(w.start()), String.valueOf(w.end()),
              joined(w))));
        }
      });
    });
  }

  private static WordSegmenter loadSegmenter() {
    try {
      return WordSegmenter.loadDefault();
    } catch (RuntimeException e) {
      throw new CommandFailure("cannot load the shipped word segmentation model: "
          + e.getMessage(), e);
    }
  }

  /** One line of space-separated syllables, segmented into words (syllables joined by '_'). */
  static List<String> segmentLine(WordSegmenter segmenter, String line) {
    String stripped = line.strip();
    if (stripped.isEmpty()) {
      return List.of();
    }
    List<String> syllables = Arrays.asList(stripped.split("\\s+"));
    return segmenter.segmentSyllables(syllables).stream()
        .map(word -> word.replace(' ', '_'))
        .toList();
  }

  /** A word's tokens as they stand in the text, joined by '_'. */
  private static String joined(Word word) {
    return word.tokens().stream().map(Token::text).collect(Collectors.joining("_"));
  }
}
