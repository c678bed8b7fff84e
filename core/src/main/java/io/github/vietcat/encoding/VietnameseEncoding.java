package io.github.vietcat.encoding;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The encodings Vietnamese text is found in, with a decoder to Unicode NFC for each. The legacy
 * ones come from their published definitions:
 *
 * <ul>
 *   <li>{@link #TCVN3}: TCVN 5712:1993 (the "ABC" fonts' .VnTime text), from glibc's {@code
 *       TCVN5712-1} table ({@link LegacyTables}); its combining tone bytes 0xB0-0xB4 are composed;
 *   <li>{@link #VNI}: the VNI-Windows font encoding, where a letter is an ASCII base letter
 *       followed by one byte for its marks ("Vie" + 0xE4 + "t" is "Việt"), built from the VNI
 *       key map as Unikey and other converters document it: tone bytes 0xF9 acute, 0xF8 grave,
 *       0xFB hook, 0xF5 tilde, 0xEF dot below; 0xE2, 0xE1, 0xE0, 0xE5, 0xE3, 0xE4 circumflex alone
 *       or with a tone; 0xEA, 0xE9, 0xE8, 0xFA, 0xFC, 0xEB breve alone or with a tone; whole
 *       letters 0xF4 ơ, 0xF6 ư, 0xF1 đ, 0xED í, 0xEC ì, 0xE6 ỉ, 0xF3 ĩ, 0xF2 ị, 0xEE ỵ; capitals use
 *       the same bytes minus 0x20; other bytes read as Windows-1252;
 *   <li>{@link #VIQR}: RFC 1456's ASCII mnemonics: after a vowel, {@code (} breve, {@code ^}
 *       circumflex, {@code +} horn, then {@code '} acute, {@code `} grave, {@code ?} hook, {@code ~}
 *       tilde, {@code .} dot below; {@code dd} đ at the start of a word; a backslash keeps the next
 *       mark literal. A {@code .} or {@code ?} after a vowel counts as a tone when a letter or
 *       punctuation follows, or a space and then a lower-case letter or a digit; at the end of a line or
 *       before a space and a capital it ends a sentence (VIQR is ambiguous there);
 *   <li>{@link #WINDOWS_1258}: Microsoft's code page 1258 (base letters plus combining tone
 *       marks), by the JDK's decoder, then NFC;
 *   <li>{@link #VISCII}: RFC 1456's VISCII, from glibc's {@code VISCII} table.
 * </ul>
 *
 * <p>Decoding never fails: bytes a table leaves undefined become U+FFFD. Thread-safe.
 *
 * @since 0.2
 */
public enum VietnameseEncoding {
  /** UTF-8 (what the library expects). */
  UTF_8("utf-8", "UTF-8"),
  /** TCVN 5712:1993 / TCVN3 (ABC). */
  TCVN3("tcvn3", "TCVN5712-1"),
  /** VNI-Windows. */
  VNI("vni", null),
  /** VIQR (RFC 1456). */
  VIQR("viqr", null),
  /** Windows-1258. */
  WINDOWS_1258("windows-1258", "WINDOWS-1258"),
  /** VISCII (RFC 1456). */
  VISCII("viscii", "VISCII");

  private final String cliName;
  private final String iconvName;

  VietnameseEncoding(String cliName, String iconvName) {
    this.cliName = cliName;
    this.iconvName = iconvName;
  }

  /**
   * The name used on the command line ({@code --encoding tcvn3}).
   *
   * @return the lower-case name
   */
  public String cliName() {
    return cliName;
  }

  /**
   * The name glibc's {@code iconv} knows this encoding by, for advice such as {@code iconv -f
   * TCVN5712-1 -t UTF-8}; empty for VNI and VIQR, which iconv does not know.
   *
   * @return the iconv name, if any
   */
  public Optional<String> iconvName() {
    return Optional.ofNullable(iconvName);
  }

  /**
   * The encoding with the given command-line name (case-insensitive; "cp1258", "abc" and
   * "tcvn5712-1" are accepted too).
   *
   * @param name the name
   * @return the encoding, if the name is known
   */
  public static Optional<VietnameseEncoding> forName(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace('_', '-');
    for (VietnameseEncoding e : values()) {
      if (e.cliName.equals(n)) {
        return Optional.of(e);
      }
    }
    return switch (n) {
      case "utf8" -> Optional.of(UTF_8);
      case "abc", "tcvn", "tcvn5712-1", "tcvn-5712" -> Optional.of(TCVN3);
      case "cp1258", "windows1258" -> Optional.of(WINDOWS_1258);
      default -> Optional.empty();
    };
  }

  /**
   * Decodes bytes in this encoding to NFC text.
   *
   * @param bytes the bytes
   * @return the text, in NFC
   */
  public String decode(byte[] bytes) {
    return decode(bytes, 0, bytes.length);
  }

  /**
   * Decodes part of an array.
   *
   * @param bytes the bytes
   * @param from the first byte
   * @param to the end (exclusive)
   * @return the text, in NFC
   */
  public String decode(byte[] bytes, int from, int to) {
    String raw = switch (this) {
      case UTF_8 -> new String(bytes, from, to - from, StandardCharsets.UTF_8);
      case TCVN3 -> table(LegacyTables.TCVN, bytes, from, to);
      case VISCII -> table(LegacyTables.VISCII, bytes, from, to);
      case WINDOWS_1258 -> new String(bytes, from, to - from, CP1258);
      case VNI -> Vni.decode(bytes, from, to);
      case VIQR -> Viqr.decode(new String(bytes, from, to - from, StandardCharsets.ISO_8859_1));
    };
    return Normalizer.normalize(raw, Normalizer.Form.NFC);
  }

  /**
   * Encodes text in this encoding, as a legacy editor would have saved it (for tests and for
   * measuring detection): a char the encoding cannot hold becomes {@code ?}. TCVN3 keeps the
   * upper-case toned vowels of its VN1 table; Windows-1258 writes a precomposed letter when the
   * code page has it, else the base letter and a combining tone mark.
   *
   * @param text the text
   * @return the bytes
   */
  public byte[] encode(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    return switch (this) {
      case UTF_8 -> nfc.getBytes(StandardCharsets.UTF_8);
      case TCVN3 -> Tables.encode(LegacyTables.TCVN, nfc, true);
      case VISCII -> Tables.encode(LegacyTables.VISCII, nfc, false);
      case WINDOWS_1258 -> encodeCp1258(nfc);
      case VNI -> Vni.encode(nfc);
      case VIQR -> Viqr.encode(nfc).getBytes(StandardCharsets.ISO_8859_1);
    };
  }

  static final Charset CP1258 = Charset.forName("windows-1258");

  private static String table(String table, byte[] bytes, int from, int to) {
    char[] out = new char[to - from];
    for (int i = from; i < to; i++) {
      out[i - from] = table.charAt(bytes[i] & 0xFF);
    }
    return new String(out);
  }

  private static byte[] encodeCp1258(String nfc) {
    CharsetEncoder encoder = CP1258.newEncoder()
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .onMalformedInput(CodingErrorAction.REPORT);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(nfc.length() + 16);
    CharsetEncoder lenient = CP1258.newEncoder()
        .onUnmappableCharacter(CodingErrorAction.REPLACE)
        .onMalformedInput(CodingErrorAction.REPLACE);
    for (int i = 0; i < nfc.length(); i++) {
      String c = String.valueOf(nfc.charAt(i));
      String form = encoder.canEncode(c) ? c : Tables.splitTone(c);
      try {
        ByteBuffer bytes = lenient.encode(CharBuffer.wrap(form));
        out.write(bytes.array(), 0, bytes.limit());
      } catch (java.nio.charset.CharacterCodingException e) {
        out.write('?');
      }
    }
    return out.toByteArray();
  }
}
