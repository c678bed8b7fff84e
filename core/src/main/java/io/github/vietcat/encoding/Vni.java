package io.github.vietcat.encoding;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.text.Normalizer;

/** The VNI-Windows encoding (see {@link VietnameseEncoding#VNI} for the table's source). */
final class Vni {

  private Vni() {}

  private static final Charset CP1252 = Charset.forName("windows-1252");

  /** Combining marks for a mark byte (lower-case form), or null; index {@code byte - 0xE0}. */
  private static final String[] MARKS = new String[32];
  /** Which bases a mark byte may follow: 't' any vowel, 'c' a/e/o (circumflex), 'b' a (breve). */
  private static final char[] KIND = new char[32];
  /** Whole letters for a byte (lower-case form), or 0; index {@code byte - 0xE0}. */
  private static final char[] LETTERS = new char[32];

  private static void mark(int b, char kind, String marks) {
    MARKS[b - 0xE0] = marks;
    KIND[b - 0xE0] = kind;
  }

  static {
    mark(0xF9, 't', "\u0301");
    mark(0xF8, 't', "\u0300");
    mark(0xFB, 't', "\u0309");
    mark(0xF5, 't', "\u0303");
    mark(0xEF, 't', "\u0323");
    mark(0xE2, 'c', "\u0302");
    mark(0xE1, 'c', "\u0302\u0301");
    mark(0xE0, 'c', "\u0302\u0300");
    mark(0xE5, 'c', "\u0302\u0309");
    mark(0xE3, 'c', "\u0302\u0303");
    mark(0xE4, 'c', "\u0302\u0323");
    mark(0xEA, 'b', "\u0306");
    mark(0xE9, 'b', "\u0306\u0301");
    mark(0xE8, 'b', "\u0306\u0300");
    mark(0xFA, 'b', "\u0306\u0309");
    mark(0xFC, 'b', "\u0306\u0303");
    mark(0xEB, 'b', "\u0306\u0323");
    LETTERS[0xF4 - 0xE0] = 'ơ';
    LETTERS[0xF6 - 0xE0] = 'ư';
    LETTERS[0xF1 - 0xE0] = 'đ';
    LETTERS[0xED - 0xE0] = 'í';
    LETTERS[0xEC - 0xE0] = 'ì';
    LETTERS[0xE6 - 0xE0] = 'ỉ';
    LETTERS[0xF3 - 0xE0] = 'ĩ';
    LETTERS[0xF2 - 0xE0] = 'ị';
    LETTERS[0xEE - 0xE0] = 'ỵ';
  }

  /** The index into the tables for a byte in 0xC0-0xFF, and whether it is the capital form. */
  private static int index(int b) {
    return b >= 0xE0 ? b - 0xE0 : b >= 0xC0 ? b - 0xC0 : -1;
  }

  private static boolean accepts(char kind, char base) {
    char lower = Character.toLowerCase(base);
    return switch (kind) {
      case 't' -> "aeiouyơư".indexOf(lower) >= 0;
      case 'c' -> "aeo".indexOf(lower) >= 0;
      case 'b' -> lower == 'a';
      default -> false;
    };
  }

  static String decode(byte[] bytes, int from, int to) {
    StringBuilder out = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      int b = bytes[i] & 0xFF;
      int k = index(b);
      if (k >= 0 && MARKS[k] != null && out.length() > 0
          && accepts(KIND[k], out.charAt(out.length() - 1))) {
        out.append(MARKS[k]);
      } else if (k >= 0 && LETTERS[k] != 0) {
        out.append(b >= 0xE0 ? LETTERS[k] : Character.toUpperCase(LETTERS[k]));
      } else if (b < 0x80) {
        out.append((char) b);
      } else {
        out.append(new String(bytes, i, 1, CP1252));
      }
    }
    return out.toString();
  }

  static byte[] encode(String nfc) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(nfc.length() + 16);
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (c < 0x80) {
        out.write(c);
        continue;
      }
      int whole = wholeLetter(c);
      if (whole >= 0) {
        out.write(whole);
        continue;
      }
      String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      char base = nfd.charAt(0);
      String marks = nfd.substring(1);
      boolean upper = Character.isUpperCase(base);
      int shift = upper ? 0x20 : 0;
      // ơ and ư are whole letters that take a tone byte.
      if (marks.startsWith("\u031B")) {
        base = Character.toLowerCase(base) == 'o' ? (upper ? 'Ơ' : 'ơ') : (upper ? 'Ư' : 'ư');
        marks = marks.substring(1);
        out.write(wholeLetter(base));
      } else if (base < 0x80) {
        out.write(base);
      } else {
        out.write('?');
        continue;
      }
      if (marks.isEmpty()) {
        continue;
      }
      int mark = markByte(reorder(marks));
      if (mark < 0) {
        out.write('?');
      } else {
        out.write(mark - shift);
      }
    }
    return out.toByteArray();
  }

  /** NFD puts the dot below before the circumflex or breve; the table lists shape first. */
  private static String reorder(String marks) {
    if (marks.length() == 2 && marks.charAt(0) == '\u0323') {
      return marks.substring(1) + marks.charAt(0);
    }
    return marks;
  }

  private static int markByte(String marks) {
    for (int k = 0; k < 32; k++) {
      if (marks.equals(MARKS[k])) {
        return 0xE0 + k;
      }
    }
    return -1;
  }

  private static int wholeLetter(char c) {
    char lower = Character.toLowerCase(c);
    for (int k = 0; k < 32; k++) {
      if (LETTERS[k] == lower) {
        return Character.isUpperCase(c) ? 0xC0 + k : 0xE0 + k;
      }
    }
    return -1;
  }
}
