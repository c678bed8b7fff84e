package io.github.vietcat.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The shaded, runnable jar that the {@code ./vietcat} launcher runs: it starts, and it carries what
 * the commands need. Runs in the package phase, after the jar is built (see examples/pom.xml).
 */
class CliJarTest {

  private static Path jar() {
    String property = System.getProperty("vietcat.cliJar");
    // Set by the package-phase execution in examples/pom.xml; absent when -Dtest selects this
    // class for the test phase, where the jar does not exist yet.
    assumeTrue(property != null, "vietcat.cliJar is not set: these tests run in the package phase");
    Path jar = Path.of(property);
    assertTrue(Files.isRegularFile(jar), jar + " is missing");
    return jar;
  }

  /** Runs {@code java -jar} on the jar; returns exit code, standard output and error. */
  static ProcessRun runJar(String stdin, String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", jar().toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("vietcat-out", ".txt");
    Path err = Files.createTempFile("vietcat-err", ".txt");
    Path in = Files.createTempFile("vietcat-in", ".txt");
    try {
      Files.writeString(in, stdin);
      Process process = new ProcessBuilder(command).redirectInput(in.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("java -jar did not finish");
      }
      return new ProcessRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
      Files.deleteIfExists(in);
    }
  }

  @Test
  void runsWithJavaDashJar() throws Exception {
    ProcessRun run = runJar("", "--version");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("vietcat " + VersionProvider.version() + "\n"), run.out());
  }

  @Test
  void tokenizesStandardInput() throws Exception {
    ProcessRun run = runJar("Chỉ thị số 18-CT/TU", "tokenize");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("0\t3\tSYLLABLE\tChỉ\tChỉ\n4\t7\tSYLLABLE\tthị\tthị\n8\t10\tSYLLABLE\tsố\tsố\n"
        + "11\t19\tDOCUMENT_CODE\t18-CT/TU\t18-CT/TU\n", run.out());
  }

  @Test
  void carriesTheWordSegmentationModel() throws Exception {
    ProcessRun run = runJar("Cán bộ, đảng viên", "segment");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("Cán_bộ , đảng_viên\n", run.out());
  }

  @Test
  void carriesTheGenreModel() throws Exception {
    String file = Path.of("samples", "hoi-nghi-ban-chap-hanh-huyen.txt").toString();
    ProcessRun run = runJar("", "classify", "--format", "tsv", file);
    assertEquals(0, run.exitCode(), run.err());
    String[] lines = run.out().split("\n");
    assertEquals(2, lines.length, run.out());
    assertTrue(lines[1].startsWith(file + "\tMEETING_SUMMARY\t"), run.out());
  }
}
