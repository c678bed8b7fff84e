package io.github.vietcat.models.genre;

import com.google.gson.JsonObject;
import io.github.vietcat.genre.GenreSample;
import io.github.vietcat.models.JsonLines;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Objects;

/** Reads the labelled genre corpus (JSON Lines, one item per line) of the shared data folder. */
public final class GenreCorpus {

  /**
   * One labelled item of the corpus.
   *
   * @param id the stable identifier
   * @param source where it comes from ({@code vietnews}, {@code baomoi}, {@code danes}, {@code
   *     synthetic})
   * @param title the headline
   * @param text the lead and body
   * @param label the label
   * @param confidence {@code clear}, {@code unsure} or {@code disputed}
   * @param synthetic whether the item was written for the corpus
   */
  public record Item(String id, String source, String title, String text, String label,
      String confidence, boolean synthetic) {

    /** Returns the item as a training or evaluation sample. */
    public GenreSample sample() {
      return new GenreSample(label, title, text);
    }
  }

  private GenreCorpus() {}

  /**
   * Returns the shared data folder: the system property {@code vietcat.shared}, else {@code
   * ../shared}.
   *
   * @return the folder
   */
  public static Path sharedFolder() {
    return Paths.get(System.getProperty("vietcat.shared", "../shared"));
  }

  /**
   * Reads a corpus file.
   *
   * @param file a {@code .jsonl} file
   * @return its items, in file order
   * @throws IOException if the file cannot be read or a line is not a valid item (the message
   *     gives the line)
   */
  public static List<Item> read(Path file) throws IOException {
    return JsonLines.read(file, "corpus item", (o, line) -> new Item(
        string(o, "id"), string(o, "source"), string(o, "title"), string(o, "text"),
        string(o, "label"), string(o, "confidence"),
        o.has("synthetic") && o.get("synthetic").getAsBoolean()));
  }


  /**
   * Returns the samples of items.
   *
   * @param items the items
   * @return one sample per item, same order
   */
  public static List<GenreSample> samples(List<Item> items) {
    return items.stream().map(Item::sample).toList();
  }

  /**
   * The training weight of a real item marked {@code unsure} or {@code disputed}: a reasonable
   * reader could pick another label, so such an item counts half (measured in models/README.md).
   */
  public static final double UNSURE_WEIGHT = 0.5;

  /**
   * Returns the samples of items for training: like {@link #samples}, but real items marked
   * {@code unsure} or {@code disputed} weigh {@link #UNSURE_WEIGHT}.
   *
   * @param items the items
   * @return one sample per item, same order
   */
  public static List<GenreSample> trainingSamples(List<Item> items) {
    return items.stream()
        .map(i -> new GenreSample(i.label(), i.title(), i.text(),
            i.synthetic() || i.confidence().equals("clear") ? 1.0 : UNSURE_WEIGHT, i.id()))
        .toList();
  }

  private static String string(JsonObject o, String field) {
    return Objects.requireNonNull(o.get(field), "missing field " + field).getAsString();
  }
}
