package io.github.vietcat.examples.cli;

import io.github.vietcat.encoding.VietnameseEncoding;
import io.github.vietcat.normalize.TextDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads an input's bytes and decodes them as strict UTF-8 with the library's {@link TextDecoder}: a
 * leading byte-order mark is dropped; binary data and invalid UTF-8 are refused with a message that
 * says where, never replaced in silence. The text is otherwise kept exactly as it is, so token
 * offsets refer to it.
 */
final class TextReader {

  /** Inputs larger than this are refused rather than read into memory. */
  static final long MAX_BYTES = 256L * 1024 * 1024;

  /** The library's strict UTF-8 decoder: invalid bytes are reported, never replaced. */
  private static final TextDecoder UTF8 = new TextDecoder(TextDecoder.Policy.REPORT);

  private final InputStream stdin;
  private final EncodingChoice encoding;
  private final Diagnostics diagnostics;

  /**
   * Creates a reader of strict UTF-8.
   *
   * @param stdin what {@code <stdin>} reads from
   */
  TextReader(InputStream stdin) {
    this(stdin, EncodingChoice.UTF_8, null);
  }

  /**
   * Creates a reader.
   *
   * @param stdin what {@code <stdin>} reads from
   * @param encoding the {@code --encoding} policy
   * @param diagnostics where to note a detected encoding, or null
   */
  TextReader(InputStream stdin, EncodingChoice encoding, Diagnostics diagnostics) {
    this.stdin = stdin;
    this.encoding = encoding;
    this.diagnostics = diagnostics;
  }

  /**
   * Reads and decodes one input.
   *
   * @param input the input
   * @return its text
   * @throws InputException when the input cannot be read, is binary or is not valid UTF-8
   */
  String read(Input input) throws InputException {
    byte[] bytes = readBytes(input);
    if (encoding.fixed() == VietnameseEncoding.UTF_8) {
      return decode(bytes);
    }
    int start = hasUtf8ByteOrderMark(bytes) ? 3 : 0;
    checkNotBinary(bytes, start);
    byte[] head = Arrays.copyOfRange(bytes, start,
        Math.min(bytes.length, start + StreamingInput.SNIFF_BYTES));
    EncodingChoice.Decision decision = encoding.decide(head);
    if (decision.note() != null && diagnostics != null) {
      diagnostics.note(input.displayName() + ": " + decision.note());
    }
    if (decision.encoding() == VietnameseEncoding.UTF_8) {
      return decode(bytes);
    }
    return decision.encoding().decode(bytes, start, bytes.length);
  }

  /**
   * The first chars of an input's text.
   *
   * @param text at most the cap's number of chars of the input's decoded text
   * @param truncated whether the input goes on after {@code text}
   */
  record Prefix(String text, boolean truncated) {}

  /**
   * Reads and decodes at most {@code maxChars} chars of one input, as {@link #read} would decode
   * them: the rest of a file is not read at all; the rest of standard input is read to its end and
   * thrown away undecoded (so that a program writing into the pipe is not cut off), never kept.
   * Bytes past the prefix are therefore not checked (a NUL byte or invalid UTF-8 there goes
   * unnoticed). Memory is bounded by the prefix, whatever the input's size.
   *
   * @param input the input
   * @param maxChars the cap, at least 2
   * @return the prefix, and whether the input was longer
   * @throws InputException when the input cannot be read, is binary or its prefix is not valid
   *     text in the encoding
   */
  Prefix readPrefix(Input input, int maxChars) throws InputException {
    try (Reader reader = StreamingInput.open(input, stdin, read -> { }, encoding, diagnostics)) {
      Prefix prefix = prefix(reader, maxChars);
      if (prefix.truncated() && input.isStdin()) {
        stdin.transferTo(OutputStream.nullOutputStream());
      }
      int nul = prefix.text().indexOf('\0');
      if (nul >= 0) {
        throw new InputException("binary file (NUL char at char offset " + nul + "), skipped");
      }
      return prefix;
    } catch (Utf8Reader.BadBytes e) {
      // The first StreamingInput.SNIFF_BYTES bytes were valid UTF-8 (else open() refused them),
      // so the advice is the one read() gives for such a file.
      throw new InputException(e.getMessage() + "; save the file as UTF-8", e);
    } catch (IOException e) {
      throw new InputException("cannot read: " + InputCollector.describe(e), e);
    }
  }

  /**
   * Reads at most {@code maxChars} chars from a reader, and one more to tell whether it goes on;
   * nothing further is read. A prefix that would end between the two chars of a surrogate pair
   * ends before the pair.
   *
   * @param reader the text
   * @param maxChars the cap, at least 2
   * @return the prefix, and whether the reader had more
   * @throws IOException when reading fails
   */
  static Prefix prefix(Reader reader, int maxChars) throws IOException {
    if (maxChars < 2) {
      throw new IllegalArgumentException("maxChars must be at least 2: " + maxChars);
    }
    StringBuilder text = new StringBuilder(Math.min(maxChars, 64 * 1024));
    char[] buffer = new char[8192];
    while (text.length() < maxChars) {
      int n = reader.read(buffer, 0, Math.min(buffer.length, maxChars - text.length()));
      if (n < 0) {
        return new Prefix(text.toString(), false);
      }
      text.append(buffer, 0, n);
    }
    int next = reader.read();
    if (next < 0) {
      return new Prefix(text.toString(), false);
    }
    if (Character.isHighSurrogate(text.charAt(text.length() - 1))
        && Character.isLowSurrogate((char) next)) {
      text.setLength(text.length() - 1);
    }
    return new Prefix(text.toString(), true);
  }

