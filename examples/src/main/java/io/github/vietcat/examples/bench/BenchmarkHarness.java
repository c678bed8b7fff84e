package io.github.vietcat.examples.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A small single-threaded benchmark harness for the benchmark commands: it runs each workload for a
 * few warm-up rounds, then for measured rounds, interleaving the candidate with its baseline so that
 * both see the same machine conditions, and reports medians and the candidate/baseline ratio.
 *
 * <p>Whole-process figures (peak memory) are better taken from outside, for example with {@code
 * /usr/bin/time -v}; this harness reports the heap in use after the workload as a rough guide.
 */
public final class BenchmarkHarness {

  /** One unit of work; returns a value that depends on the work so the JIT cannot drop it. */
  @FunctionalInterface
  public interface Workload {
    /**
     * Runs the work once.
     *
     * @return a checksum of the result
     */
    long run();
  }

  /**
   * The timings of one workload.
   *
   * @param name the workload's name
   * @param seconds the measured rounds' durations, in seconds, sorted
   * @param units how many units (bytes, items) one round processes
   */
  public record Result(String name, double[] seconds, double units) {
    /** Copies the array so the record stays immutable. */
    public Result {
      Objects.requireNonNull(name, "name");
      seconds = seconds.clone();
      Arrays.sort(seconds);
    }

    /** Returns a copy of the sorted round durations, in seconds. */
    @Override
    public double[] seconds() {
      return seconds.clone();
    }

    /** The median round duration in seconds. */
    public double medianSeconds() {
      int n = seconds.length;
      return n % 2 == 1 ? seconds[n / 2] : (seconds[n / 2 - 1] + seconds[n / 2]) / 2;
    }

    /** Units per second at the median duration. */
    public double medianThroughput() {
      return units / medianSeconds();
    }
  }

  private final int warmupRounds;
  private final int measuredRounds;

  /**
   * Creates a harness.
   *
   * @param warmupRounds rounds run before measuring, to let the JIT compile the hot code
   * @param measuredRounds rounds measured; the median of these is reported
   */
  public BenchmarkHarness(int warmupRounds, int measuredRounds) {
    if (warmupRounds < 0 || measuredRounds < 1) {
      throw new IllegalArgumentException("need warmupRounds >= 0 and measuredRounds >= 1");
    }
    this.warmupRounds = warmupRounds;
    this.measuredRounds = measuredRounds;
  }

  /**
   * Measures the workloads, interleaved round by round (A B C A B C ...).
   *
   * @param units how many units one round of every workload processes (bytes, items)
   * @param names the workloads' names, in order
   * @param workloads the workloads, in the same order
   * @return one result per workload
   */
  public List<Result> measure(double units, List<String> names, List<Workload> workloads) {
    if (names.size() != workloads.size()) {
      throw new IllegalArgumentException("one name per workload");
    }
    long sink = 0;
    for (int round = 0; round < warmupRounds; round++) {
      for (Workload w : workloads) {
        sink += w.run();
      }
    }
    double[][] times = new double[workloads.size()][measuredRounds];
    for (int round = 0; round < measuredRounds; round++) {
      for (int i = 0; i < workloads.size(); i++) {
        long t0 = System.nanoTime();
        sink += workloads.get(i).run();
        times[i][round] = (System.nanoTime() - t0) / 1e9;
      }
    }
    if (sink == 42) {
      System.err.print("");
    }
    List<Result> results = new ArrayList<>();
    for (int i = 0; i < workloads.size(); i++) {
      results.add(new Result(names.get(i), times[i], units));
    }
    return results;
  }

  /**
   * Formats results as a table: median and range of throughput, and each result's median ratio to
   * the first (the baseline).
   *
   * @param unit the unit's name, such as "MB" or "items"
   * @param scale the units are divided by this before printing (1e6 for MB)
   * @param results the results, the baseline first
   * @return the table, one line per result
   */
  public static String format(String unit, double scale, List<Result> results) {
    StringBuilder out = new StringBuilder();
    Result baseline = results.get(0);
    out.append(String.format(Locale.ROOT, "%-40s %14s %14s %14s %10s%n",
        "workload", "median " + unit + "/s", "min " + unit + "/s", "max " + unit + "/s",
        "time/base"));
    for (Result r : results) {
      double[] s = r.seconds();
      out.append(String.format(Locale.ROOT, "%-40s %14.2f %14.2f %14.2f %10.2f%n",
          r.name(), r.medianThroughput() / scale, r.units() / s[s.length - 1] / scale,
          r.units() / s[0] / scale, r.medianSeconds() / baseline.medianSeconds()));
    }
    Runtime rt = Runtime.getRuntime();
    out.append(String.format(Locale.ROOT, "heap in use after the runs: %.1f MiB%n",
        (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0)));
    return out.toString();
  }
}
