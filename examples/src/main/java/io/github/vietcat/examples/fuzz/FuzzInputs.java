package io.github.vietcat.examples.fuzz;

import io.github.vietcat.encoding.VietnameseEncoding;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Random;

/**
 * Random inputs made by mutating pieces written for the purpose: Vietnamese words in NFC and NFD,
 * HTML constructs left open, entities, combining-mark runs, document codes, odd line ends, legacy
 * encodings' bytes, invalid UTF-8. Deterministic for a seed.
 */
public final class FuzzInputs {

  /** Pieces the inputs are built from (written for the fuzzer, not taken from any corpus). */
  static final List<String> PIECES = List.of(
      "Ủy ban nhân dân xã", " ", " ", "\n", "\r\n", "\r", "\t", "số", ":", "14/2018/NĐ-CP", "12/3",
      "tháng", "10/2019", "7h30", "1.000,5", "55%", "TP.", "HCM", "PGS.TS", "...", "?!", "“",
      "”", "<p>", "</p>", "<br/>", "<!--", "-->", "<script>", "</script>", "<style>", "<a href=\"",
      "\">", "<", ">", "&amp;", "&#7843;", "&#x1EA1;", "&nbsp;", "&", ";", "a\u0301", "\u0301",
      "\u0323\u0302", "\u0300".repeat(40), "\u200B", "\u00A0", "\uFEFF", "\u2028", "\u0000",
      "\u0007", "\uD83D\uDE00", "\uD800", "\uDC00", "www.xa.gov.vn", "a@b.vn", "#tin", "@ban",
      "Đ", "Ð", "đ", "ð", "Hoà", "hòa", "Thủy", "thuỷ", "qu", "gi", "ươ", "ngh", "OK", "x",
      "ắ", "Ặ", "ỹ", "Ỵ", "Ω", "ά", "ﬁ", "ǅ", "İ", "ß");

  private final Random random;

  /**
   * Creates a generator.
   *
   * @param seed the seed
   */
  public FuzzInputs(long seed) {
    this.random = new Random(seed);
  }

  /**
   * The next input.
   *
   * @return its bytes
   */
  public byte[] next() {
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(40);
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES.get(random.nextInt(PIECES.size())));
    }
    String s = text.toString();
    if (random.nextInt(4) == 0) {
      s = Normalizer.normalize(s, Normalizer.Form.NFD);
    }
    byte[] bytes;
    int how = random.nextInt(10);
    if (how == 0) {
      VietnameseEncoding[] all = VietnameseEncoding.values();
      bytes = all[random.nextInt(all.length)].encode(s);
    } else {
      bytes = s.getBytes(StandardCharsets.UTF_8);
    }
    return mutate(bytes);
  }

  /** Flips, inserts, deletes and repeats bytes, a few times. */
  private byte[] mutate(byte[] in) {
    byte[] bytes = in;
    int rounds = random.nextInt(4);
    for (int r = 0; r < rounds; r++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 16);
      int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
      switch (random.nextInt(4)) {
        case 0 -> { // flip a byte
          out.write(bytes, 0, bytes.length);
          byte[] b = out.toByteArray();
          if (b.length > 0) {
            b[Math.min(at, b.length - 1)] ^= (byte) (1 << random.nextInt(8));
          }
          bytes = b;
          continue;
        }
        case 1 -> { // insert a random byte
          out.write(bytes, 0, at);
          out.write(random.nextInt(256));
          out.write(bytes, at, bytes.length - at);
        }
        case 2 -> { // delete a stretch
          int end = Math.min(bytes.length, at + random.nextInt(8));
          out.write(bytes, 0, at);
          out.write(bytes, end, bytes.length - end);
        }
        default -> { // repeat a stretch
          int end = Math.min(bytes.length, at + random.nextInt(32));
          out.write(bytes, 0, end);
          for (int k = random.nextInt(50); k > 0; k--) {
            out.write(bytes, at, end - at);
          }
          out.write(bytes, end, bytes.length - end);
        }
      }
      bytes = out.toByteArray();
    }
    return bytes;
  }
}
