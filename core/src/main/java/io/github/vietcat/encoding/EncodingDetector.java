package io.github.vietcat.encoding;

import io.github.vietcat.normalize.VietnameseSyllable;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Tells which {@link VietnameseEncoding} some bytes are in, and how sure that is.
 *
 * <p>Valid UTF-8 with non-ASCII bytes is UTF-8, and so is UTF-8 with fewer malformed sequences
 * than well-formed multi-byte chars (a damaged UTF-8 file). Otherwise the bytes are decoded in each legacy
 * encoding and the decodings are scored by how Vietnamese their words look: a word (a run of
 * letters and marks) with a non-ASCII letter counts for the encoding when it is a well-formed
 * Vietnamese syllable ({@link VietnameseSyllable}) and against it when it is not. ASCII-only bytes
 * are VIQR when enough words carry VIQR marks, else plain UTF-8 (ASCII). The confidence is the
 * winner's lead over the runner-up, relative to the winner's words with non-ASCII letters: 1 when
 * nothing else fits, near 0 when two encodings fit as well.
 *
 * <p>Thread-safe and stateless.
 *
 * @since 0.2
 */
public final class EncodingDetector {

  /** Below this confidence {@link Detection#isConfident()} is false. */
  public static final double MIN_CONFIDENCE = 0.6;

  private static final List<VietnameseEncoding> LEGACY = List.of(VietnameseEncoding.TCVN3,
      VietnameseEncoding.VNI, VietnameseEncoding.WINDOWS_1258, VietnameseEncoding.VISCII);

  /**
   * The score of one encoding.
   *
   * @param encoding the encoding
   * @param vietnamese words with a non-ASCII letter (or a VIQR mark) that are Vietnamese syllables
   * @param other words with a non-ASCII letter that are not, and undecodable bytes
   */
  public record Score(VietnameseEncoding encoding, int vietnamese, int other) {
    /**
     * The score: Vietnamese words less the others.
     *
     * @return the difference
     */
    public int value() {
      return vietnamese - other;
    }
  }

  /**
   * A detection.
   *
   * @param encoding the most likely encoding
   * @param confidence from 0 (a guess) to 1 (nothing else fits)
   * @param scores every candidate's score, best first (empty for UTF-8)
   */
  public record Detection(VietnameseEncoding encoding, double confidence, List<Score> scores) {
    /**
     * Validates and copies.
     *
     * @param encoding the most likely encoding
     * @param confidence from 0 to 1
     * @param scores the candidates' scores
     */
    public Detection {
      Objects.requireNonNull(encoding, "encoding");
      scores = List.copyOf(scores);
      if (!(confidence >= 0 && confidence <= 1)) {
        throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
      }
    }

    /**
     * Whether the confidence reaches {@link #MIN_CONFIDENCE}.
     *
     * @return true when the encoding can be used without asking
     */
    public boolean isConfident() {
      return confidence >= MIN_CONFIDENCE;
    }
  }

  /** Creates a detector. */
  public EncodingDetector() {}

  /**
   * Detects the encoding of some bytes (the first 64 KiB of a file are plenty).
   *
   * @param bytes the bytes; a multi-byte UTF-8 sequence cut at the end is allowed
   * @return the detection
   */
  public Detection detect(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    boolean ascii = true;
    for (byte b : bytes) {
      if (b < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      Score viqr = score(VietnameseEncoding.VIQR, VietnameseEncoding.VIQR.decode(bytes), true);
      int words = letterRuns(new String(bytes, StandardCharsets.ISO_8859_1));
      // VIQR when marked words are a fair share of all words: English text with apostrophes
      // and question marks gets a few by chance.
      if (viqr.vietnamese() >= 2 && viqr.vietnamese() * 5 >= words) {
        double confidence = Math.min(1, (double) viqr.value() / Math.max(1, viqr.vietnamese()));
        return new Detection(VietnameseEncoding.VIQR, Math.max(0, confidence), List.of(viqr));
      }
      return new Detection(VietnameseEncoding.UTF_8, 1, List.of());
    }
    if (isUtf8(bytes)) {
      return new Detection(VietnameseEncoding.UTF_8, 1, List.of());
    }
    // UTF-8 with a few bad bytes (a damaged file, or one mixing encodings) is still UTF-8: more
    // well-formed multi-byte letters than malformed sequences.
    String lenient = new String(bytes, StandardCharsets.UTF_8);
    int wellFormed = 0;
    int malformed = 0;
    for (int i = 0; i < lenient.length(); i++) {
      char c = lenient.charAt(i);
      if (c == '\uFFFD') {
        malformed++;
      } else if (c >= 0x80) {
        wellFormed++;
      }
    }
    if (wellFormed > malformed) {
      return new Detection(VietnameseEncoding.UTF_8,
          (double) wellFormed / (wellFormed + malformed), List.of());
    }
    List<Score> scores = new ArrayList<>();
    for (VietnameseEncoding e : LEGACY) {
      scores.add(score(e, e.decode(bytes), false));
    }
    scores.sort(Comparator.comparingInt(Score::value).reversed());
    Score best = scores.get(0);
    int second = Math.max(0, scores.get(1).value());
    int marked = best.vietnamese() + best.other();
    double confidence = best.value() <= 0 || marked == 0 ? 0
        : Math.min(1, (double) (best.value() - second) / marked);
    return new Detection(best.encoding(), Math.max(0, confidence), scores);
  }

  /** Scores a decoding: words with non-ASCII letters (or composed VIQR marks). */
  private static Score score(VietnameseEncoding encoding, String text, boolean viqr) {
    int vietnamese = 0;
    int other = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\uFFFD') {
        other++;
        i++;
        continue;
      }
      if (!isWordChar(c)) {
        i++;
        continue;
      }
      int start = i;
      boolean nonAscii = false;
      while (i < n && isWordChar(text.charAt(i))) {
        nonAscii |= text.charAt(i) >= 0x80;
        i++;
      }
      if (!nonAscii) {
        continue;
      }
      if (VietnameseSyllable.isValid(text, start, i)) {
        vietnamese++;
      } else {
        other++;
      }
    }
    return new Score(encoding, vietnamese, viqr ? 0 : other);
  }

  private static boolean isWordChar(char c) {
    if (Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static int letterRuns(String text) {
    int runs = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetter(text.charAt(i));
      if (letter && !in) {
        runs++;
      }
      in = letter;
    }
    return runs;
  }

  /** Whether the bytes are valid UTF-8, allowing a sequence cut at the very end. */
  static boolean isUtf8(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 4);
    return !decoder.decode(in, out, false).isError();
  }
}
