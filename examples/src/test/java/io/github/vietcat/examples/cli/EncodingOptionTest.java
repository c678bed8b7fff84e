package io.github.vietcat.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vietcat.encoding.VietnameseEncoding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --encoding} and the advice given for legacy text read as UTF-8. */
class EncodingOptionTest {

  /** Written for the test. */
  private static final String TEXT = "Ủy ban nhân dân xã tổ chức họp bàn việc sửa đường.\n"
      + "Người dân đồng tình với kế hoạch.\n";

  @TempDir Path dir;

  private Path write(VietnameseEncoding encoding) throws IOException {
    Path file = dir.resolve(encoding.cliName() + ".txt");
    Files.write(file, encoding.encode(TEXT));
    return file;
  }

  @Test
  void legacyTextReadAsUtf8NamesTheLikelyEncodingAndTheFix() throws IOException {
    Path file = write(VietnameseEncoding.TCVN3);
    CliRun run = CliRun.run("tokenize", file.toString());
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
    assertTrue(run.err().startsWith("vietcat: " + file + ": invalid UTF-8 at byte offset 0 "
        + "(line 1, byte 0x9E); it looks like tcvn3 (confidence "), run.err());
    assertTrue(run.err().endsWith("): read it with --encoding tcvn3 (or --encoding auto), or "
        + "convert it with 'iconv -f TCVN5712-1 -t UTF-8'\n"), run.err());

    Path vni = write(VietnameseEncoding.VNI);
    CliRun vniRun = CliRun.run("segment", vni.toString());
    assertTrue(vniRun.err().endsWith("read it with --encoding vni (or --encoding auto), or "
        + "convert it to UTF-8 with a converter that knows VNI\n"), vniRun.err());
  }

  @Test
  void autoReadsEachLegacyEncodingAsTheUtf8TextWouldBeRead() throws IOException {
    Path utf8 = dir.resolve("utf8.txt");
    Files.writeString(utf8, TEXT);
    String expected = CliRun.run("tokenize", utf8.toString()).out();
    for (VietnameseEncoding e : VietnameseEncoding.values()) {
      if (e == VietnameseEncoding.UTF_8) {
        continue;
      }
      Path file = write(e);
      CliRun auto = CliRun.run("tokenize", "--encoding", "auto", file.toString());
      assertEquals(0, auto.exitCode(), e + ": " + auto.err());
      assertEquals(expected, auto.out(), e.name());
      assertTrue(auto.err().startsWith("vietcat: " + file + ": read as " + e.cliName()
          + " (detected, confidence "), auto.err());
      CliRun named = CliRun.run("tokenize", "--encoding", e.cliName(), file.toString());
      assertEquals(expected, named.out(), e.name());
      assertEquals("", named.err());
      CliRun classify = CliRun.run("classify", "--encoding", e.cliName(), file.toString());
      assertEquals(0, classify.exitCode(), classify.err());
    }
  }

  @Test
  void autoRefusesWhatItCannotTell() throws IOException {
    Path odd = dir.resolve("odd.txt");
    Files.write(odd, new byte[] {'x', (byte) 0x81, (byte) 0x8D, ' ', 'y'});
    CliRun run = CliRun.run("tokenize", "--encoding", "auto", odd.toString());
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
    assertEquals("vietcat: " + odd + ": cannot tell the encoding: not UTF-8; no legacy "
        + "Vietnamese encoding fits either; name it with --encoding (" + EncodingChoice.NAMES
        + ")\n", run.err());
  }

  @Test
  void anUnknownEncodingIsAUsageError() {
    CliRun run = CliRun.run("segment", "--encoding", "latin-9");
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("unknown encoding 'latin-9' (known: auto, utf-8, tcvn3, vni, "
        + "viqr, windows-1258, viscii)"), run.err());
  }
}
