package io.github.vietcat.encoding;

import java.io.ByteArrayOutputStream;
import java.text.Normalizer;

/** Encoding helpers shared by the table-based encodings. */
final class Tables {

  private Tables() {}

  /** Tone marks as combining chars: acute, grave, hook above, tilde, dot below. */
  static final String TONES = "\u0301\u0300\u0309\u0303\u0323";

  /**
   * A letter split into its toneless letter (composed, such as "ê") and its combining tone mark,
   * or the letter as it is when it has no tone.
   */
  static String splitTone(String letter) {
    String nfd = Normalizer.normalize(letter, Normalizer.Form.NFD);
    StringBuilder base = new StringBuilder();
    String tone = "";
    for (int i = 0; i < nfd.length(); i++) {
      char c = nfd.charAt(i);
      if (TONES.indexOf(c) >= 0) {
        tone = String.valueOf(c);
      } else {
        base.append(c);
      }
    }
    return Normalizer.normalize(base, Normalizer.Form.NFC) + tone;
  }

  /**
   * Encodes with a byte table: each char by its byte; else, when {@code combiningTones}, as the
   * toneless letter's byte plus the tone's combining byte; else {@code ?}.
   */
  static byte[] encode(String table, String nfc, boolean combiningTones) {
    int[] reverse = new int[65536];
    java.util.Arrays.fill(reverse, -1);
    for (int b = 255; b >= 0; b--) {
      reverse[table.charAt(b)] = b;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(nfc.length());
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (reverse[c] >= 0) {
        out.write(reverse[c]);
        continue;
      }
      String split = splitTone(String.valueOf(c));
      if (combiningTones && split.length() == 2 && reverse[split.charAt(0)] >= 0
          && reverse[split.charAt(1)] >= 0) {
        out.write(reverse[split.charAt(0)]);
        out.write(reverse[split.charAt(1)]);
      } else {
        out.write('?');
      }
    }
    return out.toByteArray();
  }
}
