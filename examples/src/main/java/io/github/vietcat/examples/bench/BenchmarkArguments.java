package io.github.vietcat.examples.bench;

import java.nio.file.Path;

/**
 * The leading command-line arguments the text benchmarks share: {@code [file] [warm-up rounds]
 * [measured rounds]}, each optional, with the defaults {@link NewsSample#DEFAULT_FILE}, 3 and 7.
 * Arguments after the third are the benchmark's own.
 *
 * @param file the news file to read
 * @param warmup warm-up rounds, not measured
 * @param rounds measured rounds
 */
public record BenchmarkArguments(Path file, int warmup, int rounds) {

  /**
   * Reads the first three arguments, defaulting those that are absent.
   *
   * @param args the benchmark's command-line arguments
   * @return the arguments
   * @throws NumberFormatException if a round count is not an integer
   */
  public static BenchmarkArguments parse(String[] args) {
    Path file = args.length > 0 ? Path.of(args[0]) : NewsSample.DEFAULT_FILE;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 7;
    return new BenchmarkArguments(file, warmup, rounds);
  }
}
