package io.github.vietcat.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One run of the runner's {@code main} in a separate JVM, as a user runs it: real standard streams,
 * real exit code. The test class path is the one surefire gives this JVM.
 *
 * @param exitCode the process's exit code
 * @param out standard output, decoded as UTF-8
 * @param err standard error, decoded as UTF-8
 */
record ProcessRun(int exitCode, String out, String err) {

  /** Runs {@code vietcat args...} with the given bytes on standard input. */
  static ProcessRun run(byte[] stdin, String... args) {
    return runWithJvmOptions(List.of(), stdin, args);
  }

  /** Runs {@code vietcat args...} in a JVM with extra options (such as {@code -Xmx64m}). */
  static ProcessRun runWithJvmOptions(List<String> jvmOptions, byte[] stdin, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    // A platform charset that is not UTF-8, to check that the output is UTF-8 all the same.
    command.add("-Dfile.encoding=ISO-8859-1");
    command.add("-Dvietcat.stderr.terminal=false");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(VietcatCommand.class.getName());
    command.addAll(List.of(args));
    try {
      Process process = new ProcessBuilder(command).start();
      CompletableFuture<byte[]> out = drain(process.getInputStream());
      CompletableFuture<byte[]> err = drain(process.getErrorStream());
      try (var in = process.getOutputStream()) {
        in.write(stdin);
      }
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("vietcat " + String.join(" ", args) + " did not finish");
      }
      return new ProcessRun(process.exitValue(),
          new String(out.join(), StandardCharsets.UTF_8),
          new String(err.join(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Runs {@code vietcat args...} with empty standard input. */
  static ProcessRun run(String... args) {
    return run(new byte[0], args);
  }

  private static CompletableFuture<byte[]> drain(InputStream stream) {
    return CompletableFuture.supplyAsync(() -> {
      try (stream) {
        return stream.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