  static boolean hasUtf8ByteOrderMark(byte[] bytes) {
    return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }

  /** Reads an input's bytes, refusing directories and inputs above {@link #MAX_BYTES}. */
  byte[] readBytes(Input input) throws InputException {
    try {
      if (input.isStdin()) {
        return readLimited(stdin);
      }
      if (Files.isDirectory(input.path())) {
        throw new InputException("is a directory");
      }
      try (InputStream in = Files.newInputStream(input.path())) {
        return readLimited(in);
      }
    } catch (IOException e) {
      throw new InputException("cannot read: " + InputCollector.describe(e), e);
    }
  }

  private static byte[] readLimited(InputStream in) throws IOException, InputException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES + 1));
    if (bytes.length > MAX_BYTES) {
      throw new InputException("too large (more than " + (MAX_BYTES >> 20) + " MiB)");
    }
    return bytes;
  }

  /**
   * Decodes bytes as strict UTF-8.
   *
   * @param bytes the input's bytes
   * @return the text, without a leading byte-order mark
   * @throws InputException for binary data (a NUL byte), UTF-16 text, or invalid UTF-8, with the
   *     byte offset and line of the first bad byte
   */
  static String decode(byte[] bytes) throws InputException {
    int start = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      start = 3;
    } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
        || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
      throw new InputException("UTF-16 text; convert it to UTF-8");
    }
    checkNotBinary(bytes, start);
    String text;
    try {
      text = UTF8.decode(start == 0 ? bytes : Arrays.copyOfRange(bytes, start, bytes.length))
          .text();
    } catch (TextDecoder.InvalidUtf8Exception e) {
      int offset = (int) e.byteOffset() + start;
      int line = 1;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new InputException(String.format(Locale.ROOT,
          "invalid UTF-8 at byte offset %d (line %d, byte 0x%02X); %s",
          offset, line, bytes[offset] & 0xFF, legacyHint(bytes)));
    }
    return text;
  }

  /**
   * What to tell the user about bytes that are not UTF-8: save the file as UTF-8 (later: which
   * legacy encoding it seems to be in).
   *
   * @param bytes the input's first bytes
   * @return advice, starting with a lower-case letter
   */
  static String legacyHint(byte[] bytes) {
    return EncodingChoice.hint(bytes.length > StreamingInput.SNIFF_BYTES
        ? Arrays.copyOf(bytes, StreamingInput.SNIFF_BYTES) : bytes);
  }

  /**
   * Refuses UTF-16 without a byte-order mark and binary data (a NUL byte).
   *
   * @param bytes the input's bytes
   * @param start where the text starts (after a UTF-8 byte-order mark)
   * @throws InputException for UTF-16 or binary data
   */
  static void checkNotBinary(byte[] bytes, int start) throws InputException {
    if (start == 0 && looksLikeUtf16WithoutByteOrderMark(bytes)) {
      throw new InputException("UTF-16 text without a byte-order mark; convert it to UTF-8");
    }
    if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
        || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
      throw new InputException("UTF-16 text; convert it to UTF-8");
    }
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new InputException("binary file (NUL byte at offset " + i + "), skipped");
      }
    }
  }

  /** How many leading bytes the UTF-16 guess looks at. */
  private static final int UTF16_SNIFF_BYTES = 512;

  /**
   * Whether the bytes look like UTF-16 without a byte-order mark: in Vietnamese and Latin text every
   * ASCII char and most Latin-1 letters put a NUL in the same half of their two bytes, so NULs
   * fill many even (big-endian) or many odd (little-endian) offsets and none of the other parity.
   * Binary formats have NULs at both parities, or too few to tell; those stay "binary".
   */
  static boolean looksLikeUtf16WithoutByteOrderMark(byte[] bytes) {
    int length = Math.min(bytes.length, UTF16_SNIFF_BYTES) & ~1; // whole code units only
    if (length < 2) {
      return false;
    }
    int evenNuls = 0;
    int oddNuls = 0;
    for (int i = 0; i < length; i += 2) {
      evenNuls += bytes[i] == 0 ? 1 : 0;
      oddNuls += bytes[i + 1] == 0 ? 1 : 0;
    }
    int units = length / 2;
    // At least 40% of the code units with a NUL in one half (ASCII spaces and letters alone
    // exceed that in any real text), and never in the other.
    return evenNuls == 0 && oddNuls * 5 >= units * 2 || oddNuls == 0 && evenNuls * 5 >= units * 2;
  }
}
