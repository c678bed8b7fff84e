package io.github.vietcat.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --threads}: the same output, in input order, whatever the number of workers. */
class ParallelCommandsTest {

  @TempDir Path dir;

  /** Sentences of our own, numbered so that their order shows in the output. */
  private static String longText(int sentences) {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= sentences; i++) {
      text.append("Câu ").append(i).append(": cán bộ đảng viên họp bàn kế hoạch tháng ")
          .append(i % 12 + 1).append('.');
      text.append(i % 7 == 0 ? "\n" : " ");
    }
    return text.toString();
  }

  @Test
  void segmentGivesTheSameLinesInOrderWithFourThreads() {
    // About 300,000 chars: ten pieces of work or so.
    String text = longText(5000);
    CliRun one = CliRun.runWithStdin(text, "segment", "--threads", "1");
    CliRun four = CliRun.runWithStdin(text, "segment", "--threads", "4");
    assertEquals(0, four.exitCode(), four.err());
    assertEquals(one.out(), four.out());
    List<String> lines = four.out().lines().toList();
    assertEquals(5000, lines.size());
    assertEquals("Câu 1 : cán_bộ đảng_viên họp bàn kế_hoạch tháng 2 .", lines.get(0));
    assertEquals("Câu 4321 : cán_bộ đảng_viên họp bàn kế_hoạch tháng 2 .", lines.get(4320));
    assertEquals("Câu 5000 : cán_bộ đảng_viên họp bàn kế_hoạch tháng 9 .", lines.get(4999));
  }

  @Test
  void segmentTsvKeepsSentenceNumbersAndOffsetsIntoTheInput() {
    String text = longText(3000);
    CliRun three = CliRun.runWithStdin(text, "segment", "--format", "tsv", "--threads", "3");
    assertEquals(0, three.exitCode(), three.err());
    assertEquals(CliRun.runWithStdin(text, "segment", "--format", "tsv", "--threads", "1").out(),
        three.out());
    List<String> rows = three.out().lines().skip(1).toList();
    int sentence = 0;
    int lastStart = -1;
    for (String row : rows) {
      String[] f = row.split("\t");
      int number = Integer.parseInt(f[1]);
      assertTrue(number == sentence || number == sentence + 1, row);
      sentence = number;
      int start = Integer.parseInt(f[2]);
      int end = Integer.parseInt(f[3]);
      assertTrue(start > lastStart, row);
      lastStart = start;
      assertEquals(text.substring(start, end), f[4].replace('_', ' '), row);
    }
    assertEquals(3000, sentence);
  }

  @Test
  void tokenizeGivesTheSameTokensWithThreeThreads() {
    String text = longText(2000); // about 26,000 tokens: several pieces
    for (String format : List.of("text", "json", "tsv")) {
      CliRun one = CliRun.runWithStdin(text, "tokenize", "--format", format, "--threads", "1");
      CliRun three = CliRun.runWithStdin(text, "tokenize", "--format", format, "--threads", "3");
      assertEquals(0, three.exitCode(), three.err());
      assertEquals(one.out(), three.out(), format);
    }
    String json = CliRun.runWithStdin(text, "tokenize", "--format", "json", "--threads", "3")
        .out();
    assertEquals(1, json.lines().count());
    assertTrue(json.startsWith("{\"source\":\"<stdin>\",\"tokens\":[{\"text\":\"Câu\""), json);
    assertTrue(json.endsWith("}]}\n"), json.substring(json.length() - 40));
  }

  @Test
  void manyFilesComeOutInTheirOrderAndABadOneIsReportedAlone() throws IOException {
    for (int i = 0; i < 30; i++) {
      Path file = dir.resolve(String.format("%02d.txt", i));
      if (i == 17) {
        Files.write(file, new byte[] {'c', (byte) 0xC3, '(', '\n'}); // invalid UTF-8
      } else {
        Files.writeString(file, "Tệp " + i + ": cán bộ đảng viên.\n" + longText(i * 40));
      }
    }
    CliRun one = CliRun.run("segment", "--threads", "1", dir.toString());
    CliRun three = CliRun.run("segment", "--threads", "3", dir.toString());
    assertEquals(1, three.exitCode());
    assertEquals(one.out(), three.out());
    assertEquals(one.err(), three.err());
    assertTrue(three.err().contains("17.txt"), three.err());
    List<String> headers = three.out().lines().filter(l -> l.startsWith("# ")).toList();
    assertEquals(29, headers.size());
    assertTrue(headers.get(16).endsWith("16.txt") && headers.get(17).endsWith("18.txt"),
        headers.toString());
    assertTrue(three.out().contains("# " + dir.resolve("29.txt") + "\nTệp 29 : cán_bộ "
        + "đảng_viên .\n"), three.out());
  }

  @Test
  void classifyKeepsTheItemsOfJsonLinesInOrderWithThreeThreads() throws IOException {
    StringBuilder lines = new StringBuilder();
    String[] kinds = {
      "Chỉ thị về việc tăng cường phòng chống cháy rừng mùa khô, yêu cầu các xã triển khai ngay.",
      "Khai giảng lớp bồi dưỡng lý luận chính trị cho đảng viên mới tại trung tâm huyện.",
      "Hội nghị ban chấp hành đảng bộ xã sơ kết công tác sáu tháng đầu năm.",
      "Đội bóng của huyện giành chiến thắng trong trận chung kết giải bóng đá thiếu niên."
    };
    for (int i = 0; i < 40; i++) {
      lines.append("{\"id\":\"item-").append(i).append("\",\"title\":\"Tin số ").append(i)
          .append("\",\"text\":\"").append(kinds[i % kinds.length]).append("\"}\n");
      if (i == 21) {
        lines.append("{not json\n"); // reported with its line number, the rest goes on
      }
    }
    Path file = dir.resolve("items.jsonl");
    Files.writeString(file, lines.toString());
    for (String format : List.of("text", "json", "tsv")) {
      CliRun one = CliRun.run("classify", "--format", format, "--threads", "1", file.toString());
      CliRun three = CliRun.run("classify", "--format", format, "--threads", "3",
          file.toString());
      assertEquals(1, three.exitCode(), three.err());
      assertEquals(one.out(), three.out(), format);
      assertEquals(one.err(), three.err(), format);
      assertTrue(three.err().contains("items.jsonl:23"), three.err());
    }
    List<String> out = CliRun.run("classify", "--format", "tsv", "--threads", "3",
        file.toString()).out().lines().skip(1).toList();
    assertEquals(40, out.size());
    for (int i = 0; i < 40; i++) {
      assertTrue(out.get(i).startsWith("item-" + i + "\t"), out.get(i));
    }
  }

  @Test
  void aThreadCountOutOfRangeIsAUsageError() {
    for (String bad : List.of("0", "-2", "257")) {
      CliRun run = CliRun.runWithStdin("cán bộ", "segment", "--threads", bad);
      assertEquals(ExitCodes.USAGE, run.exitCode(), bad);
      assertTrue(run.err().contains("--threads must be between 1 and 256, got " + bad),
          run.err());
    }
    CliRun run = CliRun.runWithStdin("cán bộ", "tokenize", "--threads", "x");
    assertEquals(ExitCodes.USAGE, run.exitCode());
  }
}
