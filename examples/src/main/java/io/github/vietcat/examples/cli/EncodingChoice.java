package io.github.vietcat.examples.cli;

import io.github.vietcat.encoding.EncodingDetector;
import io.github.vietcat.encoding.VietnameseEncoding;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * The {@code --encoding} policy: one encoding for every input, or {@code auto} to detect each
 * input's encoding from its first bytes ({@link EncodingDetector}).
 *
 * @param fixed the encoding to use, or null for auto
 */
record EncodingChoice(VietnameseEncoding fixed) {

  /** Strict UTF-8, the default. */
  static final EncodingChoice UTF_8 = new EncodingChoice(VietnameseEncoding.UTF_8);

  /** The names the option accepts, for help and messages. */
  static final String NAMES = "auto, " + Arrays.stream(VietnameseEncoding.values())
      .map(VietnameseEncoding::cliName).collect(Collectors.joining(", "));

  private static final EncodingDetector DETECTOR = new EncodingDetector();

  /**
   * What the input's first bytes come out as under this policy.
   *
   * @param encoding the encoding to decode with
   * @param note what to tell the user (the detected encoding), or null
   */
  record Decision(VietnameseEncoding encoding, String note) {}

  /**
   * Decides how to decode an input.
   *
   * @param head the input's first bytes (after a UTF-8 byte-order mark)
   * @return the encoding, and a note when it was detected
   * @throws InputException under auto, when the encoding cannot be told
   */
  Decision decide(byte[] head) throws InputException {
    if (fixed != null) {
      return new Decision(fixed, null);
    }
    EncodingDetector.Detection d = DETECTOR.detect(head);
    if (d.encoding() == VietnameseEncoding.UTF_8) {
      return new Decision(VietnameseEncoding.UTF_8, null);
    }
    if (!d.isConfident()) {
      throw new InputException(String.format(Locale.ROOT,
          "cannot tell the encoding: not UTF-8; %s; name it with --encoding (%s)",
          guesses(d), NAMES));
    }
    return new Decision(d.encoding(), String.format(Locale.ROOT,
        "read as %s (detected, confidence %.2f)", d.encoding().cliName(), d.confidence()));
  }

  private static String guesses(EncodingDetector.Detection d) {
    if (d.scores().isEmpty() || d.scores().get(0).vietnamese() == 0) {
      return "no legacy Vietnamese encoding fits either";
    }
    return d.scores().stream().limit(2)
        .map(s -> s.encoding().cliName() + " (" + s.vietnamese() + " Vietnamese words, "
            + s.other() + " others)")
        .collect(Collectors.joining(" or ", "best guesses ", ""));
  }

  /**
   * Advice for bytes that are not UTF-8: the legacy encoding they look like and how to read or
   * convert them, or to save the file as UTF-8.
   *
   * @param head the input's first bytes
   * @return advice, starting with a lower-case letter
   */
  static String hint(byte[] head) {
    EncodingDetector.Detection d = DETECTOR.detect(head);
    if (d.encoding() == VietnameseEncoding.UTF_8 || !d.isConfident()) {
      return "save the file as UTF-8";
    }
    String name = d.encoding().cliName();
    String convert = d.encoding().iconvName()
        .map(iconv -> "or convert it with 'iconv -f " + iconv + " -t UTF-8'")
        .orElse("or convert it to UTF-8 with a converter that knows " + name.toUpperCase(Locale.ROOT));
    return String.format(Locale.ROOT,
        "it looks like %s (confidence %.2f): read it with --encoding %s (or --encoding auto), %s",
        name, d.confidence(), name, convert);
  }

  /** Parses the option's value. */
  static final class Converter implements CommandLine.ITypeConverter<EncodingChoice> {
    @Override
    public EncodingChoice convert(String value) {
      if (value.equalsIgnoreCase("auto")) {
        return new EncodingChoice(null);
      }
      return VietnameseEncoding.forName(value).map(EncodingChoice::new)
          .orElseThrow(() -> new CommandLine.TypeConversionException(
              "unknown encoding '" + value + "' (known: " + NAMES + ")"));
    }
  }
}
