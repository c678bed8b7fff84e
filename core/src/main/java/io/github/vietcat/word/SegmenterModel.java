package io.github.vietcat.word;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * The trained model: vocabulary, lexicon, feature groups and weights, and the decoder that turns
 * item sequences into word boundaries. Immutable and thread-safe; all per-call state is local.
 *
 * <p>File format (gzip-compressed, big-endian): magic {@code VCWS}, version, feature-group bit
 * set, vocabulary (count, modified-UTF-8 keys in id order), lexicon (count, then per word its
 * length, its ids as variable-length ints, its info byte), weight table, end magic. Nothing in it
 * depends on time or platform, so the same training data gives the same bytes.
 */
final class SegmenterModel {

  private static final int MAGIC = 0x56435753; // "VCWS"
  private static final int END_MAGIC = 0x454E4421; // "END!"
  private static final int VERSION = 1;

  final Set<FeatureGroup> groups;
  final Vocabulary vocabulary;
  final Lexicon lexicon;
  final FeatureWeights weights;
  final FeatureExtractor extractor;
  final GapScorer scorer;

  SegmenterModel(
      Set<FeatureGroup> groups, Vocabulary vocabulary, Lexicon lexicon, FeatureWeights weights) {
    this.groups = FeatureGroup.sortedCopy(groups);
    this.vocabulary = vocabulary;
    this.lexicon = lexicon;
    this.weights = weights;
    this.extractor = new FeatureExtractor(lexicon, this.groups);
    this.scorer = new GapScorer(
        this.groups, lexicon, weights, Vocabulary.FIRST_ID + vocabulary.size());
  }

  /**
   * Decides the word boundaries of a sequence.
   *
   * @param ids the items' vocabulary ids
   * @param shapes the items' shapes
   * @param hardCut {@code hardCut[i]} forces a boundary before item i
   * @param joined {@code joined[i]} forbids a boundary before item i, even a hard one (null: none
   *     forbidden)
   * @param n the number of items
   * @param cut receives {@code cut[i]}: a word starts at item i ({@code cut[0]} is always true)
   */
  void decide(
      int[] ids, byte[] shapes, boolean[] hardCut, boolean[] joined, int n, boolean[] cut) {
    decide(ids, shapes, hardCut, joined, n, cut, !GapScorer.coversShapes(shapes, n));
  }

  /**
   * Decides as {@link #decide} does, by hashing every feature of every gap and summing the
   * weights of the keys: the path {@link GapScorer} must agree with (the tests compare the two),
   * and the one taken for shapes the scorer's tables do not cover. The trainer computes its
   * features with the same {@link FeatureExtractor}.
   */
  void decideHashed(
      int[] ids, byte[] shapes, boolean[] hardCut, boolean[] joined, int n, boolean[] cut) {
    decide(ids, shapes, hardCut, joined, n, cut, true);
  }

  /** The walk over the gaps, each scored by {@link GapScorer} or by hashing its features. */
  private void decide(int[] ids, byte[] shapes, boolean[] hardCut, boolean[] joined, int n,
      boolean[] cut, boolean hashed) {
    if (n == 0) {
      return;
    }
    cut[0] = true;
    FeatureExtractor.Context context = extractor.new Context(ids, shapes, n);
    long[] keys = hashed ? new long[FeatureExtractor.MAX_FEATURES] : null;
    int wordStart = 0;
    for (int g = 1; g < n; g++) {
      if (joined != null && joined[g]) {
        cut[g] = false;
        continue;
      }
      if (hardCut[g]) {
        cut[g] = true;
        wordStart = g;
        continue;
      }
      float score = hashed ? hashedScore(context, g, wordStart, keys)
          : scorer.score(context, g, wordStart);
      cut[g] = score >= 0f;
      if (cut[g]) {
        wordStart = g;
      }
    }
  }

  /** The sum of the weights of a gap's hashed feature keys. */
  private float hashedScore(FeatureExtractor.Context context, int g, int wordStart, long[] keys) {
    int count = context.features(g, keys);
    count += context.decisionFeatures(g, wordStart, keys, count);
    float score = 0f;
    for (int f = 0; f < count; f++) {
      score += weights.weight(keys[f]);
    }
    return score;
  }

