package io.github.vietcat.examples.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Writes output that a worker thread has already encoded as UTF-8, so that the thread writing it
 * only copies bytes. With a byte stream under the writer (the real standard output), the writer is
 * flushed and the bytes go straight to the stream; with a writer only (tests, embedding), the bytes
 * are decoded back and printed. Either way the output is the same, in the same order as what is
 * printed to the writer around it.
 */
final class Utf8Output implements Consumer<byte[]> {

  private final PrintWriter out;
  private final PrintStream bytes;

  /**
   * Creates the output.
   *
   * @param out the command line's writer
   * @param bytes the byte stream the writer writes UTF-8 to, or null if there is none
   */
  Utf8Output(PrintWriter out, PrintStream bytes) {
    this.out = out;
    this.bytes = bytes;
  }

  /** Writes one piece of UTF-8 output. */
  @Override
  public void accept(byte[] utf8) {
    if (bytes == null) {
      out.print(new String(utf8, StandardCharsets.UTF_8));
    } else {
      out.flush();
      bytes.write(utf8, 0, utf8.length);
    }
  }
}
