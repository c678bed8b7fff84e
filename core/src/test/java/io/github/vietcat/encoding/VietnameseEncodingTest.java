package io.github.vietcat.encoding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fixtures written byte by byte from the published tables, and their decodings. */
class VietnameseEncodingTest {

  private static final String TEXT = "Đồng chí Việt được";

  private static byte[] bytes(Object... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (Object p : parts) {
      if (p instanceof String s) {
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
      } else {
        out.write((Integer) p);
      }
    }
    return out.toByteArray();
  }

  /** "Đồng chí Việt được" in each encoding, spelt out from the tables. */
  static final Map<VietnameseEncoding, byte[]> FIXTURES = Map.of(
      VietnameseEncoding.TCVN3, bytes(0xA7, 0xE5, "ng ch", 0xDD, " Vi", 0xD6, "t ", 0xAE, 0xAD,
          0xEE, "c"),
      VietnameseEncoding.VNI, bytes(0xD1, "o", 0xE0, "ng ch", 0xED, " Vie", 0xE4, "t ", 0xF1,
          0xF6, 0xF4, 0xEF, "c"),
      VietnameseEncoding.VIQR, bytes("DDo^`ng chi' Vie^.t ddu+o+.c"),
      VietnameseEncoding.WINDOWS_1258, bytes(0xD0, 0xF4, 0xCC, "ng ch", 0xED, " Vi", 0xEA, 0xF2,
          "t ", 0xF0, 0xFD, 0xF5, 0xF2, "c"),
      VietnameseEncoding.VISCII, bytes(0xD0, 0xB0, "ng ch", 0xED, " Vi", 0xAE, "t ", 0xF0, 0xDF,
          0xFE, "c"));

  @Test
  void eachFixtureDecodesToTheNfcText() {
    FIXTURES.forEach((encoding, fixture) -> {
      String decoded = encoding.decode(fixture);
      assertEquals(TEXT, decoded, encoding.name());
      assertTrue(Normalizer.isNormalized(decoded, Normalizer.Form.NFC));
    });
  }

  @Test
  void encodingGivesTheFixtureBack() {
    FIXTURES.forEach((encoding, fixture) ->
        assertArrayEquals(fixture, encoding.encode(TEXT), encoding.name()));
  }

  @Test
  void tcvn3CombiningToneBytesCompose() {
    // "a" then the combining acute byte 0xB3: one precomposed letter.
    assertEquals("xá", VietnameseEncoding.TCVN3.decode(bytes("xa", 0xB3)));
  }

  @Test
  void vniCapitalsUseTheMarkBytesMinus0x20() {
    // "VIỆT NAM" and "ƯỚC": E + 0xC4 (circumflex and dot below), Ư 0xD6 + 0xD9 (acute).
    assertEquals("VIỆT NAM ƯỚC", VietnameseEncoding.VNI.decode(
        bytes("VIE", 0xC4, "T NAM ", 0xD6, 0xD4, 0xD9, "C")));
  }

  @Test
  void viqrEndOfSentenceStaysADot() {
    assertEquals("Trời mưa. Đi về nhà.", VietnameseEncoding.VIQR.decode(
        bytes("Tro+`i mu+a. DDi ve^` nha`.")));
    assertEquals("bị mưa", VietnameseEncoding.VIQR.decode(bytes("bi. mu+a")));
    assertEquals("a.b", VietnameseEncoding.VIQR.decode(bytes("a\\.b")));
  }

  @Test
  void namesAreRecognised() {
    assertEquals(VietnameseEncoding.WINDOWS_1258, VietnameseEncoding.forName("CP1258").get());
    assertEquals(VietnameseEncoding.TCVN3, VietnameseEncoding.forName("abc").get());
    assertEquals(VietnameseEncoding.UTF_8, VietnameseEncoding.forName("UTF-8").get());
    assertFalse(VietnameseEncoding.forName("latin-9").isPresent());
  }

  @Test
  void theReaderDecodesLongLinesInPiecesLikeTheWhole() throws IOException {
    String line = "Người dân đắp đê chống lũ ".repeat(6000) + "\nhết\n";
    for (VietnameseEncoding e : FIXTURES.keySet()) {
      byte[] encoded = e.encode(line);
      assertTrue(encoded.length > 2 * LegacyTextReader.MAX_LINE_BYTES);
      StringWriter out = new StringWriter();
      try (LegacyTextReader reader = new LegacyTextReader(new ByteArrayInputStream(encoded), e)) {
        reader.transferTo(out);
      }
      assertEquals(line, out.toString(), e.name());
    }
  }
}
