package io.github.vietcat.examples.cli;

import io.github.vietcat.sentence.Sentence;
import io.github.vietcat.sentence.SentenceSplitter;
import io.github.vietcat.token.Token;
import io.github.vietcat.word.Word;
import io.github.vietcat.word.WordSegmenter;
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

  @Mixin private InputFiles files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    InputLoop loop =
        new InputLoop(parent.stdin(), out, spec.commandLine().getErr(), ProgressMode.NEVER);
    List<Input> inputs = loop.collect(files.arguments());
    WordSegmenter segmenter = loadSegmenter();
    SentenceSplitter splitter = new SentenceSplitter();
    boolean several = inputs.size() > 1;
    return loop.run(inputs, (input, text) -> {
      if (several) {
        out.println("# " + input.name());
      }
      if (pretokenized) {
        // lines(): \n, \r\n or \r end a line, and a final line break opens no extra line.
        text.lines().forEach(line -> out.println(segmentLine(segmenter, line)));
      } else {
        for (Sentence sentence : splitter.split(text)) {
          List<Word> words = segmenter.segment(text, sentence.tokens());
          out.println(words.stream().map(SegmentCommand::joined).collect(Collectors.joining(" ")));
        }
      }
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

  /** One line of space-separated syllables, segmented; a blank line gives an empty line. */
  static String segmentLine(WordSegmenter segmenter, String line) {
    String stripped = line.strip();
    if (stripped.isEmpty()) {
      return "";
    }
    List<String> syllables = Arrays.asList(stripped.split("\\s+"));
    return segmenter.segmentSyllables(syllables).stream()
        .map(word -> word.replace(' ', '_'))
        .collect(Collectors.joining(" "));
  }

  /** A word's tokens as they stand in the text, joined by '_'. */
  private static String joined(Word word) {
    return word.tokens().stream().map(Token::text).collect(Collectors.joining("_"));
  }
}
