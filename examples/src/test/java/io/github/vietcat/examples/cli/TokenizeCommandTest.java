package io.github.vietcat.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenizeCommandTest {

  @TempDir Path dir;

  @Test
  void textFormatGivesOneTypedTokenALineWithOffsets() {
    CliRun run = CliRun.runWithStdin("Kế hoạch 245/KH-UBND của UBND tỉnh, ngày 12/3.", "tokenize");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(String.join("\n",
        "0\t2\tSYLLABLE\tKế\tKế",
        "3\t8\tSYLLABLE\thoạch\thoạch",
        "9\t20\tDOCUMENT_CODE\t245/KH-UBND\t245/KH-UBND",
        "21\t24\tSYLLABLE\tcủa\tcủa",
        "25\t29\tABBREVIATION\tUBND\tUBND",
        "30\t34\tSYLLABLE\ttỉnh\ttỉnh",
        "34\t35\tPUNCTUATION\t,\t,",
        "36\t40\tSYLLABLE\tngày\tngày",
        "41\t45\tDATE\t12/3\t12/3",
        "45\t46\tPUNCTUATION\t.\t.",
        ""), run.out());
    assertEquals("", run.err());
  }

  @Test
  void offsetsReferToTheOriginalTextAndNormalizedFormsAreCanonical() {
    // Decomposed "ủy" (u + hook + grave... as NFD) and the old-style "hoà" placement.
    String text = "Hoa\u0300 u\u0309y";
    CliRun run = CliRun.runWithStdin(text, "tokenize");
    assertEquals(0, run.exitCode(), run.err());
    String[] lines = run.outLines();
    assertEquals("0\t4\tSYLLABLE\tHoa\u0300\tHoà", lines[0]);
    assertEquals("5\t8\tSYLLABLE\tu\u0309y\tuỷ", lines[1]);
  }

  @Test
  void jsonFormatGivesOneObjectPerInput() throws IOException {
    Path a = dir.resolve("a.txt");
    Files.writeString(a, "Chỉ thị 18-CT/TU");
    CliRun run = CliRun.run("tokenize", "--format", "json", a.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("{\"source\":\"" + a + "\",\"tokens\":["
        + "{\"text\":\"Chỉ\",\"normalized\":\"Chỉ\",\"type\":\"SYLLABLE\",\"start\":0,\"end\":3},"
        + "{\"text\":\"thị\",\"normalized\":\"thị\",\"type\":\"SYLLABLE\",\"start\":4,\"end\":7},"
        + "{\"text\":\"18-CT/TU\",\"normalized\":\"18-CT/TU\",\"type\":\"DOCUMENT_CODE\","
        + "\"start\":8,\"end\":16}]}\n", run.out());
  }

  @Test
  void severalInputsAreHeadedByTheirNames() throws IOException {
    Files.writeString(dir.resolve("b.txt"), "hai");
    Files.writeString(dir.resolve("a.txt"), "một");
    CliRun run = CliRun.run("tokenize", dir.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("# " + dir.resolve("a.txt") + "\n0\t3\tSYLLABLE\tmột\tmột\n"
        + "# " + dir.resolve("b.txt") + "\n0\t3\tSYLLABLE\thai\thai\n", run.out());
  }

  @Test
  void aBadFileIsReportedAndTheOthersAreStillTokenized() throws IOException {
    Path good = dir.resolve("good.txt");
    Files.writeString(good, "tốt");
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, "Hà Nội".getBytes(StandardCharsets.ISO_8859_1));
    CliRun run = CliRun.run("tokenize", latin1.toString(), good.toString());
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
    assertEquals("# " + good + "\n0\t3\tSYLLABLE\ttốt\ttốt\n", run.out());
    assertEquals("vietcat: " + latin1
        + ": invalid UTF-8 at byte offset 1 (line 1, byte 0xE0); save the file as UTF-8\n",
        run.err());
  }

  @Test
  void emptyInputGivesNoTokens() {
    CliRun run = CliRun.runWithStdin("  \n", "tokenize");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.out());
  }

  @Test
  void unknownFormatIsAUsageError() {
    CliRun run = CliRun.run("tokenize", "--format", "xml");
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().startsWith("vietcat tokenize: Invalid value for option '--format'"),
        run.err());
  }

  @Test
  void helpDescribesTheFormats() {
    CliRun run = CliRun.run("tokenize", "--help");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().startsWith("Usage: vietcat tokenize"), run.out());
    assertTrue(run.out().contains("--format=FORMAT"), run.out());
  }
}
