package io.github.vietcat.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "vietcat segment | head": once the reader of standard output has gone away, the command stops
 * reading instead of working through the rest of its input. Standard input here never ends, so a
 * command that did not stop would never finish.
 */
class ClosedOutputTest {

  // Written for this test.
  private static final byte[] PARAGRAPH = ("Sáng 3/4, Huyện uỷ Tân Phước tổ chức hội nghị sơ kết"
      + " công tác xây dựng Đảng quý I với sự tham dự của bí thư các chi bộ trong huyện.\n")
      .getBytes(StandardCharsets.UTF_8);

  @ParameterizedTest
  @ValueSource(strings = {"segment", "tokenize"})
  void stopsReadingOnceItsOutputIsClosed(String command) throws Exception {
    Process process = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dvietcat.stderr.terminal=false", "-cp", System.getProperty("java.class.path"),
        VietcatCommand.class.getName(), command).start();
    Thread feeder = new Thread(() -> {
      try (OutputStream in = process.getOutputStream()) {
        while (true) {
          in.write(PARAGRAPH);
        }
      } catch (IOException e) {
        // the process has stopped reading
      }
    });
    feeder.setDaemon(true);
    feeder.start();
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(
        process.getErrorStream()));
    try (InputStream out = process.getInputStream()) {
      byte[] first = out.readNBytes(4096);
      assertEquals(4096, first.length, "the command wrote its first output");
    }
    boolean ended = process.waitFor(120, TimeUnit.SECONDS);
    if (!ended) {
      process.destroyForcibly();
    }
    assertTrue(ended, command + " went on reading its endless input after its output was closed");
    assertEquals(0, process.exitValue(), err.join());
  }

  private static String readAll(InputStream stream) {
    try (stream) {
      return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return e.toString();
    }
  }
}
