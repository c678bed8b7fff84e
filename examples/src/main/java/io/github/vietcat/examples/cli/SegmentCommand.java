package io.github.vietcat.examples.cli;

import io.github.vietcat.sentence.Sentence;
import io.github.vietcat.sentence.SentenceSplitter;
import io.github.vietcat.token.Token;
import io.github.vietcat.word.Word;
import io.github.vietcat.word.WordSegmenter;
import io.github.vietcat.stream.StreamingTokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
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

  @Mixin private StreamProgressOption progress;

  @Mixin private InputFiles files;

  @Mixin private ThreadsOption threads;

  /** About how many chars of sentences one piece of work holds. */
  static final int PIECE_CHARS = 32 * 1024;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    // The model loads on its own thread while the first input is read, normalized and tokenized.
    FutureTask<WordSegmenter> loading = new FutureTask<>(SegmentCommand::loadSegmenter);
    Thread loader = new Thread(loading, "vietcat-model-loader");
    loader.setDaemon(true);
    loader.start();
    InputLoop loop = new InputLoop(parent.stdin(), out, spec.commandLine().getErr(), progress.mode(),
        files.encoding());
    List<Input> inputs = loop.collect(files.arguments());
    WordSegmenter segmenter = await(loading);
    StreamingTokenizer streaming = new StreamingTokenizer();
    boolean several = inputs.size() > 1;
    if (format == OutputFormat.TSV) {
      out.println(Tsv.row("source", "sentence", "start", "end", "word"));
    }
    // Workers encode their output, so that the main thread (which reads, normalizes, tokenizes
    // and splits) only copies bytes.
    Utf8Output utf8 = new Utf8Output(out, parent.stdoutBytes());
    try (OrderedWork<byte[]> work = new OrderedWork<>(threads.threads(), utf8,
        f -> loop.diagnostics().problem(f.source(), "failed: " + f.getMessage()))) {
      return loop.stream(inputs, (input, text) -> {
        if (several && format == OutputFormat.TEXT) {
          byte[] header = ("# " + input.displayName() + System.lineSeparator())
              .getBytes(StandardCharsets.UTF_8);
          work.submit(() -> header);
        }
        if (pretokenized) {
          work.drain();
          segmentLines(segmenter, input, text, out);
          return;
        }
        List<Sentence> piece = new ArrayList<>();
        int chars = 0;
        long number = 0;
        Iterator<Sentence> sentences = streaming.sentences(text).iterator();
        try {
          while (sentences.hasNext()) {
            Sentence s = sentences.next();
            piece.add(s);
            chars += s.text().length();
            if (chars >= PIECE_CHARS) {
              submit(work, segmenter, input, piece, number);
              number += piece.size();
              piece = new ArrayList<>();
              chars = 0;
              if (out.checkError()) {
                return; // the reader of the output has gone away: read no further
              }
            }
          }
        } catch (RuntimeException e) {
          // What was read before a bad byte or a read error is still written, then the error.
          submit(work, segmenter, input, piece, number);
          work.drain();
          throw e;
        }
        // Not drained here: with many small inputs the workers go on with the next one.
        submit(work, segmenter, input, piece, number);
      }, work::drain);
    }
  }

  private void submit(OrderedWork<byte[]> work, WordSegmenter segmenter, Input input,
      List<Sentence> piece, long firstNumber) {
    if (!piece.isEmpty()) {
      work.submit(OrderedWork.of(input.name(),
          () -> format(segmenter, input, piece, firstNumber).getBytes(StandardCharsets.UTF_8)));
    }
  }

  /** The output of a run of sentences, numbered from {@code firstNumber + 1}. */
  private String format(WordSegmenter segmenter, Input input, List<Sentence> sentences,
      long firstNumber) {
    String newline = System.lineSeparator();
    StringBuilder out = new StringBuilder(PIECE_CHARS * 3 / 2);
    long number = firstNumber;
    for (Sentence s : sentences) {
      number++;
      // Words keep the tokens' offsets into the input: no token is copied to shift it.
      List<Word> words = segmenter.segment(s.text(), s.start(), s.tokens());
      switch (format) {
        case TEXT -> {
          for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
              out.append(' ');
            }
            appendJoined(out, words.get(i));
          }
          out.append(newline);
        }
        case JSON -> {
          JsonWriter json = new JsonWriter().beginObject().name("source").value(input.name())
              .name("start").value(words.get(0).start())
              .name("end").value(words.get(words.size() - 1).end())
              .name("words").beginArray();
          for (Word w : words) {
            json.beginObject().name("text").value(joined(w)).name("start")
                .value(w.start()).name("end").value(w.end()).endObject();
          }
          out.append(json.endArray().endObject()).append(newline);
        }
        case TSV -> {
          String sentence = String.valueOf(number);
          for (Word w : words) {
            out.append(Tsv.row(input.name(), sentence, String.valueOf(w.start()),
                String.valueOf(w.end()), joined(w))).append(newline);
          }
        }
      }
    }
    return out.toString();
  }

  /** The {@code --pretokenized} mode: one sentence of syllables a line, one output line each. */
  private void segmentLines(WordSegmenter segmenter, Input input, Reader text, PrintWriter out)
      throws IOException {
    // readLine(): \n, \r\n or \r end a line, and a final line break opens no extra line.
    BufferedReader lines = new BufferedReader(text);
    long number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      List<String> words = segmentLine(segmenter, line);
      switch (format) {
        case TEXT -> out.println(String.join(" ", words));
        case JSON -> {
          JsonWriter json = new JsonWriter().beginObject().name("source").value(input.name())
              .name("line").value(number).name("words").beginArray();
          words.forEach(json::value);
          out.println(json.endArray().endObject());
        }
        case TSV -> {
          String n = String.valueOf(number);
          words.forEach(w -> out.println(Tsv.row(input.name(), n, "", "", w)));
        }
      }
    }
  }

  /** The loaded model, or the loading's failure. */
  private static WordSegmenter await(FutureTask<WordSegmenter> loading) {
    try {
      return loading.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CommandFailure("interrupted while loading the word segmentation model", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new CommandFailure("cannot load the shipped word segmentation model: "
          + e.getCause(), e.getCause());
    }
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
    StringBuilder out = new StringBuilder(word.text().length());
    appendJoined(out, word);
    return out.toString();
  }

  private static void appendJoined(StringBuilder out, Word word) {
    List<Token> tokens = word.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      if (i > 0) {
        out.append('_');
      }
      out.append(tokens.get(i).text());
    }
  }
}
