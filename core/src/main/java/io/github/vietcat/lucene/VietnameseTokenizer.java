package io.github.vietcat.lucene;

import io.github.vietcat.normalize.TextNormalizer;
import io.github.vietcat.token.SyllableTokenizer;
import io.github.vietcat.token.Token;
import io.github.vietcat.token.TokenType;
import io.github.vietcat.word.Word;
import io.github.vietcat.word.WordSegmenter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * A Lucene {@link Tokenizer} for Vietnamese: the vietcat {@link SyllableTokenizer} and, in {@link
 * Mode#WORD} (the default) and {@link Mode#MIXED}, the {@link WordSegmenter} behind Lucene's
 * attribute API. Each term is the token's (or word's) normalized form ({@link Token#normalized()}:
 * NFC, Đ for the look-alike Ð, tone marks in canonical place, case kept), with offsets into the
 * original input (through {@link #correctOffset(int)}, so char filters before it stay exact) and
 * the token type as {@code <SYLLABLE>}, {@code <DOCUMENT_CODE>}, ... ({@link #typeOf(TokenType)}).
 *
 * <p>The tokenizer reads plain text: a {@code <} or {@code &} is text like any other character
 * (a symbol token, dropped with the punctuation). For HTML, put Lucene's {@link
 * HTMLStripCharFilter} (SPI name {@code htmlStrip}) before it, as {@link VietnameseAnalyzer} does
 * when its HTML switch is on: it removes tags, comments, {@code script} and {@code style} blocks
 * and decodes entities in one streaming pass, so the result does not depend on how the input is
 * read.
 *
 * <p>The input is read in chunks that end at a line break after at least {@value #CHUNK_CHARS}
 * chars (or at the end), so memory stays bounded by the longest line; since no token or word
 * crosses a line break, the terms are the same whatever the chunking.
 *
 * <p>A term longer than {@link #getMaxTokenLength()} chars (default {@value
 * #DEFAULT_MAX_TOKEN_LENGTH}, as Lucene's {@code StandardTokenizer}) is split into pieces of at
 * most that length, each at its own position, so that a huge run without spaces never makes
 * {@code IndexWriter} reject the document.
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
    WORD,
    /**
     * Both, stacked as nori's {@code decompoundMode=mixed} does: a word of several syllables is
     * a term with a position length of its syllable count, followed by its syllables, the first at
     * the word's position (increment 0) and the others one position apart. A short query then
     * matches whatever the segmenter decided ("hoà lâm" finds "Tỉnh uỷ Hoà Lâm" whether or not
     * the name was glued to its neighbour), and a phrase of syllables still matches inside words.
     */
    MIXED;

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

    /** Whether this mode groups syllables into words. */
    boolean segments() {
      return this != SYLLABLE;
    }
  }

  /** The mode used when none is given. */
  public static final Mode DEFAULT_MODE = Mode.WORD;

  /** Whether punctuation and symbol tokens are dropped when not told otherwise. */
  public static final boolean DEFAULT_DISCARD_PUNCTUATION = true;

  /** The longest term, in chars, when not told otherwise (as Lucene's StandardTokenizer). */
  public static final int DEFAULT_MAX_TOKEN_LENGTH = 255;

  /** The largest accepted {@code maxTokenLength} (as Lucene's StandardTokenizer). */
  public static final int MAX_TOKEN_LENGTH_LIMIT = 1024 * 1024;

  static final int CHUNK_CHARS = 16 * 1024;

  /** Plain text: markup is the job of a char filter before the tokenizer. */
  private static final SyllableTokenizer SYLLABLES =
      new SyllableTokenizer(new TextNormalizer(false, false));

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);

  private final Mode mode;
  private final boolean discardPunctuation;
  private final WordSegmenter segmenter; // null in SYLLABLE mode
  private int maxTokenLength = DEFAULT_MAX_TOKEN_LENGTH;

  /** One term to emit, offsets relative to its chunk. */
  private record Term(String text, int start, int end, String type, int posInc, int posLen) {}

  // Per-stream state, cleared by reset().
  private final char[] readBuffer = new char[4096];
  private final StringBuilder pending = new StringBuilder();
  private boolean inputDone;
  private int pendingBase; // offset of pending.charAt(0) in the whole input
  private int scannedForBreak; // pending is known to have no break before this index
  private final List<Term> chunkTerms = new ArrayList<>();
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
   * @param segmenter the word segmenter for word and mixed mode, used as it is; null for the
   *     shipped one with compound splitting on ({@link WordSegmenter#withCompoundSplitting}); ignored
   *     in syllable mode
   * @throws IllegalStateException in word or mixed mode without a segmenter, if the shipped
   *     segmenter model (artifact vietcat-models) is not on the classpath
   */
  public VietnameseTokenizer(AttributeFactory factory, Mode mode, boolean discardPunctuation,
      WordSegmenter segmenter) {
    super(factory);
    this.mode = Objects.requireNonNull(mode, "mode");
    this.discardPunctuation = discardPunctuation;
    if (mode.segments()) {
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
   * Sets the longest term; longer ones are split into pieces of this many chars (a piece never
   * ends between the two chars of a surrogate pair, so it can be one char shorter). Takes effect
   * from the next {@link #reset()}.
   *
   * @param length the maximum term length in chars, 1 to {@value #MAX_TOKEN_LENGTH_LIMIT}
   * @throws IllegalArgumentException if the length is out of that range
   */
  public void setMaxTokenLength(int length) {
    if (length < 1 || length > MAX_TOKEN_LENGTH_LIMIT) {
      throw new IllegalArgumentException(
          "maxTokenLength must be 1.." + MAX_TOKEN_LENGTH_LIMIT + ", not " + length);
    }
    this.maxTokenLength = length;
  }

  /**
   * The longest term, in chars.
   *
   * @return the maximum term length
   */
  public int getMaxTokenLength() {
    return maxTokenLength;
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
    while (next >= chunkTerms.size()) {
      if (!nextChunk()) {
        return false;
      }
    }
    Term term = chunkTerms.get(next++);
    termAtt.setEmpty().append(term.text());
    offsetAtt.setOffset(correctOffset(chunkBase + term.start()),
        correctOffset(chunkBase + term.end()));
    typeAtt.setType(term.type());
    posIncAtt.setPositionIncrement(term.posInc());
    posLenAtt.setPositionLength(term.posLen());
    return true;
  }

  /** Reads the next chunk and makes its terms; false at the end of the input. */
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
    chunkTerms.clear();
    next = 0;
    analyze(chunk);
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

  /** Makes the terms of one chunk in this tokenizer's mode. */
  private void analyze(String chunk) {
    List<Token> tokens = SYLLABLES.tokenize(chunk);
    if (!mode.segments()) {
      for (Token token : tokens) {
        addToken(token, 1);
      }
      return;
    }
    List<Word> words = segmenter.segment(chunk, tokens);
    for (Word word : words) {
      List<Token> parts = word.tokens();
      if (parts.size() == 1) {
        addToken(parts.get(0), 1);
      } else if (mode == Mode.WORD) {
        addPieces(word.normalized(), word.start(), word.end(), typeOf(word.type()), 1);
      } else {
        addStacked(word, parts);
      }
    }
  }

  private boolean dropped(TokenType type) {
    return discardPunctuation && (type == TokenType.PUNCTUATION || type == TokenType.SYMBOL);
  }

  private void addToken(Token token, int posInc) {
    if (!dropped(token.type())) {
      addPieces(token.normalized(), token.start(), token.end(), typeOf(token.type()), posInc);
    }
  }

  /** Mixed mode: the word spanning its parts, then the parts (unless something is too long). */
  private void addStacked(Word word, List<Token> parts) {
    boolean fits = word.normalized().length() <= maxTokenLength;
    for (int i = 0; fits && i < parts.size(); i++) {
      fits = parts.get(i).normalized().length() <= maxTokenLength;
    }
    if (fits) {
      chunkTerms.add(new Term(word.normalized(), word.start(), word.end(), typeOf(word.type()), 1,
          parts.size()));
    }
    for (int i = 0; i < parts.size(); i++) {
      // Only syllables and foreign words are grouped, so no part is dropped as punctuation.
      addToken(parts.get(i), fits && i == 0 ? 0 : 1);
    }
  }

  /**
   * Adds one term, split into pieces of at most {@link #maxTokenLength} chars. A piece's offsets
   * are exact when the term is as long as its span of the input (it almost always is); otherwise
   * they are clamped to the span, the last piece ending where the term ends.
   */
  private void addPieces(String text, int start, int end, String type, int posInc) {
    int length = text.length();
    if (length <= maxTokenLength) {
      chunkTerms.add(new Term(text, start, end, type, posInc, 1));
      return;
    }
    int span = end - start;
    int from = 0;
    while (from < length) {
      int to = Math.min(length, from + maxTokenLength);
      if (to < length && to - from > 1 && Character.isHighSurrogate(text.charAt(to - 1))) {
        to--;
      }
      int pieceStart = start + Math.min(from, span);
      int pieceEnd = to == length ? end : start + Math.min(to, span);
      chunkTerms.add(new Term(text.substring(from, to), pieceStart, pieceEnd, type,
          from == 0 ? posInc : 1, 1));
      from = to;
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
    chunkTerms.clear();
    chunkBase = 0;
    next = 0;
  }

  @Override
  public void close() throws IOException {
    super.close();
    pending.setLength(0);
    pending.trimToSize();
    chunkTerms.clear();
  }
}
