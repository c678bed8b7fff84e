package io.github.vietcat.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReaderTest {

  @TempDir Path dir;

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] all = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }

  @Test
  void decodesUtf8ExactlyAndKeepsDecomposedText() throws InputException {
    String text = "Ủy ban nhân dân\r\ntỉnh Hòa Lâm\tnăm 2026 — “Chỉ thị” 😀";
    assertEquals(text, TextReader.decode(utf8(text)));
    String decomposed = "Hoa\u0300 Lâm"; // stays decomposed: normalizing is the pipeline's job
    assertEquals(decomposed, TextReader.decode(utf8(decomposed)));
  }

  @Test
  void dropsTheByteOrderMark() throws InputException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    assertEquals("Tỉnh ủy", TextReader.decode(concat(bom, utf8("Tỉnh ủy"))));
    assertEquals("", TextReader.decode(bom));
    assertEquals("", TextReader.decode(new byte[0]));
  }

  @Test
  void invalidUtf8IsReportedWithItsOffsetAndLine() {
    // "ệ" in Windows-1258-like single bytes, after two valid lines.
    byte[] bytes = concat(utf8("Dòng một\nDòng hai\nvi"), new byte[] {(byte) 0xEA, 't'});
    InputException e = assertThrows(InputException.class, () -> TextReader.decode(bytes));
    assertEquals("invalid UTF-8 at byte offset 24 (line 3, byte 0xEA); save the file as UTF-8",
        e.getMessage());
  }

  @Test
  void truncatedSequenceAtTheEndIsInvalid() {
    byte[] bytes = concat(utf8("ab"), new byte[] {(byte) 0xE1, (byte) 0xBB});
    InputException e = assertThrows(InputException.class, () -> TextReader.decode(bytes));
    assertEquals("invalid UTF-8 at byte offset 2 (line 1, byte 0xE1); save the file as UTF-8",
        e.getMessage());
  }

  @Test
  void encodedSurrogatesAreInvalid() {
    byte[] bytes = {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80};
    InputException e = assertThrows(InputException.class, () -> TextReader.decode(bytes));
    assertEquals("invalid UTF-8 at byte offset 1 (line 1, byte 0xED); save the file as UTF-8",
        e.getMessage());
  }

  @Test
  void binaryDataIsRefused() {
    byte[] bytes = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    InputException e = assertThrows(InputException.class, () -> TextReader.decode(bytes));
    assertEquals("binary file (NUL byte at offset 8), skipped", e.getMessage());
  }

  @Test
  void utf16WithoutAByteOrderMarkIsRefusedWithAHintNotCalledBinary() {
    String text = "Hôm nay Ủy ban họp.";
    for (Charset utf16 : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      InputException e = assertThrows(InputException.class,
          () -> TextReader.decode(text.getBytes(utf16)));
      assertEquals("UTF-16 text without a byte-order mark; convert it to UTF-8", e.getMessage(),
          utf16.name());
    }
    // One NUL among few bytes is not enough to call it UTF-16.
    InputException e = assertThrows(InputException.class,
        () -> TextReader.decode(new byte[] {'a', 'b', 'c', 0, 'd', 'e', 'f', 'g'}));
    assertEquals("binary file (NUL byte at offset 3), skipped", e.getMessage());
  }

  @Test
  void utf16IsRefusedWithAHint() {
    byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        "Hà".getBytes(StandardCharsets.UTF_16LE));
    InputException e = assertThrows(InputException.class, () -> TextReader.decode(bytes));
    assertEquals("UTF-16 text; convert it to UTF-8", e.getMessage());
  }

  @Test
  void readsFilesAndStandardInput() throws IOException, InputException {
    Path file = dir.resolve("a.txt");
    Files.writeString(file, "Huyện ủy");
    TextReader reader = new TextReader(new ByteArrayInputStream(utf8("từ stdin")));
    assertEquals("Huyện ủy", reader.read(new Input("a.txt", file)));
    assertEquals("từ stdin", reader.read(Input.stdin()));
  }

  @Test
  void missingAndDirectoryInputsAreRefused() {
    TextReader reader = new TextReader(new ByteArrayInputStream(new byte[0]));
    InputException missing = assertThrows(InputException.class,
        () -> reader.read(new Input("gone.txt", dir.resolve("gone.txt"))));
    assertEquals("cannot read: no such file or directory", missing.getMessage());
    InputException directory = assertThrows(InputException.class,
        () -> reader.read(new Input("d", dir)));
    assertEquals("is a directory", directory.getMessage());
  }
}
