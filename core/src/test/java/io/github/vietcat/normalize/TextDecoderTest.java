package io.github.vietcat.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  private static byte[] withInvalidBytes() {
    byte[] good = "Hà Nội".getBytes(StandardCharsets.UTF_8); // 9 bytes
    byte[] out = new byte[good.length + 3];
    System.arraycopy(good, 0, out, 0, 4); // "Hà " is 4 bytes
    out[4] = (byte) 0xC3; // lead byte without its continuation
    out[5] = (byte) 0xFF; // never valid
    System.arraycopy(good, 4, out, 6, good.length - 4);
    out[out.length - 1] = (byte) 0x80; // stray continuation byte
    return out;
  }

  @Test
  void reportsTheOffsetOfTheFirstBadByte() {
    TextDecoder.InvalidUtf8Exception e = assertThrows(TextDecoder.InvalidUtf8Exception.class,
        () -> new TextDecoder(TextDecoder.Policy.REPORT).decode(withInvalidBytes()));
    assertEquals(4, e.byteOffset());
    assertTrue(e.getMessage().contains("byte offset 4"));
  }

  @Test
  void replacesAndCounts() {
    TextDecoder.Result result = new TextDecoder(TextDecoder.Policy.REPLACE).decode(withInvalidBytes());
    assertEquals("Hà \uFFFD\uFFFDNội\uFFFD", result.text());
    assertEquals(3, result.replacements());
  }

  @Test
  void validInputHasNoReplacements() throws IOException {
    byte[] bytes = "Đảng ủy 😀".getBytes(StandardCharsets.UTF_8);
    TextDecoder.Result result =
        new TextDecoder(TextDecoder.Policy.REPORT).decode(new ByteArrayInputStream(bytes));
    assertEquals("Đảng ủy 😀", result.text());
    assertEquals(0, result.replacements());
  }

  @Test
  void nullIsRejected() {
    assertThrows(NullPointerException.class,
        () -> new TextDecoder(TextDecoder.Policy.REPLACE).decode((byte[]) null));
  }

  @Test
  void anEncodedSurrogateIsInvalid() {
    // U+D800 written as if it were a scalar value (CESU-8 style): three bytes, none valid UTF-8.
    byte[] bytes = {'a', ' ', (byte) 0xED, (byte) 0xA0, (byte) 0x80, ' ', 'b'};
    TextDecoder.InvalidUtf8Exception e = assertThrows(TextDecoder.InvalidUtf8Exception.class,
        () -> new TextDecoder(TextDecoder.Policy.REPORT).decode(bytes));
    assertEquals(2, e.byteOffset());
    TextDecoder.Result replaced = new TextDecoder(TextDecoder.Policy.REPLACE).decode(bytes);
    // The JDK's decoder reports the three bytes as one malformed sequence, so one U+FFFD.
    assertEquals("a \uFFFD b", replaced.text());
    assertEquals(1, replaced.replacements());
  }

  @Test
  void aByteOrderMarkIsKeptAndUtf16IsNotMistakenForUtf8() {
    byte[] withBom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'};
    assertEquals("\uFEFFa", new TextDecoder(TextDecoder.Policy.REPORT).decode(withBom).text());
    // UTF-16 with its byte order mark: the mark is invalid UTF-8, never decoded as text.
    byte[] utf16 = "Hà".getBytes(StandardCharsets.UTF_16);
    assertEquals(0, assertThrows(TextDecoder.InvalidUtf8Exception.class,
        () -> new TextDecoder(TextDecoder.Policy.REPORT).decode(utf16)).byteOffset());
  }

  @Test
  void emptyInputIsEmptyText() {
    TextDecoder.Result result = new TextDecoder(TextDecoder.Policy.REPORT).decode(new byte[0]);
    assertEquals("", result.text());
    assertEquals(0, result.replacements());
  }
}
