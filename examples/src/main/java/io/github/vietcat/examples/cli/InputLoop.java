package io.github.vietcat.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.io.PrintWriter;
import java.util.List;

/**
 * The loop the file-reading commands share: expand the arguments into inputs, read and decode each
 * one, hand its text to the command, and report a failing input on standard error without stopping
 * the others. A progress bar is drawn on standard error for large batches.
 */
final class InputLoop {

  /** What a command does with one input's text. */
  @FunctionalInterface
  interface TextHandler {
    /**
     * Processes one input.
     *
     * @param input the input
     * @param text its decoded text
     * @throws InputException when this input cannot be processed; the loop reports it and goes on
     */
    void handle(Input input, String text) throws InputException;
  }

  /** What a command does with the first chars of one input. */
  @FunctionalInterface
  interface PrefixHandler {
    /**
     * Processes one input's prefix.
     *
     * @param input the input
     * @param prefix its first chars, and whether it goes on
     * @throws InputException when this input cannot be processed; the loop reports it and goes on
     */
    void handle(Input input, TextReader.Prefix prefix) throws InputException;
  }

  /** What a streaming command does with one input's text. */
  @FunctionalInterface
  interface ReaderHandler {
    /**
     * Processes one input as it is read.
     *
     * @param input the input
     * @param text its decoded text, read block by block
     * @throws IOException when reading fails (an invalid byte further on, a read error)
     */
    void handle(Input input, Reader text) throws IOException;
  }

  private final InputStream stdin;
  private final EncodingChoice encoding;
  private final PrintWriter out;
  private final PrintWriter err;
  private final ProgressMode progressMode;
  private final Diagnostics diagnostics;

  /**
   * Creates a loop.
   *
   * @param stdin standard input, read for {@code -} or when no file is given
   * @param out standard output; the loop stops early once writing to it fails (a closed pipe)
   * @param err standard error, for messages and the progress bar
   * @param progressMode when to draw the progress bar
   */
  InputLoop(InputStream stdin, PrintWriter out, PrintWriter err, ProgressMode progressMode) {
    this(stdin, out, err, progressMode, EncodingChoice.UTF_8);
  }

  /**
   * Creates a loop.
   *
   * @param stdin standard input, read for {@code -} or when no file is given
   * @param out standard output; the loop stops early once writing to it fails (a closed pipe)
   * @param err standard error, for messages and the progress bar
   * @param progressMode when to draw the progress bar
   * @param encoding the {@code --encoding} policy
   */
  InputLoop(InputStream stdin, PrintWriter out, PrintWriter err, ProgressMode progressMode,
      EncodingChoice encoding) {
    this.encoding = encoding;
    this.stdin = stdin;
    this.out = out;
    this.err = err;
    this.progressMode = progressMode;
    this.diagnostics = new Diagnostics(err);
  }

  /** The diagnostics the loop reports to (commands may add their own problems). */
  Diagnostics diagnostics() {
    return diagnostics;
  }

  /**
   * Expands the arguments into inputs and reports those that name nothing.
   *
   * @param arguments the command's file arguments
   * @return the inputs
   */
  List<Input> collect(List<String> arguments) {
    return InputCollector.collect(arguments, diagnostics);
  }

  /**
   * Reads every input and hands it to the handler, in order.
   *
   * @param inputs the inputs, from {@link #collect}
   * @param handler what to do with each text
   * @return the exit code: 0, or 1 if any argument or input failed
   */
  int run(List<Input> inputs, TextHandler handler) {
    return run(inputs, handler, () -> { });
  }

  /**
   * Reads every input and hands it to the handler as {@link #run(List, TextHandler)} does, then
   * runs {@code finish} (which writes what the handler left pending; an {@link OrderedWork}
   * reports its pieces' failures itself).
   *
   * @param inputs the inputs, from {@link #collect}
   * @param handler what to do with each text
   * @param finish run once after the last input
   * @return the exit code: 0, or 1 if any argument or input failed
   */
  int run(List<Input> inputs, TextHandler handler, Runnable finish) {
    TextReader reader = new TextReader(stdin, encoding, diagnostics);
    return run(inputs, input -> handler.handle(input, reader.read(input)), finish);
  }

  /**
   * Reads at most {@code maxChars} chars of every input ({@link TextReader#readPrefix}) and hands
   * them to the handler, in order, as {@link #run(List, TextHandler, Runnable)} does with whole
   * texts. The rest of a file is not read; the rest of standard input is read and thrown away.
   *
   * @param inputs the inputs, from {@link #collect}
   * @param maxChars how many chars of each input are read, at most
   * @param handler what to do with each prefix
   * @param finish run once after the last input
   * @return the exit code: 0, or 1 if any argument or input failed
   */
  int run(List<Input> inputs, int maxChars, PrefixHandler handler, Runnable finish) {
    TextReader reader = new TextReader(stdin, encoding, diagnostics);
    return run(inputs, input -> handler.handle(input, reader.readPrefix(input, maxChars)), finish);
  }

  /** Reads one input and hands it on. */
  @FunctionalInterface
  private interface OneInput {
    void process(Input input) throws InputException;
  }