  void write(OutputStream stream) throws IOException {
    GZIPOutputStream gzip = new GZIPOutputStream(stream, 1 << 16);
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    int mask = 0;
    for (FeatureGroup g : groups) {
      mask |= 1 << g.ordinal();
    }
    out.writeInt(mask);
    out.writeInt(vocabulary.size());
    for (int i = 0; i < vocabulary.size(); i++) {
      out.writeUTF(vocabulary.key(Vocabulary.FIRST_ID + i));
    }
    out.writeInt(lexicon.size());
    for (int i = 0; i < lexicon.size(); i++) {
      int[] entry = lexicon.entry(i);
      out.writeByte(entry.length);
      for (int id : entry) {
        ModelIo.writeVarInt(out, id);
      }
      out.writeByte(lexicon.info(i));
      ModelIo.writeVarInt(out, lexicon.count(i));
    }
    weights.write(out);
    out.writeInt(END_MAGIC);
    out.flush();
    gzip.finish();
    stream.flush();
  }

  /** Reads a model; any malformation is an IOException saying what is wrong. */
  static SegmenterModel read(InputStream stream) throws IOException {
    DataInputStream in;
    try {
      in = new DataInputStream(
          new BufferedInputStream(new GZIPInputStream(stream, 1 << 16), 1 << 16));
    } catch (ZipException | EOFException e) {
      throw new IOException("not a gzip-compressed model file (" + e.getMessage() + ")", e);
    }
    try {
      if (in.readInt() != MAGIC) {
        throw new IOException("not a vietcat word segmenter model (bad magic number)");
      }
      int version = in.readInt();
      if (version != VERSION) {
        throw new IOException(
            "unsupported model version " + version + " (expected " + VERSION + ")");
      }
      int mask = in.readInt();
      Set<FeatureGroup> groups = EnumSet.noneOf(FeatureGroup.class);
      for (FeatureGroup g : FeatureGroup.values()) {
        if ((mask & (1 << g.ordinal())) != 0) {
          groups.add(g);
        }
      }
      int vocabularySize = checkedCount(in.readInt(), "vocabulary");
      List<String> keys = new ArrayList<>(vocabularySize);
      for (int i = 0; i < vocabularySize; i++) {
        keys.add(in.readUTF());
      }
      int lexiconSize = checkedCount(in.readInt(), "lexicon");
      int maxId = Vocabulary.FIRST_ID + vocabularySize;
      int[][] entries = new int[lexiconSize][];
      int[] infos = new int[lexiconSize];
      int[] counts = new int[lexiconSize];
      for (int i = 0; i < lexiconSize; i++) {
        int length = in.readUnsignedByte();
        if (length == 0) {
          throw new IOException("empty lexicon entry");
        }
        int[] ids = new int[length];
        for (int j = 0; j < length; j++) {
          ids[j] = ModelIo.readVarInt(in);
          if (ids[j] < Vocabulary.FIRST_ID || ids[j] >= maxId) {
            throw new IOException("lexicon entry refers to unknown syllable id " + ids[j]);
          }
        }
        entries[i] = ids;
        infos[i] = in.readUnsignedByte();
        counts[i] = ModelIo.readVarInt(in);
      }
      FeatureWeights weights = FeatureWeights.read(in);
      if (in.readInt() != END_MAGIC) {
        throw new IOException("model file has no end marker (truncated or corrupt)");
      }
      Lexicon lexicon = new Lexicon(entries, infos, counts, maxId,
          groups.contains(FeatureGroup.LEXICON_STATISTICS));
      return new SegmenterModel(groups, new Vocabulary(keys), lexicon, weights);
    } catch (EOFException e) {
      throw new IOException("model file ends too early (truncated)", e);
    } catch (ZipException e) {
      throw new IOException("corrupt compressed data (" + e.getMessage() + ")", e);
    } catch (IllegalArgumentException e) {
      throw new IOException("inconsistent model data (" + e.getMessage() + ")", e);
    }
  }

  private static int checkedCount(int count, String what) throws IOException {
    if (count < 0 || count > 50_000_000) {
      throw new IOException("bad " + what + " size " + count);
    }
    return count;
  }
}
