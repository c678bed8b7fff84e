package io.github.vietcat.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentCommandTest {

  @TempDir Path dir;

  @Test
  void rawTextGivesOneSentenceALineWithSyllablesOfAWordJoined() {
    CliRun run = CliRun.runWithStdin(
        "Hội nghị cán bộ\n\nSáng 12/3, Huyện ủy tổ chức hội nghị. Cán bộ, đảng viên phát biểu.",
        "segment");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("Hội_nghị cán_bộ\n"
        + "Sáng 12/3 , Huyện_ủy tổ_chức hội_nghị .\n"
        + "Cán_bộ , đảng_viên phát_biểu .\n", run.out());
  }

  @Test
  void wordsKeepTheOriginalSpellingOfTheirSyllables() {
    // Decomposed input and old-style tone placement come out as they went in.
    CliRun run = CliRun.runWithStdin("ca\u0301n bô\u0323 hoà bình", "segment");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("ca\u0301n_bô\u0323 hoà_bình\n", run.out());
  }

  @Test
  void pretokenizedInputKeepsItsLinesOneForOne() {
    CliRun run = CliRun.runWithStdin(
        "cán bộ đảng viên phát biểu\n\n  hội   nghị  \r\ntổ chức hội nghị\n", "segment",
        "--pretokenized");
    assertEquals(0, run.exitCode(), run.err());
    // Four input lines, four output lines.
    assertEquals("cán_bộ đảng_viên phát_biểu\n\nhội_nghị\ntổ_chức hội_nghị\n", run.out());
  }

  @Test
  void severalFilesAreHeadedByTheirNames() throws IOException {
    Files.writeString(dir.resolve("1.txt"), "cán bộ");
    Files.writeString(dir.resolve("2.txt"), "đảng viên");
    CliRun run = CliRun.run("segment", dir.resolve("1.txt").toString(),
        dir.resolve("2.txt").toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("# " + dir.resolve("1.txt") + "\ncán_bộ\n# " + dir.resolve("2.txt")
        + "\nđảng_viên\n", run.out());
  }

  @Test
  void helpNamesTheEvaluationFormat() {
    CliRun run = CliRun.run("segment", "--help");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().contains("--pretokenized"), run.out());
  }
}
