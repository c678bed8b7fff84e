package io.github.vietcat.examples.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Checks the {@link Invariants} on random inputs ({@link FuzzInputs}) for a given time and reports
 * how many inputs ran and which invariants broke; an input taking more than 10 s counts as a hang.
 * Failing inputs are written to a folder, to be added to the regression corpus
 * ({@code examples/src/test/resources/fuzz-corpus}) once fixed.
 *
 * <p>Usage: {@code FuzzCommand [minutes] [seed] [folder for failing inputs]}; defaults 1 minute,
 * seed 1, {@code target/fuzz-failures}. This is random, not coverage-guided, fuzzing.
 */
public final class FuzzCommand {

  private FuzzCommand() {}

  /**
   * Runs the fuzzer.
   *
   * @param args optional: minutes, seed, folder
   * @throws Exception if the folder cannot be written or the checker fails to start
   */
  public static void main(String[] args) throws Exception {
    double minutes = args.length > 0 ? Double.parseDouble(args[0]) : 1;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
    Path folder = Path.of(args.length > 2 ? args[2] : "target/fuzz-failures");
    Invariants invariants = new Invariants();
    FuzzInputs inputs = new FuzzInputs(seed);
    long deadline = System.nanoTime() + (long) (minutes * 60e9);
    long count = 0;
    long bytes = 0;
    Map<String, Integer> broken = new TreeMap<>();
    ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "fuzz");
      t.setDaemon(true);
      return t;
    });
    while (System.nanoTime() < deadline) {
      byte[] input = inputs.next();
      count++;
      bytes += input.length;
      List<String> problems;
      Future<List<String>> future = executor.submit(() -> invariants.check(input));
      try {
        problems = future.get(10, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        problems = List.of("hang (more than 10 s)");
        future.cancel(true);
        executor.shutdownNow();
        executor = Executors.newSingleThreadExecutor();
      }
      if (!problems.isEmpty()) {
        Files.createDirectories(folder);
        Files.write(folder.resolve(String.format(Locale.ROOT, "seed%d-input%d.bin", seed, count)),
            input);
        for (String p : problems) {
          broken.merge(p.length() > 80 ? p.substring(0, 80) : p, 1, Integer::sum);
        }
      }
    }
    executor.shutdownNow();
    System.out.printf(Locale.ROOT, "%,d inputs (%,d bytes) in %.1f min, seed %d: %s%n", count,
        bytes, minutes, seed, broken.isEmpty() ? "no invariant broken" : "broken:");
    broken.forEach((p, n) -> System.out.printf(Locale.ROOT, "  %6d  %s%n", n, p));
    if (!broken.isEmpty()) {
      System.out.println("failing inputs written to " + folder);
      System.exit(1);
    }
  }

  /** Reads an input back (for replaying a failure). */
  static byte[] read(Path file) throws IOException {
    return Files.readAllBytes(file);
  }
}