  private int run(List<Input> inputs, OneInput one, Runnable finish) {
    try (ProgressBar bar = new ProgressBar(err, "files", inputs.size(),
        progressMode.shows(inputs.size()))) {
      diagnostics.attach(bar);
      for (Input input : inputs) {
        if (input.isStdin() && stdin == System.in && System.console() != null) {
          diagnostics.note("reading standard input; end it with Ctrl-D (Ctrl-Z on Windows)");
        }
        try {
          one.process(input);
        } catch (InputException e) {
          diagnostics.problem(input.name(), e.getMessage());
        } catch (RuntimeException e) {
          // A failure on one input must not lose the others' results.
          diagnostics.problem(input.name(), "failed: " + e);
        } catch (OutOfMemoryError e) {
          // Results are built in memory for the whole input (tens of times its size for tokens),
          // so a large file can exhaust a small heap. Everything this input allocated is garbage
          // once the handler has unwound, so the others can still run: report it like bad input
          // instead of dying with a stack trace.
          diagnostics.problem(input.name(), tooLargeForHeap() + " or split the input");
        }
        bar.step();
        if (out.checkError()) {
          break; // the reader of the output went away (as in "vietcat ... | head"): stop quietly
        }
      }
      finish.run();
    } finally {
      diagnostics.attach(null);
      err.flush();
    }
    return diagnostics.exitCode();
  }

  /**
   * Streams every input to the handler, in order, holding only a block of each in memory. The
   * progress bar counts bytes (when the files' sizes are known). A problem found before any output
   * (a missing file, binary data, invalid UTF-8 in the first {@value StreamingInput#SNIFF_BYTES}
   * bytes) is reported like {@link #run}'s; one found further on is reported with its byte offset,
   * after the output made so far.
   *
   * @param inputs the inputs, from {@link #collect}
   * @param handler what to do with each text
   * @return the exit code: 0, or 1 if any argument or input failed
   */
  int stream(List<Input> inputs, ReaderHandler handler) {
    return stream(inputs, handler, () -> { });
  }

  /**
   * Streams every input to the handler as {@link #stream(List, ReaderHandler)} does, then runs
   * {@code finish} (which writes what the handler left pending; an {@link OrderedWork} reports its
   * pieces' failures itself).
   *
   * @param inputs the inputs, from {@link #collect}
   * @param handler what to do with each text
   * @param finish run once after the last input
   * @return the exit code: 0, or 1 if any argument or input failed
   */
  int stream(List<Input> inputs, ReaderHandler handler, Runnable finish) {
    long totalBytes = 0;
    for (Input input : inputs) {
      try {
        totalBytes += input.isStdin() ? 0 : Files.size(input.path());
      } catch (IOException | RuntimeException e) {
        // an unreadable file is reported when it is opened
      }
    }
    long kib = totalBytes >> 10;
    try (ProgressBar bar = new ProgressBar(err, "KiB", kib,
        progressMode.shows(totalBytes >> 20))) {
      diagnostics.attach(bar);
      long[] before = {0};
      for (Input input : inputs) {
        if (input.isStdin() && stdin == System.in && System.console() != null) {
          diagnostics.note("reading standard input; end it with Ctrl-D (Ctrl-Z on Windows)");
        }
        long base = before[0];
        try (Reader reader = StreamingInput.open(input, stdin,
            read -> bar.advanceTo((base + read) >> 10), encoding, diagnostics)) {
          handler.handle(input, reader);
        } catch (InputException e) {
          diagnostics.problem(input.name(), e.getMessage());
        } catch (Utf8Reader.BadBytes e) {
          diagnostics.problem(input.name(), e.getMessage() + "; the output for this input "
              + "stops there");
        } catch (UncheckedIOException e) {
          IOException cause = e.getCause();
          diagnostics.problem(input.name(), cause instanceof Utf8Reader.BadBytes
              ? cause.getMessage() + "; the output for this input stops there"
              : "cannot read: " + InputCollector.describe(cause));
        } catch (IOException e) {
          diagnostics.problem(input.name(), "cannot read: " + InputCollector.describe(e));
        } catch (RuntimeException e) {
          diagnostics.problem(input.name(), "failed: " + e);
        } catch (OutOfMemoryError e) {
          // A chunk's tokens did not fit (a heap of a few tens of MB): the chunk is garbage now.
          diagnostics.problem(input.name(), tooLargeForHeap());
        }
        try {
          before[0] += input.isStdin() ? 0 : Files.size(input.path());
        } catch (IOException | RuntimeException e) {
          // already reported
        }
        bar.advanceTo(before[0] >> 10);
        if (out.checkError()) {
          break;
        }
      }
      finish.run();
    } finally {
      diagnostics.attach(null);
      err.flush();
    }
    return diagnostics.exitCode();
  }

  /** The message for an input the Java heap could not hold, naming the heap and the fix. */
  private static String tooLargeForHeap() {
    return "too large to process with this Java heap (" + (Runtime.getRuntime().maxMemory() >> 20)
        + " MiB); give Java more memory (VIETCAT_JAVA_OPTS=-Xmx4g)";
  }
}
