package io.github.vietcat.normalize;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decodes UTF-8 bytes into text with an explicit policy for invalid input; invalid bytes are never
 * dropped silently.
 *
 * <ul>
 *   <li>{@link Policy#REPORT}: the first malformed sequence throws an {@link InvalidUtf8Exception}
 *       naming its byte offset;
 *   <li>{@link Policy#REPLACE}: each malformed sequence becomes one U+FFFD REPLACEMENT CHARACTER
 *       (the JDK's maximal-subpart rule) and is counted in {@link Result#replacements()}, so that a
 *       caller can reject a text with too many.
 * </ul>
 *
 * <p>A leading byte order mark is kept as U+FEFF; {@link TextNormalizer} removes it with the other
 * format characters.
 *
 * <p><b>This decoder reads UTF-8 only.</b> Text in TCVN3 (ABC), VNI or another legacy encoding
 * read as UTF-8 is usually malformed and gets reported or replaced (and in the rare case where
 * its bytes happen to be valid UTF-8, decodes to wrong letters without any error): detect and
 * convert it with {@link io.github.vietcat.encoding.EncodingDetector} and {@link
 * io.github.vietcat.encoding.VietnameseEncoding}. Thread-safe: each call uses its own decoder.
 */
public final class TextDecoder {

  /** What to do with bytes that are not valid UTF-8. */
  public enum Policy {
    /** Throw an {@link InvalidUtf8Exception} at the first malformed sequence. */
    REPORT,
    /** Replace each malformed sequence with U+FFFD and count it. */
    REPLACE
  }

  /**
   * Decoded text.
   *
   * @param text the decoded text
   * @param replacements how many malformed sequences were replaced with U+FFFD (0 under REPORT)
   */
  public record Result(String text, int replacements) {
    /**
     * Validates the components.
     *
     * @param text the decoded text
     * @param replacements how many malformed sequences were replaced
     */
    public Result {
      Objects.requireNonNull(text, "text");
      if (replacements < 0) {
        throw new IllegalArgumentException("replacements < 0");
      }
    }
  }

  /** Thrown under {@link Policy#REPORT} for bytes that are not valid UTF-8. */
  public static final class InvalidUtf8Exception extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final long byteOffset;

    InvalidUtf8Exception(long byteOffset, int length) {
      super("invalid UTF-8: " + length + " malformed byte(s) at byte offset " + byteOffset);
      this.byteOffset = byteOffset;
    }

    /**
     * The offset of the first malformed byte.
     *
     * @return the offset, counted from the first byte of the input
     */
    public long byteOffset() {
      return byteOffset;
    }
  }

  private static final char REPLACEMENT = '\uFFFD';

  private final Policy policy;

  /**
   * A decoder with the given policy.
   *
   * @param policy what to do with invalid bytes
   */
  public TextDecoder(Policy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * The policy of this decoder.
   *
   * @return the policy given to the constructor
   */
  public Policy policy() {
    return policy;
  }

  /**
   * Decodes bytes.
   *
   * @param bytes UTF-8 bytes
   * @return the text and the number of replacements
   * @throws NullPointerException if bytes is null
   * @throws InvalidUtf8Exception under {@link Policy#REPORT}, for invalid UTF-8
   */
  public Result decode(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes must not be null");
    return decode(ByteBuffer.wrap(bytes));
  }

  /**
   * Reads a stream to its end and decodes it. The stream is not closed.
   *
   * @param in a stream of UTF-8 bytes
   * @return the text and the number of replacements
   * @throws IOException if reading fails
   * @throws InvalidUtf8Exception under {@link Policy#REPORT}, for invalid UTF-8
   */
  public Result decode(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in must not be null");
    return decode(in.readAllBytes());
  }

  private Result decode(ByteBuffer in) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    // UTF-8 never decodes to more chars than it has bytes (a malformed sequence of one or more
    // bytes becomes one U+FFFD), so this buffer normally never grows; growing is only a safeguard.
    CharBuffer out = CharBuffer.allocate(Math.max(16, in.remaining()));
    int replacements = 0;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isUnderflow()) {
        result = decoder.flush(out);
        if (result.isUnderflow()) {
          break;
        }
      }
      if (result.isOverflow()) {
        out = grow(out);
        continue;
      }
      // Malformed or unmappable: the bad bytes start at in.position().
      if (policy == Policy.REPORT) {
        throw new InvalidUtf8Exception(in.position(), result.length());
      }
      if (!out.hasRemaining()) {
        out = grow(out);
      }
      out.put(REPLACEMENT);
      replacements++;
      in.position(in.position() + result.length());
    }
    out.flip();
    return new Result(out.toString(), replacements);
  }

  /** A buffer with twice the capacity, holding what {@code full} holds, ready to write on. */
  private static CharBuffer grow(CharBuffer full) {
    CharBuffer bigger = CharBuffer.allocate(full.capacity() * 2 + 16);
    full.flip();
    bigger.put(full);
    return bigger;
  }
}
