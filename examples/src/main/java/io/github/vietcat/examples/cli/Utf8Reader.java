package io.github.vietcat.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * Decodes a stream as strict UTF-8, a block at a time: the first invalid byte stops it with a
 * {@link BadBytes} exception that names its byte offset and line, so that a file that turns out
 * bad half way is reported exactly, never decoded with replacement chars in silence.
 */
final class Utf8Reader extends Reader {

  /** Thrown for invalid UTF-8; the message is ready to show after the input's name. */
  static final class BadBytes extends IOException {
    private static final long serialVersionUID = 1L;

    BadBytes(String message) {
      super(message);
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
  private final LongConsumer progress;
  /** Bytes of the input before {@code bytes[0]}. */
  private long consumedBefore;
  /** Line feeds decoded so far, for the line number in messages. */
  private long lineFeeds;
  private boolean eof;
  private boolean done;

  /**
   * Creates a reader.
   *
   * @param prefix bytes already read from the input (after any byte-order mark)
   * @param in the rest of the input
   * @param firstOffset the byte offset of {@code prefix[0]} in the input (3 after a byte-order
   *     mark)
   * @param progress told how many bytes of the input were read so far, after each block
   */
  Utf8Reader(byte[] prefix, InputStream in, long firstOffset, LongConsumer progress) {
    this.in = new SequenceInputStream(new ByteArrayInputStream(prefix), in);
    this.progress = progress;
    this.consumedBefore = firstOffset;
    bytes.flip(); // empty, ready to read from
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (done) {
      return -1;
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    while (out.position() == off && !done) {
      CoderResult result = decoder.decode(bytes, out, eof);
      check(result, cbuf, off, out.position());
      if (result.isUnderflow()) {
        if (eof) {
          decoder.flush(out);
          done = true;
        } else if (out.position() == off) {
          refill();
        }
      }
    }
    int n = out.position() - off;
    lineFeeds += countLineFeeds(cbuf, off, off + n);
    return n == 0 ? -1 : n;
  }

  /** Moves unread bytes to the front of the buffer and reads more. */
  private void refill() throws IOException {
    consumedBefore += bytes.position();
    bytes.compact();
    int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (read < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + read);
    }
    bytes.flip();
    progress.accept(consumedBefore + bytes.limit());
  }

  private void check(CoderResult result, char[] cbuf, int from, int to) throws BadBytes {
    if (result.isError()) {
      long offset = consumedBefore + bytes.position();
      throw new BadBytes(String.format(Locale.ROOT,
          "invalid UTF-8 at byte offset %d (line %d, byte 0x%02X)", offset,
          lineFeeds + countLineFeeds(cbuf, from, to) + 1, bytes.get(bytes.position()) & 0xFF));
    }
  }

  private static long countLineFeeds(char[] cbuf, int from, int to) {
    long count = 0;
    for (int i = from; i < to; i++) {
      if (cbuf[i] == '\n') {
        count++;
      }
    }
    return count;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
