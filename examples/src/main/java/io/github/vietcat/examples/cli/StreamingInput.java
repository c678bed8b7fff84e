package io.github.vietcat.examples.cli;

import io.github.vietcat.encoding.LegacyTextReader;
import io.github.vietcat.encoding.VietnameseEncoding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.SequenceInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * Opens an input for streaming: its first {@link #SNIFF_BYTES} bytes are checked as {@link
 * TextReader} checks a whole input (byte-order mark dropped, UTF-16 and binary data refused, invalid
 * UTF-8 refused before any output is written), and the rest is decoded as it is read by a {@link
 * Utf8Reader}, which stops at the first invalid byte further on. Nothing but a block is held in
 * memory, whatever the input's size.
 */
final class StreamingInput {

  /** How many leading bytes are checked before anything is decoded. */
  static final int SNIFF_BYTES = 64 * 1024;

  private StreamingInput() {}

  /**
   * Opens one input.
   *
   * @param input the input
   * @param stdin what standard input reads from
   * @param progress told the bytes read so far, as blocks are read
   * @return a reader of the decoded text; the caller closes it (which closes a file)
   * @throws InputException when the input cannot be opened, or its first bytes are not UTF-8 text
   */
  static Reader open(Input input, InputStream stdin, LongConsumer progress)
      throws InputException {
    return open(input, stdin, progress, EncodingChoice.UTF_8, null);
  }

  /**
   * Opens one input under an {@code --encoding} policy.
   *
   * @param input the input
   * @param stdin what standard input reads from
   * @param progress told the bytes read so far, as blocks are read
   * @param encoding the policy
   * @param diagnostics where a detected encoding is noted, or null
   * @return a reader of the decoded text (NFC for legacy encodings); the caller closes it
   * @throws InputException when the input cannot be opened, its first bytes are not text in the
   *     encoding, or (under auto) its encoding cannot be told
   */
  static Reader open(Input input, InputStream stdin, LongConsumer progress,
      EncodingChoice encoding, Diagnostics diagnostics) throws InputException {
    InputStream in = null;
    try {
      if (input.isStdin()) {
        in = new NonClosing(stdin);
      } else {
        if (Files.isDirectory(input.path())) {
          throw new InputException("is a directory");
        }
        in = Files.newInputStream(input.path());
      }
      byte[] head = in.readNBytes(SNIFF_BYTES);
      int start = 0;
      if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
          && (head[2] & 0xFF) == 0xBF) {
        start = 3;
      }
      TextReader.checkNotBinary(head, start);
      byte[] body = start == 0 ? head : java.util.Arrays.copyOfRange(head, start, head.length);
      EncodingChoice.Decision decision = encoding.decide(body);
      if (decision.note() != null && diagnostics != null) {
        diagnostics.note(input.displayName() + ": " + decision.note());
      }
      if (decision.encoding() != VietnameseEncoding.UTF_8) {
        InputStream all = new Counting(new SequenceInputStream(new ByteArrayInputStream(body),
            in), start, progress);
        return new LegacyTextReader(all, decision.encoding());
      }
      checkUtf8(head, start, head.length < SNIFF_BYTES);
      return new Utf8Reader(body, in, start, progress);
    } catch (IOException e) {
      close(in);
      throw new InputException("cannot read: " + InputCollector.describe(e), e);
    } catch (InputException | RuntimeException e) {
      close(in);
      throw e;
    }
  }

  /** Refuses invalid UTF-8 in the first bytes, with the same message as {@link TextReader}. */
  private static void checkUtf8(byte[] head, int start, boolean whole) throws InputException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.wrap(head, start, head.length - start);
    CharBuffer chars = CharBuffer.allocate(head.length + 16);
    CoderResult result = decoder.decode(bytes, chars, whole);
    if (result.isError()) {
      int offset = bytes.position();
      int line = 1;
      for (int i = 0; i < offset; i++) {
        if (head[i] == '\n') {
          line++;
        }
      }
      throw new InputException(String.format(Locale.ROOT,
          "invalid UTF-8 at byte offset %d (line %d, byte 0x%02X); %s", offset, line,
          head[offset] & 0xFF, EncodingChoice.hint(head)));
    }
  }

  private static void close(InputStream in) {
    if (in != null) {
      try {
        in.close();
      } catch (IOException ignored) {
        // nothing more to report than the first problem
      }
    }
  }

  /** Tells how many bytes were read, after each read. */
  private static final class Counting extends java.io.FilterInputStream {
    private long count;
    private final LongConsumer progress;

    Counting(InputStream in, long first, LongConsumer progress) {
      super(in);
      this.count = first;
      this.progress = progress;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        progress.accept(++count);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
        progress.accept(count);
      }
      return n;
    }
  }

  /** Standard input, which must stay open for the next command reading it. */
  private static final class NonClosing extends java.io.FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
