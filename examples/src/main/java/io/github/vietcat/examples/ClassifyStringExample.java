package io.github.vietcat.examples;

import io.github.vietcat.genre.GenreClassifier;
import io.github.vietcat.genre.GenreResult;
import java.util.Locale;

/**
 * The smallest embedding of vietcat: load the shipped genre model and classify a string.
 *
 * <pre>
 * ./mvnw -B -q install -DskipTests
 * ./mvnw -B -q -pl examples exec:java \
 *     -Dexec.mainClass=io.github.vietcat.examples.ClassifyStringExample
 * </pre>
 */
public final class ClassifyStringExample {

  /** The item classified when no argument is given (written for the project). */
  static final String DEFAULT_TEXT = "UBND tỉnh ban hành Kế hoạch phòng, chống dịch bệnh\n"
      + "UBND tỉnh vừa ban hành Kế hoạch số 87/KH-UBND, yêu cầu các sở, ngành, UBND các huyện "
      + "tăng cường kiểm tra, giám sát và báo cáo kết quả trước ngày 30/6.";

  private ClassifyStringExample() {}

  /**
   * Classifies the arguments joined by spaces (the title on the first line, if any), or a sample
   * text, and prints the label and its probability.
   *
   * @param args the text to classify, or nothing
   */
  public static void main(String[] args) {
    String text = args.length > 0 ? String.join(" ", args) : DEFAULT_TEXT;
    GenreClassifier classifier = GenreClassifier.loadDefault(); // loaded once, thread-safe
    GenreResult result = classifier.classify(text);
    System.out.printf(Locale.ROOT, "%s %.2f%n", result.label(), result.probability());
    result.evidence().forEach(
        e -> System.out.printf(Locale.ROOT, "  %+.2f %s%n", e.weight(), e.description()));
  }
}
