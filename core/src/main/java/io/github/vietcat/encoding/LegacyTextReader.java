package io.github.vietcat.encoding;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Arrays;
import java.util.Objects;

/**
 * Reads a stream in a {@link VietnameseEncoding} as NFC text, a line at a time, so that memory is
 * bounded by the longest line (a line longer than {@link #MAX_LINE_BYTES} is decoded in pieces cut
 * after a space, where no letter's marks can be split). Offsets in the text it gives are offsets in
 * the decoded NFC text, not in the bytes. Not thread-safe; closing it closes the stream.
 *
 * @since 0.2
 */
public final class LegacyTextReader extends Reader {

  /** Lines are decoded in pieces of at most this many bytes. */
  public static final int MAX_LINE_BYTES = 64 * 1024;

  private final InputStream in;
  private final VietnameseEncoding encoding;
  private final byte[] block = new byte[16 * 1024];
  private int blockPos;
  private int blockEnd;
  private boolean eof;
  private byte[] line = new byte[256];
  private String pending = "";
  private int pendingPos;

  /**
   * Creates a reader.
   *
   * @param in the bytes
   * @param encoding their encoding
   */
  public LegacyTextReader(InputStream in, VietnameseEncoding encoding) {
    this.in = Objects.requireNonNull(in, "in");
    this.encoding = Objects.requireNonNull(encoding, "encoding");
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, cbuf.length);
    if (len == 0) {
      return 0;
    }
    while (pendingPos >= pending.length()) {
      if (!nextLine()) {
        return -1;
      }
    }
    int n = Math.min(len, pending.length() - pendingPos);
    pending.getChars(pendingPos, pendingPos + n, cbuf, off);
    pendingPos += n;
    return n;
  }

  /** Decodes the next line (with its line feed) into {@code pending}; false at the end. */
  private boolean nextLine() throws IOException {
    int length = carry;
    carry = 0;
    int lastSpace = -1;
    while (true) {
      if (blockPos >= blockEnd) {
        if (eof) {
          break;
        }
        int read = in.read(block);
        if (read < 0) {
          eof = true;
          break;
        }
        blockPos = 0;
        blockEnd = read;
        continue;
      }
      byte b = block[blockPos++];
      if (length == line.length) {
        line = Arrays.copyOf(line, line.length * 2);
      }
      line[length++] = b;
      if (b == '\n') {
        break;
      }
      if (b == ' ') {
        lastSpace = length;
      }
      if (length >= MAX_LINE_BYTES && (lastSpace > 0 || length >= 2 * MAX_LINE_BYTES)) {
        // A long line: decode up to its last space; what follows starts the next piece. With no
        // space at all in twice the limit, cut anyway (such bytes are no text in these encodings).
        int cut = lastSpace > 0 ? lastSpace : length;
        pending = encoding.decode(line, 0, cut);
        pendingPos = 0;
        carry = length - cut;
        System.arraycopy(line, cut, line, 0, carry);
        return true;
      }
    }
    if (length == 0) {
      return false;
    }
    pending = encoding.decode(line, 0, length);
    pendingPos = 0;
    return true;
  }

  /** Bytes of the next piece already read into {@code line}. */
  private int carry;

  @Override
  public void close() throws IOException {
    in.close();
  }
}
