package io.github.vietcat.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ClassifyStringExampleTest {

  /** Runs main with System.out captured. */
  static String runMain(Class<?> example, String... args) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      System.setOut(out);
      example.getMethod("main", String[].class).invoke(null, (Object) args);
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void classifiesItsSampleDirectiveWithEvidence() throws Exception {
    String[] lines = runMain(ClassifyStringExample.class).split("\n");
    assertTrue(lines[0].matches("DIRECTIVE [01]\\.\\d\\d"), lines[0]);
    assertTrue(lines.length > 1 && lines[1].matches("  [+-]\\d+\\.\\d\\d .+"), lines[1]);
  }

  @Test
  void classifiesItsArguments() throws Exception {
    String out = runMain(ClassifyStringExample.class,
        "Sáng 12/3, Huyện ủy tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 15.",
        "Đồng chí Bí thư Huyện ủy chủ trì hội nghị và phát biểu kết luận.");
    assertEquals("MEETING_SUMMARY", out.substring(0, out.indexOf(' ')), out);
  }
}
