package io.github.vietcat.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Streams 64 Mi chars (128 MB as Java chars) through a JVM limited to a 32 MB heap: it only works
 * if memory is bounded by the chunk, not by the input.
 */
class StreamingMemoryTest {

  /** How many times the line is repeated: 64 Mi chars in all. */
  static final int LINES = 2 * 1024 * 1024;

  /** A line of exactly 32 chars and 8 tokens, written for the test. */
  static final String LINE = "Xã tổ chức họp dân ngày 12/3.\n  ";

  @Test
  void sixtyFourMiCharsStreamInAThirtyTwoMegabyteHeap() throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator
        + "java";
    Process process = new ProcessBuilder(java, "-Xmx32m", "-cp",
        System.getProperty("java.class.path"), StreamingMemoryTest.class.getName())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(true, process.waitFor(5, TimeUnit.MINUTES));
    assertEquals(0, process.exitValue(), output);
    assertEquals("tokens " + (8L * LINES) + " last end " + (32L * LINES - 3) + "\n", output);
  }

  /**
   * The child process: streams the repeated line from a reader that makes it on the fly.
   *
   * @param args none
   */
  public static void main(String[] args) {
    Reader in = new Reader() {
      private long produced;
      private final long total = (long) LINE.length() * LINES;

      @Override
      public int read(char[] cbuf, int off, int len) throws IOException {
        if (produced >= total) {
          return -1;
        }
        int n = (int) Math.min(len, total - produced);
        for (int i = 0; i < n; i++) {
          cbuf[off + i] = LINE.charAt((int) ((produced + i) % LINE.length()));
        }
        produced += n;
        return n;
      }

      @Override
      public void close() {}
    };
    long[] count = {0};
    long[] lastEnd = {0};
    new StreamingTokenizer().tokens(in).forEach(t -> {
      count[0]++;
      lastEnd[0] = t.end();
    });
    System.out.println("tokens " + count[0] + " last end " + lastEnd[0]);
  }
}
