package io.github.vietcat.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code segment} writing ready UTF-8 bytes to a byte stream (as the real standard output is set
 * up) gives the same output as through the writer, headers, header row and errors included.
 */
class SegmentByteOutputTest {

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({"text, 1", "text, 2", "json, 1", "json, 2", "tsv, 1", "tsv, 2"})
  void bytesAndWriterGiveTheSameOutput(String format, int threads) throws IOException {
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < 1500; i++) {
      big.append("Sáng nay, cán bộ đảng viên xã Hòa Bình họp bàn công tác năm ").append(i)
          .append(". Hội nghị kết thúc lúc 11 giờ.\n");
    }
    Path first = dir.resolve("lớn.txt");
    Files.writeString(first, big);
    Path second = dir.resolve("nhỏ.txt");
    Files.writeString(second, "Cán bộ phát biểu.");
    String missing = dir.resolve("không-có.txt").toString();
    String stdin = "Hòa bình là mong ước của mọi người.";
    String[] args = {"segment", "--format", format, "--threads", String.valueOf(threads),
        first.toString(), missing, second.toString(), "-"};

    CliRun viaWriter = CliRun.runWithStdin(stdin, args);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    int code;
    try (PrintStream out = new PrintStream(bytes, false, StandardCharsets.UTF_8);
        PrintWriter errWriter = new PrintWriter(err)) {
      var commandLine = VietcatCommand.newCommandLine(
          new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, errWriter);
      code = commandLine.execute(args);
      commandLine.getOut().flush();
    }
    String viaBytes = bytes.toString(StandardCharsets.UTF_8);

    assertEquals(viaWriter.exitCode(), code);
    assertEquals(1, code, err.toString()); // the missing file
    assertEquals(viaWriter.out(), viaBytes);
    assertEquals(viaWriter.err(), err.toString());
    assertTrue(err.toString().contains("không-có.txt"), err.toString());
    String expectedStart = switch (format) {
      case "text" -> "# " + first + "\nSáng nay , cán_bộ đảng_viên xã Hòa_Bình";
      case "json" -> "{\"source\":\"" + first + "\",\"start\":0,\"end\":";
      default -> "source\tsentence\tstart\tend\tword\n" + first + "\t1\t0\t4\tSáng\n";
    };
    assertTrue(viaBytes.startsWith(expectedStart), viaBytes.substring(0, 200));
    assertTrue(viaBytes.contains("1499"), "the last piece of the big file is written");
    assertTrue(viaBytes.endsWith(format.equals("tsv") ? "\t.\n" : "\n"));
  }
}
