package io.github.vietcat.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The formats, names and streaming errors shared by {@code tokenize} and {@code segment}. */
class StreamingCommandsTest {

  @TempDir Path dir;

  @Test
  void tokenizeTsvHasAHeaderAndTheSourceOnEveryRow() {
    CliRun run = CliRun.runWithStdin("Số 12/2020.", "tokenize", "--format", "tsv");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("source\tstart\tend\ttype\ttext\tnormalized\n"
        + "<stdin>\t0\t2\tSYLLABLE\tSố\tSố\n"
        + "<stdin>\t3\t10\tDOCUMENT_CODE\t12/2020\t12/2020\n"
        + "<stdin>\t10\t11\tPUNCTUATION\t.\t.\n", run.out());
  }

  @Test
  void segmentJsonGivesOneObjectPerSentenceWithOffsets() {
    CliRun run = CliRun.runWithStdin("Trời mưa.\nXe chạy.", "segment", "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    String[] lines = run.out().split("\n");
    assertEquals(2, lines.length, run.out());
    assertTrue(lines[0].startsWith("{\"source\":\"<stdin>\",\"start\":0,\"end\":9,\"words\":[{"),
        lines[0]);
    assertTrue(lines[1].startsWith("{\"source\":\"<stdin>\",\"start\":10,\"end\":18,\"words\":["),
        lines[1]);
    assertTrue(lines[1].endsWith("{\"text\":\".\",\"start\":17,\"end\":18}]}"), lines[1]);
  }

  @Test
  void segmentTsvGivesOneWordALine() {
    CliRun run = CliRun.runWithStdin("Trời mưa.\nXe chạy.", "segment", "--format", "tsv");
    assertEquals(0, run.exitCode(), run.err());
    String[] lines = run.out().split("\n");
    assertEquals("source\tsentence\tstart\tend\tword", lines[0]);
    assertEquals("<stdin>\t2\t17\t18\t.", lines[lines.length - 1]);
  }

  @Test
  void pretokenizedJsonNumbersTheLines() {
    CliRun run = CliRun.runWithStdin("a b\n\nc\n", "segment", "--pretokenized", "--format",
        "json");
    assertEquals(0, run.exitCode(), run.err());
    String[] lines = run.out().split("\n");
    assertEquals(3, lines.length, run.out());
    assertEquals("{\"source\":\"<stdin>\",\"line\":2,\"words\":[]}", lines[1]);
  }

  @Test
  void aNewlineInAFileNameIsEscapedInTextOutput() throws IOException {
    Path odd = dir.resolve("hai\ndòng.txt");
    Files.writeString(odd, "một");
    Path plain = dir.resolve("z.txt");
    Files.writeString(plain, "hai");
    CliRun run = CliRun.run("tokenize", odd.toString(), plain.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("# " + dir + "/hai\\ndòng.txt\n0\t3\tSYLLABLE\tmột\tmột\n"
        + "# " + plain + "\n0\t3\tSYLLABLE\thai\thai\n", run.out());
    CliRun classify = CliRun.run("classify", odd.toString());
    assertTrue(classify.out().contains("  " + dir + "/hai\\ndòng.txt"), classify.out());
    assertEquals(2, classify.outLines().length, classify.out()); // one line, then ""
  }

  @Test
  void invalidUtf8FarIntoAFileStopsItsOutputThereWithTheOffset() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] line = "Trời mưa to.\n".getBytes(StandardCharsets.UTF_8);
    int lines = 0;
    while (bytes.size() < 4 * StreamingInput.SNIFF_BYTES) {
      bytes.writeBytes(line);
      lines++;
    }
    int badOffset = bytes.size();
    bytes.write(0xFF);
    bytes.writeBytes(line);
    Path file = dir.resolve("late-bad.txt");
    Files.write(file, bytes.toByteArray());
    CliRun run = CliRun.run("segment", file.toString());
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
    assertEquals("vietcat: " + file + ": invalid UTF-8 at byte offset " + badOffset + " (line "
        + (lines + 1) + ", byte 0xFF); the output for this input stops there\n", run.err());
    // The chunks read before the bad byte were written (chunks of about 64 Ki chars).
    assertTrue(run.outLines().length > 5000, "" + run.outLines().length);
    assertTrue(run.outLines().length < lines, "" + run.outLines().length);
  }

  @Test
  void progressAlwaysDrawsAByteBarOnStandardError() throws IOException {
    Path file = dir.resolve("a.txt");
    Files.writeString(file, "Trời mưa to.\n".repeat(200));
    CliRun run = CliRun.run("tokenize", "--progress", "always", file.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("KiB 100%"), run.err());
  }
}
