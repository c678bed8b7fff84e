package io.github.vietcat.lucene;

import io.github.vietcat.normalize.TextNormalizer;
import io.github.vietcat.token.SyllableTokenizer;
import io.github.vietcat.token.Token;
import io.github.vietcat.token.TokenType;
import io.github.vietcat.word.Word;
import io.github.vietcat.word.WordSegmenter;
import java.util.ArrayList;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * A Lucene {@link Tokenizer} for Vietnamese: the vietcat {@link SyllableTokenizer} and, in {@link
 * Mode#WORD} (the default), the {@link WordSegmenter} behind Lucene's attribute API. Each term is
 * the token's (or word's) normalized form ({@link Token#normalized()}: NFC, Đ for
 * the look-alike Ð, tone marks in canonical place, case kept), with offsets into the original
 * input (through {@link #correctOffset(int)}, so char filters before it stay exact) and the token
 * type as {@code <SYLLABLE>}, {@code <DOCUMENT_CODE>}, ... ({@link #typeOf(TokenType)}). Position
 * increments are 1. HTML tags and entities in the input are handled by the tokenizer's own
 * normalization: no char filter is needed for them.
 *
 * <p>The input is read in chunks that end at a line break after at least {@value #CHUNK_CHARS}
 * chars (or at the end), so memory stays bounded by the longest line; a construct that spans a
 * chunk boundary (an HTML tag with a line break inside) is tokenized as two halves.
 *
 * <p>As with every Lucene tokenizer, an instance is not thread-safe; analyzers reuse one per
 * thread.
 */
public final class VietnameseTokenizer extends Tokenizer {

  /** What the terms are. */
  public enum Mode {
    /** One term per syllable (and per number, date, code, URL...). */
    SYLLABLE,
    /**
     * One term per word: the syllables of a word grouped by a {@link WordSegmenter} into one term,
     * their normalized forms joined by single spaces ("cán bộ"), with the offsets of the first
     * syllable's start and the last one's end and the type {@code <SYLLABLE>} (or {@code
     * <FOREIGN_WORD>} for a name mixing both); numbers, dates, codes, URLs... as in {@link
     * #SYLLABLE} mode.
     */
    WORD;

    /**
     * Parses a mode name, case-insensitively ("syllable").
     *
     * @param name the name
     * @return the mode
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static Mode parse(String name) {
      Objects.requireNonNull(name, "name");
      for (Mode mode : values()) {
        if (mode.name().equalsIgnoreCase(name.trim())) {
          return mode;
        }
      }
      throw new IllegalArgumentException("unknown mode '" + name + "'; known: "
          + java.util.Arrays.toString(values()).toLowerCase(Locale.ROOT));
    }
  }

  /** The mode used when none is given. */
  public static final Mode DEFAULT_MODE = Mode.WORD;

  /** Whether punctuation and symbol tokens are dropped when not told otherwise. */
  public static final boolean DEFAULT_DISCARD_PUNCTUATION = true;

  static final int CHUNK_CHARS = 16 * 1024;

  private static final SyllableTokenizer SYLLABLES = new SyllableTokenizer(new TextNormalizer());

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);

  private final Mode mode;
  private final boolean discardPunctuation;
  private final WordSegmenter segmenter; // null in SYLLABLE mode

  // Per-stream state, cleared by reset().
  private final char[] readBuffer = new char[4096];
  private final StringBuilder pending = new StringBuilder();
  private boolean inputDone;
  private int pendingBase; // offset of pending.charAt(0) in the whole input
  private int scannedForBreak; // pending is known to have no break before this index
  private List<Token> chunkTokens = List.of();
  private int chunkBase;
  private int next;

  /**
   * A tokenizer in the default mode (words, with the shipped segmenter), dropping punctuation.
   *
   * @throws IllegalStateException if the shipped segmenter model (artifact vietcat-models) is not
   *     on the classpath
   */
  public VietnameseTokenizer() {
    this(DEFAULT_MODE, DEFAULT_DISCARD_PUNCTUATION);
  }

  /**
   * A tokenizer with explicit options; word mode uses the shipped segmenter.
   *
   * @param mode what the terms are
   * @param discardPunctuation whether punctuation and symbol tokens are dropped
   * @throws IllegalStateException in word mode, if the shipped segmenter model (artifact
   *     vietcat-models) is not on the classpath
   */
  public VietnameseTokenizer(Mode mode, boolean discardPunctuation) {
    this(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, mode, discardPunctuation);
  }

  /**
   * A tokenizer with explicit options and attribute factory; word mode uses the shipped
   * segmenter.
   *
   * @param factory the attribute factory
   * @param mode what the terms are
   * @param discardPunctuation whether punctuation and symbol tokens are dropped
   * @throws IllegalStateException in word mode, if the shipped segmenter model (artifact
   *     vietcat-models) is not on the classpath
   */
  public VietnameseTokenizer(AttributeFactory factory, Mode mode, boolean discardPunctuation) {
    this(factory, mode, discardPunctuation, null);
  }

  /**
   * The expert constructor.
   *
   * @param factory the attribute factory
   * @param mode what the terms are
   * @param discardPunctuation whether punctuation and symbol tokens are dropped
   * @param segmenter the word segmenter for word mode; null for the shipped one (ignored in
   *     syllable mode)
   * @throws IllegalStateException in word mode without a segmenter, if the shipped segmenter
   *     model (artifact vietcat-models) is not on the classpath
   */
  public VietnameseTokenizer(AttributeFactory factory, Mode mode, boolean discardPunctuation,
      WordSegmenter segmenter) {
    super(factory);
    this.mode = Objects.requireNonNull(mode, "mode");
    this.discardPunctuation = discardPunctuation;
    if (mode == Mode.WORD) {
      this.segmenter = segmenter != null ? segmenter : DefaultWordSegmenter.get();
    } else {
      this.segmenter = null;
    }
  }

  /** This tokenizer's mode. */
  public Mode mode() {
    return mode;
  }

  /**
   * The type attribute value for a token type: {@code "<" + type.name() + ">"}.
   *
   * @param type a token type
   * @return the type string
   */
  public static String typeOf(TokenType type) {
    return TYPES[type.ordinal()];
  }

  private static final String[] TYPES = typeNames();

  private static String[] typeNames() {
    TokenType[] types = TokenType.values();
    String[] names = new String[types.length];
    for (TokenType type : types) {
      names[type.ordinal()] = "<" + type.name() + ">";
    }
    return names;
  }

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    while (true) {
      while (next < chunkTokens.size()) {
        Token token = chunkTokens.get(next++);
        if (discardPunctuation
            && (token.type() == TokenType.PUNCTUATION || token.type() == TokenType.SYMBOL)) {
          continue;
        }
        termAtt.setEmpty().append(token.normalized());
        offsetAtt.setOffset(correctOffset(chunkBase + token.start()),
            correctOffset(chunkBase + token.end()));
        typeAtt.setType(typeOf(token.type()));
        posIncAtt.setPositionIncrement(1);
        return true;
      }
      if (!nextChunk()) {
        return false;
      }
    }
  }

  /** Reads the next chunk and tokenizes it; false at the end of the input. */
  private boolean nextChunk() throws IOException {
    int cut = -1;
    while (cut < 0) {
      cut = findCut();
      if (cut >= 0) {
        break;
      }
      if (inputDone) {
        if (pending.length() == 0) {
          return false;
        }
        cut = pending.length();
        break;
      }
      int read = input.read(readBuffer);
      if (read < 0) {
        inputDone = true;
      } else {
        pending.append(readBuffer, 0, read);
      }
    }
    String chunk = pending.substring(0, cut);
    pending.delete(0, cut);
    chunkBase = pendingBase;
    pendingBase += cut;
    scannedForBreak = 0;
    chunkTokens = analyze(chunk);
    next = 0;
    return true;
  }

  /** The end (after a line break) of the next chunk in pending, or -1 if none is complete yet. */
  private int findCut() {
    int from = Math.max(scannedForBreak, CHUNK_CHARS - 1);
    for (int k = from; k < pending.length(); k++) {
      if (pending.charAt(k) == '\n') {
        return k + 1;
      }
    }
    scannedForBreak = Math.max(scannedForBreak, pending.length());
    return -1;
  }

  /** The tokens of one chunk in this tokenizer's mode; the place to add a mode. */
  private List<Token> analyze(String chunk) {
    switch (mode) {
      case WORD:
        List<Token> tokens = SYLLABLES.tokenize(chunk);
        List<Word> words = segmenter.segment(chunk, tokens);
        if (words.size() == tokens.size()) {
          return tokens;
        }
        List<Token> terms = new ArrayList<>(words.size());
        for (Word w : words) {
          terms.add(w.size() == 1 ? w.tokens().get(0)
              : new Token(w.text(), w.normalized(), w.type(), w.start(), w.end()));
        }
        return terms;
      case SYLLABLE:
      default:
        return SYLLABLES.tokenize(chunk);
    }
  }

  @Override
  public void end() throws IOException {
    super.end();
    int finalOffset = correctOffset(pendingBase + pending.length());
    offsetAtt.setOffset(finalOffset, finalOffset);
    posIncAtt.setPositionIncrement(0);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.setLength(0);
    inputDone = false;
    pendingBase = 0;
    scannedForBreak = 0;
    chunkTokens = List.of();
    chunkBase = 0;
    next = 0;
  }

  @Override
  public void close() throws IOException {
    super.close();
    pending.setLength(0);
    pending.trimToSize();
    chunkTokens = List.of();
  }
}
