package io.github.vietcat.models.word;

import io.github.vietcat.word.WordSegmenter;
import io.github.vietcat.word.WordSegmenterTrainer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the shipped word segmenter model from the shared data: trains on UD Vietnamese VTB train
 * and dev with the silver word list as lexicon, writes the model file, scores it on VTB test from
 * gold syllables and writes the metadata file beside the model.
 *
 * <p>Usage: {@code BuildWordSegmenterModel <shared dir> <model file>}. The model file is the same,
 * byte for byte, on every run over the same data; the metadata records its SHA-256.
 */
public final class BuildWordSegmenterModel {

  /** The command that rebuilds the shipped model, recorded in the metadata. */
  public static final String REBUILD_COMMAND =
      "./mvnw -B -q -o install -DskipTests && ./mvnw -B -q -o -pl models exec:java"
          + " -Dexec.mainClass=io.github.vietcat.models.word.BuildWordSegmenterModel"
          + " -Dexec.args=\"../shared models/src/main/resources/io/github/vietcat/models/"
          + "word-segmenter.bin.gz\"";

  private BuildWordSegmenterModel() {}

  /**
   * Trains on the shared data; the model bytes, exactly as they are written to the file.
   *
   * @param shared the shared data folder
   * @return the model file's content
   * @throws IOException if the data cannot be read
   */
  public static byte[] buildModelBytes(Path shared) throws IOException {
    List<UdVietnamese.Sentence> sentences = new ArrayList<>();
    sentences.addAll(UdVietnamese.read(UdVietnamese.file(shared, "train")));
    sentences.addAll(UdVietnamese.read(UdVietnamese.file(shared, "dev")));
    Map<String, Long> lexicon = SilverLexicon.read(SilverLexicon.file(shared));
    WordSegmenter segmenter = WordSegmenterTrainer.train(
        UdVietnamese.words(sentences), lexicon, WordSegmenterTrainer.Options.defaults());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    segmenter.save(bytes);
    return bytes.toByteArray();
  }

  /** The SHA-256 of some bytes, in lower-case hex. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /**
   * Runs the build.
   *
   * @param args the shared data folder and the model file to write
   * @throws IOException if data cannot be read or the files cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: BuildWordSegmenterModel <shared dir> <model file>");
      System.exit(2);
    }
    Path shared = Path.of(args[0]);
    Path modelFile = Path.of(args[1]);
    long t0 = System.nanoTime();
    byte[] bytes = buildModelBytes(shared);
    double trainSeconds = (System.nanoTime() - t0) / 1e9;
    if (modelFile.getParent() != null) {
      Files.createDirectories(modelFile.getParent());
    }
    Files.write(modelFile, bytes);
    String sha = sha256(bytes);

    WordSegmenter segmenter = WordSegmenter.load(modelFile);
    List<UdVietnamese.Sentence> testSentences =
        UdVietnamese.read(UdVietnamese.file(shared, "test"));
    WordSpanScore test = EvaluateWordSegmenter.scoreGold(segmenter, testSentences);
    WordSpanScore raw = RawTextEvaluation.evaluate(
        testSentences, new io.github.vietcat.sentence.SentenceSplitter(), segmenter).score();
    WordSegmenterTrainer.Options options = WordSegmenterTrainer.Options.defaults();

    String name = modelFile.getFileName().toString();
    String base = name.endsWith(".bin.gz") ? name.substring(0, name.length() - 7) : name;
    Path metadata = modelFile.resolveSibling(base + ".properties");
    String text = String.join("\n",
        "# Word segmenter model: provenance. Written by BuildWordSegmenterModel.",
        "model.file=" + name,
        "model.sha256=" + sha,
        "model.bytes=" + bytes.length,
        "model.description=" + segmenter,
        "method=binary averaged perceptron over the gaps between syllables"
            + " (see io.github.vietcat.word.WordSegmenterTrainer)",
        "options.features=" + new java.util.TreeSet<>(options.features()),
        "options.iterations=" + options.iterations(),
        "options.lexiconMinCount=" + options.lexiconMinCount(),
        "options.lexiconMaxLength=" + options.lexiconMaxLength(),
        "options.featureMinCount=" + options.featureMinCount(),
        "options.seed=" + options.seed(),
        "training.data=UD_Vietnamese-VTB train + dev (2,523 sentences), syllables and words;"
            + " lexicon: vietnews-words.tsv silver word counts (from 150,704 vietnews articles)",
        "licence=CC BY-SA 4.0 (the model is trained on UD_Vietnamese-VTB, which is licensed"
            + " CC BY-SA 4.0: https://creativecommons.org/licenses/by-sa/4.0/)",
        String.format(Locale.ROOT, "evaluation.ud-vtb-test.gold-syllables.f1=%.2f",
            100 * test.f1()),
        String.format(Locale.ROOT, "evaluation.ud-vtb-test.gold-syllables.precision=%.2f",
            100 * test.precision()),
        String.format(Locale.ROOT, "evaluation.ud-vtb-test.gold-syllables.recall=%.2f",
            100 * test.recall()),
        String.format(Locale.ROOT,
            "evaluation.ud-vtb-test.raw-text-conll2018-words.f1=%.2f (P %.2f, R %.2f)",
            100 * raw.f1(), 100 * raw.precision(), 100 * raw.recall()),
        "built=" + LocalDate.now(ZoneOffset.UTC),
        "rebuild.command=" + REBUILD_COMMAND,
        "");
    Files.writeString(metadata, text, StandardCharsets.UTF_8);
    System.out.printf(Locale.ROOT, "trained in %.1f s; wrote %s (%d bytes, sha256 %s)%n",
        trainSeconds, modelFile, bytes.length, sha);
    System.out.println("UD VTB test from gold syllables: " + test);
    System.out.println("UD VTB test from raw text (CoNLL 2018 words): " + raw);
    System.out.println("wrote " + metadata);
  }
}
