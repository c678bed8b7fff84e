package io.github.vietcat.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * One run of the command line inside the test JVM, with captured standard output and error.
 *
 * @param exitCode the exit code
 * @param out what was written to standard output
 * @param err what was written to standard error
 */
record CliRun(int exitCode, String out, String err) {

  /** Runs with empty standard input. */
  static CliRun run(String... args) {
    return runWithStdin("", args);
  }

  /** Runs with the given text (UTF-8) on standard input. */
  static CliRun runWithStdin(String stdin, String... args) {
    return runWithStdin(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  /** Runs with the given bytes on standard input. */
  static CliRun runWithStdin(byte[] stdin, String... args) {
    InputStream in = new ByteArrayInputStream(stdin);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter outWriter = new PrintWriter(out);
        PrintWriter errWriter = new PrintWriter(err)) {
      code = VietcatCommand.newCommandLine(in, outWriter, errWriter).execute(args);
    }
    return new CliRun(code, out.toString(), err.toString());
  }

  /** Standard output's lines. */
  String[] outLines() {
    return out.isEmpty() ? new String[0] : out.split("\n", -1);
  }
}
