package io.github.vietcat.word;

import io.github.vietcat.token.SyllableTokenizer;
import io.github.vietcat.token.Token;
import io.github.vietcat.token.TokenType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Groups Vietnamese syllables into words with a trained model: "cán bộ đảng viên" becomes [cán
 * bộ] [đảng viên].
 *
 * <p>The model is a binary averaged perceptron that decides, for each gap between two syllables,
 * whether a word ends there. Its features are the syllables around the gap, their letter case
 * and the words of a lexicon that span or touch the gap (see {@link FeatureGroup}). Features are
 * computed on a key that ignores case, tone-mark placement and Unicode composition, so "Hoà
 * bình", "hòa bình" and their decomposed spellings segment alike.
 *
 * <p>Only syllables and foreign words are grouped; every other token (number, date, code, URL,
 * abbreviation, punctuation, symbol) is a word of its own, and no word crosses one.
 *
 * <p>A user dictionary ({@link #withUserDictionary(Path)}) adds words that are always kept whole,
 * such as names or terms neither the training data nor the lexicon know.
 *
 * <p>Instances are immutable and thread-safe: load the model once and share it.
 */
public final class WordSegmenter {

  /** The classpath resource of the default model, shipped in the vietcat-models artifact. */
  public static final String DEFAULT_MODEL_RESOURCE =
      "io/github/vietcat/models/word-segmenter.bin.gz";

  private final SegmenterModel model;
  private final UserDictionary userDictionary; // null: none
  private final boolean splitCompounds;
  private final SyllableTokenizer tokenizer = new SyllableTokenizer();

  WordSegmenter(SegmenterModel model) {
    this(model, null, false);
  }

  private WordSegmenter(SegmenterModel model, UserDictionary userDictionary,
      boolean splitCompounds) {
    this.model = Objects.requireNonNull(model, "model");
    this.userDictionary = userDictionary;
    this.splitCompounds = splitCompounds;
  }

  /**
   * A segmenter with this one's model and user dictionary that, after the model has decided,
   * splits a word of four or more syllables that its lexicon does not know, or knows only as a
   * rare form (count bucket at most {@value #MAX_SPLIT_BUCKET}, fewer than 8 occurrences in the
   * silver word list), into the fewest frequent lexicon words (bucket at least {@value
   * #MIN_PART_BUCKET}, 55 occurrences or more) of two or more syllables each, when there is such a
   * split. The model sometimes glues two neighbouring words where a third word overlaps them both
   * ("Tỉnh ủy ban hành" as one word, where "tỉnh ủy" and "ban hành" are the words and "ủy ban" is
   * one too), and the silver word list holds a few such glued forms itself; a search index wants
   * them apart, so that the query "ban hành" finds the text. Words kept whole by the user
   * dictionary are never split.
   *
   * <p>Off by default, since it is not what the model learned from its training data; the Lucene
   * tokenizer turns it on for the shipped model.
   *
   * @param split whether to split unknown long words
   * @return the segmenter with that setting (this one if it already has it)
   */
  public WordSegmenter withCompoundSplitting(boolean split) {
    return split == splitCompounds ? this : new WordSegmenter(model, userDictionary, split);
  }

  /**
   * Whether this segmenter splits unknown long words ({@link #withCompoundSplitting(boolean)}).
   *
   * @return true when it does
   */
  public boolean splitsCompounds() {
    return splitCompounds;
  }

  /**
   * A segmenter with this one's model and a user dictionary read from a UTF-8 file (see {@link
   * #withUserDictionary(Reader)} for the format and the matching rules). This segmenter is
   * unchanged; a dictionary it already had is replaced, not merged.
   *
   * @param path the dictionary file, UTF-8
   * @return the new segmenter
   * @throws IOException if the file cannot be read or is not valid UTF-8
   * @throws IllegalArgumentException for a bad entry, naming the file and the line number
   */
  public WordSegmenter withUserDictionary(Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return new WordSegmenter(model, UserDictionary.parse(reader, path.toString()),
          splitCompounds);
    }
  }

  /**
   * A segmenter with this one's model and a user dictionary: words that are always kept as one
   * word wherever all their syllables occur in sequence, whatever the model decides around
   * them.
   *
   * <p>Format: plain text, one entry per line, the entry's syllables separated by spaces ("mạng
   * xã hội"); blank lines and lines whose first non-blank character is {@code #} are ignored;
   * duplicates are ignored. An entry has 2 to {@value UserDictionary#MAX_SYLLABLES} tokens as
   * the tokenizer makes them, mostly syllables; names written like abbreviations ("McCain") and
   * numbers ("U23", "2024") may be part of one, punctuation and symbols may not. Digits must
   * match exactly.
   *
   * <p>Matching ignores case, tone-mark placement ("hoà"/"hòa") and Unicode composition, like the
   * model. Entries are matched left to right; where several start at the same syllable the
   * longest wins, and an entry never crosses punctuation or a line break. A word of several
   * tokens that are not all syllables has the type {@link TokenType#FOREIGN_WORD}. The words before and after a match are still segmented by the model.
   *
   * @param reader the dictionary text (read to its end, not closed)
   * @return the new segmenter; this one is unchanged
   * @throws IOException if reading fails
   * @throws IllegalArgumentException for a bad entry, with its line number and the reason
   */
  public WordSegmenter withUserDictionary(Reader reader) throws IOException {
    Objects.requireNonNull(reader, "reader");
    return new WordSegmenter(model, UserDictionary.parse(reader, null), splitCompounds);
  }

  /**
   * Loads the default model from the classpath (resource {@value #DEFAULT_MODEL_RESOURCE}, in the
   * {@code io.github.vietcat:vietcat-models} artifact). Each call reads the model anew: keep the
   * instance.
   *
   * @return the segmenter
   * @throws IllegalStateException if the resource is missing or cannot be read, with the
   *     resource's name and how to fix it
   */
  public static WordSegmenter loadDefault() {
    return loadResource(WordSegmenter.class.getClassLoader(), DEFAULT_MODEL_RESOURCE);
  }

  /** Loads a model resource; the failures of {@link #loadDefault()}, for any resource name. */
  static WordSegmenter loadResource(ClassLoader loader, String resource) {
    InputStream in = loader == null ? null : loader.getResourceAsStream(resource);
    if (in == null) {
      in = ClassLoader.getSystemResourceAsStream(resource);
    }
    if (in == null) {
      throw new IllegalStateException(
          "The word segmenter model resource "
              + resource
              + " is not on the classpath. Add the artifact io.github.vietcat:vietcat-models"
              + " (same version as vietcat-core) to your dependencies, or load a model file with"
              + " WordSegmenter.load(Path).");
    }
    try (InputStream stream = in) {
      return new WordSegmenter(SegmenterModel.read(stream));
    } catch (IOException e) {
      throw new IllegalStateException(
          "The word segmenter model resource "
              + resource
              + " cannot be read: "
              + e.getMessage()
              + ". The vietcat-models jar is damaged or does not match this vietcat-core;"
              + " reinstall vietcat-models of the same version as vietcat-core.",
          e);
    }
  }

  /**
   * Loads a model file written by {@link #save(OutputStream)} or by the model builder.
   *
   * @param path the model file
   * @return the segmenter
   * @throws IOException if the file cannot be read or is not a valid model; the message names the
   *     file
   */
  public static WordSegmenter load(Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    try (InputStream in = Files.newInputStream(path)) {
      return new WordSegmenter(SegmenterModel.read(in));
    } catch (IOException e) {
      throw new IOException("cannot load word segmenter model " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Loads a model from a stream (which is read to the model's end and not closed).
   *
   * @param in the model data
   * @return the segmenter
   * @throws IOException if the data cannot be read or is not a valid model
   */
  public static WordSegmenter load(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    return new WordSegmenter(SegmenterModel.read(in));
  }

  /**
   * Writes the model. Writing the same model twice gives the same bytes.
   *
   * @param out where to write (flushed, not closed)
   * @throws IOException if writing fails
   */
  public void save(OutputStream out) throws IOException {
    model.write(Objects.requireNonNull(out, "out"));
  }

  /**
   * Tokenizes a text with the default {@link SyllableTokenizer} and groups the tokens into words.
   *
   * @param text raw text (HTML and decomposed Unicode are handled by the tokenizer)
   * @return the words, in order, with offsets into {@code text}
   */
  public List<Word> segment(String text) {
    Objects.requireNonNull(text, "text");
    return group(text, 0, tokenizer.tokenize(text));
  }

  /**
   * Groups tokens into words. Each word's {@link Word#text()} is taken from {@code text}. No word
   * spans a line break.
   *
   * @param text the text the tokens were made from
   * @param tokens the tokens of {@code text}, in order
   * @return the words, in order, covering every token once
   * @throws IllegalArgumentException if a token's offsets lie outside {@code text}
   */
  public List<Word> segment(String text, List<Token> tokens) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(tokens, "tokens");
    return group(text, 0, tokens);
  }

  /**
   * Groups tokens into words when the text at hand is a piece of a longer input and the tokens'
   * offsets count from the start of that input, as a {@link io.github.vietcat.sentence.Sentence}'s
   * text and tokens do: the same words as {@link #segment(String, List)} on the tokens shifted by
   * {@code -textStart}, but with the tokens (and words) keeping their input offsets, so that no
   * token is copied to shift it.
   *
   * @param text the piece of the input the tokens were made from
   * @param textStart the offset of {@code text}'s first char in the input
   * @param tokens the tokens of {@code text}, in order, with offsets into the input
   * @return the words, in order, covering every token once, with offsets into the input
   * @throws IllegalArgumentException if {@code textStart} is negative or a token's offsets lie
   *     outside {@code text}
   * @since 0.2
   */
  public List<Word> segment(String text, int textStart, List<Token> tokens) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(tokens, "tokens");
    if (textStart < 0) {
      throw new IllegalArgumentException("textStart must not be negative, got " + textStart);
    }
    return group(text, textStart, tokens);
  }

  /**
   * Groups tokens into words when the original text is not at hand: a word's {@link Word#text()}
   * is then its tokens' texts joined by one space wherever the tokens are not adjacent, which is
   * the original text whenever single spaces separate the syllables. Prefer {@link
   * #segment(String, List)} when the text is available.
   *
   * @param tokens the tokens, in order
   * @return the words, in order, covering every token once
   */
  public List<Word> segment(List<Token> tokens) {
    Objects.requireNonNull(tokens, "tokens");
    return group(null, 0, tokens);
  }

  /**
   * Segments gold syllables, the evaluation format: each input string is one syllable or one
   * piece of a number, code or punctuation, as in UD Vietnamese, where "25 . 000" or "10 triệu"
   * can be one word. Here the model decides every gap, numbers and punctuation included.
   *
   * @param syllables the syllables of one sentence, in order
   * @return the words, each with its syllables joined by single spaces
   */
  public List<String> segmentSyllables(List<String> syllables) {
    Objects.requireNonNull(syllables, "syllables");
    int n = syllables.size();
    int[] ids = new int[n];
    byte[] shapes = new byte[n];
    boolean[] hard = new boolean[n];
    boolean[] cut = new boolean[n];
    int[] hashes = userDictionary == null ? null : new int[n];
    SyllableKeys.Buffer key = new SyllableKeys.Buffer();
    for (int i = 0; i < n; i++) {
      String s = Objects.requireNonNull(syllables.get(i), "null syllable");
      SyllableKeys.fill(s, key);
      ids[i] = model.vocabulary.id(key);
      shapes[i] = key.shape;
      if (hashes != null) {
        hashes[i] = key.hash;
      }
    }
    boolean[] joined = null;
    if (userDictionary != null) {
      joined = new boolean[n];
      boolean[] matchable = new boolean[n];
      Arrays.fill(matchable, true); // entries hold no punctuation: it never matches
      userDictionary.mark(syllables, hashes, matchable, new boolean[n], hard, joined, n);
    }
    model.decide(ids, shapes, hard, joined, n, cut);
    if (splitCompounds) {
      splitUnknownCompounds(ids, joined, n, cut);
    }
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (cut[i] && i > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
      if (word.length() > 0) {
        word.append(' ');
      }
      word.append(syllables.get(i));
    }
    if (n > 0) {
      words.add(word.toString());
    }
    return words;
  }

  /** The model (for the tests of this package). */
  SegmenterModel model() {
    return model;
  }

  /** A short description of the model: feature groups and sizes. */
  @Override
  public String toString() {
    return "WordSegmenter[features="
        + model.groups
        + ", syllables="
        + model.vocabulary.size()
        + ", lexicon="
        + model.lexicon.size()
        + ", weights="
        + model.weights.size()
        + (userDictionary == null ? "" : ", userDictionary=" + userDictionary.size())
        + "]";
  }

  /** The fewest syllables of a part made by {@link #withCompoundSplitting(boolean)}. */
  private static final int MIN_PART = 2;

  /** The largest lexicon count bucket of a word that compound splitting may split. */
  private static final int MAX_SPLIT_BUCKET = 2;

  /** The smallest lexicon count bucket of a part made by compound splitting. */
  private static final int MIN_PART_BUCKET = 5;

  /**
   * Splits each decided word of 2 * {@value #MIN_PART} or more syllables that is rare or unknown
   * in the lexicon, and holds no user-dictionary join, into the fewest frequent lexicon words of
   * at least {@value #MIN_PART} syllables; among equally few parts, the split whose rarest part is
   * most frequent wins. Words with no such split stay whole.
   */
  private void splitUnknownCompounds(int[] ids, boolean[] joined, int n, boolean[] cut) {
    Lexicon lexicon = model.lexicon;
    int first = 0;
    for (int i = 1; i <= n; i++) {
      if (i < n && !cut[i]) {
        continue;
      }
      int length = i - first;
      if (length >= 2 * MIN_PART && !userJoined(joined, first, i)
          && (lexicon.lookup(ids, first, length) & Lexicon.BUCKET_MASK) <= MAX_SPLIT_BUCKET) {
        splitWord(lexicon, ids, first, i, cut);
      }
      first = i;
    }
  }

  private static boolean userJoined(boolean[] joined, int from, int to) {
    if (joined == null) {
      return false;
    }
    for (int k = from + 1; k < to; k++) {
      if (joined[k]) {
        return true;
      }
    }
    return false;
  }

  /** Dynamic programming over the word's syllables; cuts only if a full split exists. */
  private static void splitWord(Lexicon lexicon, int[] ids, int from, int to, boolean[] cut) {
    int length = to - from;
    int[] parts = new int[length + 1]; // fewest parts covering [from, from + k); 0 = none
    int[] rarest = new int[length + 1]; // best "rarest part bucket" for that count
    int[] back = new int[length + 1];
    parts[0] = 0;
    rarest[0] = Integer.MAX_VALUE;
    for (int k = 1; k <= length; k++) {
      parts[k] = -1;
    }
    for (int k = MIN_PART; k <= length; k++) {
      int maxPart = Math.min(k, lexicon.maxLength());
      for (int size = MIN_PART; size <= maxPart; size++) {
        int start = k - size;
        if (parts[start] < 0 || (start > 0 && start < MIN_PART)) {
          continue;
        }
        int bucket = lexicon.lookup(ids, from + start, size) & Lexicon.BUCKET_MASK;
        if (bucket < MIN_PART_BUCKET || size == length) {
          continue;
        }
        int count = parts[start] + 1;
        int worst = Math.min(rarest[start], bucket);
        if (parts[k] < 0 || count < parts[k] || (count == parts[k] && worst > rarest[k])) {
          parts[k] = count;
          rarest[k] = worst;
          back[k] = start;
        }
      }
    }
    if (parts[length] < 2) {
      return;
    }
    for (int k = back[length]; k > 0; k = back[k]) {
      cut[from + k] = true;
    }
  }

  /** Whether the segmenter groups tokens of this type (syllables and foreign words). */
  static boolean groupable(TokenType type) {
    return type == TokenType.SYLLABLE || type == TokenType.FOREIGN_WORD;
  }

  /** Groups tokens whose offsets count from {@code base}, the offset of {@code text}'s start. */
  private List<Word> group(String text, int base, List<Token> tokenList) {
    Token[] tokens = tokenList.toArray(new Token[0]);
    int n = tokens.length;
    int[] ids = new int[n];
    byte[] shapes = new byte[n];
    boolean[] hard = new boolean[n];
    boolean[] cut = new boolean[n];
    SyllableKeys.Buffer key = new SyllableKeys.Buffer();
    boolean[] lineBreak = new boolean[n];
    int[] hashes = userDictionary == null ? null : new int[n];
    Token previous = null;
    for (int i = 0; i < n; i++) {
      Token t = Objects.requireNonNull(tokens[i], "null token");
      if (text != null && (t.end() - base > text.length() || t.start() < base)) {
        throw new IllegalArgumentException("token " + t + " lies outside the text (length "
            + text.length() + (base == 0 ? ")" : ", starting at " + base + ")"));
      }
      SyllableKeys.fill(t.normalized(), key); // normalized keeps the case: shape from it too
      ids[i] = model.vocabulary.id(key);
      shapes[i] = key.shape;
      if (hashes != null) {
        hashes[i] = key.hash;
      }
      lineBreak[i] = previous != null && text != null
          && separatesWords(text, previous.end() - base, t.start() - base);
      hard[i] = previous == null || !groupable(t.type()) || !groupable(previous.type())
          || lineBreak[i];
      previous = t;
    }
    boolean[] joined = null;
    if (userDictionary != null) {
      joined = new boolean[n];
      boolean[] matchable = new boolean[n];
      List<String> texts = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        matchable[i] = UserDictionary.matchable(tokens[i].type());
        texts.add(tokens[i].normalized());
      }
      userDictionary.mark(texts, hashes, matchable, lineBreak, hard, joined, n);
    }
    model.decide(ids, shapes, hard, joined, n, cut);
    if (splitCompounds) {
      splitUnknownCompounds(ids, joined, n, cut);
    }
    List<Word> words = new ArrayList<>(n);
    int first = 0;
    for (int i = 1; i <= n; i++) {
      if (i == n || cut[i]) {
        words.add(makeWord(text, base, tokens, first, i));
        first = i;
      }
    }
    return words;
  }

  /**
   * Whether the text between two tokens holds a line break. Other characters there (removed
   * markup, entities such as "&amp;nbsp;", format characters) do not separate words: the tokenizer
   * makes a token of everything that does.
   */
  private static boolean separatesWords(String text, int from, int to) {
    for (int i = Math.max(0, from); i < to && i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  private static Word makeWord(String text, int base, Token[] tokens, int from, int to) {
    Token first = tokens[from];
    Token last = tokens[to - 1];
    if (to - from == 1) {
      return new Word(
          first.text(), first.normalized(), first.type(), first.start(), first.end(),
          List.of(first));
    }
    boolean allSyllables = true;
    boolean normalizedIsText = text != null; // true while the text itself can serve as normalized
    for (int i = from; i < to; i++) {
      Token t = tokens[i];
      if (i > from) {
        Token previous = tokens[i - 1];
        normalizedIsText = normalizedIsText && t.start() == previous.end() + 1
            && text.charAt(previous.end() - base) == ' ';
      }
      normalizedIsText = normalizedIsText && t.normalized().equals(t.text());
      allSyllables &= t.type() == TokenType.SYLLABLE;
    }
    String wordText;
    if (text != null) {
      wordText = text.substring(first.start() - base, last.end() - base);
    } else {
      StringBuilder surface = new StringBuilder((last.end() - first.start()) + 4);
      for (int i = from; i < to; i++) {
        if (i > from && tokens[i].start() > tokens[i - 1].end()) {
          surface.append(' ');
        }
        surface.append(tokens[i].text());
      }
      wordText = surface.toString();
    }
    String normalized = wordText;
    if (!normalizedIsText) {
      StringBuilder joined = new StringBuilder((last.end() - first.start()) + 4);
      for (int i = from; i < to; i++) {
        if (i > from) {
          joined.append(' ');
        }
        joined.append(tokens[i].normalized());
      }
      normalized = joined.toString();
    }
    return new Word(
        wordText,
        normalized,
        allSyllables ? TokenType.SYLLABLE : TokenType.FOREIGN_WORD,
        first.start(),
        last.end(),
        tokenList(tokens, from, to));
  }

  /** {@code tokens[from, to)} as an immutable list, without an intermediate copy when short. */
  private static List<Token> tokenList(Token[] tokens, int from, int to) {
    switch (to - from) {
      case 2:
        return List.of(tokens[from], tokens[from + 1]);
      case 3:
        return List.of(tokens[from], tokens[from + 1], tokens[from + 2]);
      case 4:
        return List.of(tokens[from], tokens[from + 1], tokens[from + 2], tokens[from + 3]);
      default:
        return List.of(Arrays.copyOfRange(tokens, from, to));
    }
  }
}
