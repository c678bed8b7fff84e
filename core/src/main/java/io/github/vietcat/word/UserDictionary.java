package io.github.vietcat.word;

import io.github.vietcat.token.SyllableTokenizer;
import io.github.vietcat.token.Token;
import io.github.vietcat.token.TokenType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words a user wants kept whole, whatever the model says: parsed from plain text (see {@link
 * WordSegmenter#withUserDictionary(Reader)}) into syllable-key sequences, matched longest first.
 * Keys ignore case, tone-mark placement and Unicode composition like the model's features, but
 * keep digits (the model's keys read every digit as 0). Immutable and thread-safe.
 */
final class UserDictionary {

  /** Longest entry accepted, in syllables; longer lines are almost surely not words. */
  static final int MAX_SYLLABLES = 32;

  /** Bits of the filter over the first syllables' model-key hashes. */
  private static final int FILTER_BITS = 1 << 16;

  /** Entries by their first syllable's key, longest first. */
  private final Map<String, List<String[]>> byFirstKey;

  /**
   * A bit set over the hashes of the first syllables' model keys ({@link SyllableKeys#fill}
   * computes them anyway): most syllables are ruled out without building their key.
   */
  private final long[] firstFilter;

  private final int size;

  private UserDictionary(Map<String, List<String[]>> byFirstKey, long[] firstFilter, int size) {
    this.byFirstKey = byFirstKey;
    this.firstFilter = firstFilter;
    this.size = size;
  }

  /** Whether an item whose model key has this hash may start an entry. */
  boolean mayStart(int modelKeyHash) {
    int bit = modelKeyHash & (FILTER_BITS - 1);
    return (firstFilter[bit >>> 6] & (1L << bit)) != 0;
  }

  /** The number of distinct entries. */
  int size() {
    return size;
  }

  /**
   * Parses a dictionary: UTF-8 text already decoded, one entry per line, syllables separated by
   * spaces, blank lines and lines starting with '#' ignored.
   *
   * @param reader the text (read to its end, not closed)
   * @param source a name for the source in error messages, or null
   * @throws IllegalArgumentException for a bad line, with its number and the reason
   */
  static UserDictionary parse(Reader reader, String source) throws IOException {
    BufferedReader lines =
        reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    SyllableTokenizer tokenizer = new SyllableTokenizer();
    Set<String> seen = new LinkedHashSet<>();
    Map<String, List<String[]>> byFirstKey = new HashMap<>();
    long[] firstFilter = new long[FILTER_BITS / 64];
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      String entry = line.strip();
      if (number == 1 && entry.startsWith("\uFEFF")) {
        entry = entry.substring(1).strip(); // a byte-order mark some editors write
      }
      if (entry.isEmpty() || entry.startsWith("#")) {
        continue;
      }
      List<Token> tokens = tokenizer.tokenize(entry);
      String[] keys = entryKeys(entry, tokens, source, number);
      if (seen.add(String.join(" ", keys))) {
        byFirstKey.computeIfAbsent(keys[0], k -> new ArrayList<>()).add(keys);
        int bit = Vocabulary.hash(SyllableKeys.key(tokens.get(0).normalized())) & (FILTER_BITS - 1);
        firstFilter[bit >>> 6] |= 1L << bit;
      }
    }
    for (List<String[]> entries : byFirstKey.values()) {
      entries.sort(Comparator.comparingInt((String[] e) -> e.length).reversed()); // stable
    }
    return new UserDictionary(byFirstKey, firstFilter, seen.size());
  }

  private static String[] entryKeys(
      String entry, List<Token> tokens, String source, int number) {
    if (tokens.size() < 2) {
      throw badLine(source, number, entry,
          "an entry needs at least two syllables separated by spaces (one syllable is always a"
              + " word by itself)");
    }
    if (tokens.size() > MAX_SYLLABLES) {
      throw badLine(source, number, entry,
          "an entry has at most " + MAX_SYLLABLES + " syllables, this one has " + tokens.size());
    }
    String[] keys = new String[tokens.size()];
    for (int i = 0; i < keys.length; i++) {
      Token t = tokens.get(i);
      if (!matchable(t.type())) {
        throw badLine(source, number, entry,
            "\"" + t.text() + "\" is " + t.type() + ": entries never hold punctuation or"
                + " symbols");
      }
      if (i > 0 && !entry.substring(tokens.get(i - 1).end(), t.start()).isBlank()) {
        throw badLine(source, number, entry, "syllables must be separated by spaces");
      }
      keys[i] = key(t.normalized());
    }
    return keys;
  }

  private static IllegalArgumentException badLine(
      String source, int number, String entry, String reason) {
    return new IllegalArgumentException(
        "user dictionary" + (source == null ? "" : " " + source) + ", line " + number + " (\"" + entry + "\"): " + reason);
  }

  /** Whether a token of this type can be part of an entry: anything but punctuation. */
  static boolean matchable(TokenType type) {
    return type != TokenType.PUNCTUATION && type != TokenType.SYMBOL;
  }

  /** The matching key of one syllable: the model's key with the digits kept as they are. */
  static String key(CharSequence syllable) {
    StringBuilder key = new StringBuilder(syllable.length() + 4);
    SyllableKeys.key(syllable, key);
    boolean digits = false;
    for (int i = 0; i < syllable.length(); i++) {
      char c = syllable.charAt(i);
      if (Character.isDigit(c)) {
        if (!digits) {
          key.append('\u0000');
          digits = true;
        }
        key.append(c);
      }
    }
    return key.toString();
  }

  /**
   * Marks the entries found in a sequence, left to right, the longest entry at each position
   * winning; a match never covers a hard cut.
   *
   * @param texts the items' texts (keys are computed from them only where needed)
   * @param modelKeyHashes the hashes of the items' model keys, as {@link SyllableKeys#fill}
   *     computes them
   * @param matchable whether each item may be part of an entry
   * @param barrier {@code barrier[i]}: no entry may cover the gap before item i (line breaks)
   * @param hardCut receives the entries' boundaries
   * @param joined receives {@code true} before each item inside an entry
   * @param n the number of items
   * @return whether any entry was found
   */
  boolean mark(List<? extends CharSequence> texts, int[] modelKeyHashes, boolean[] matchable,
      boolean[] barrier, boolean[] hardCut, boolean[] joined, int n) {
    if (byFirstKey.isEmpty() || n < 2) {
      return false;
    }
    String[] keys = new String[n];
    boolean found = false;
    int i = 0;
    while (i < n - 1) {
      int length = matchable[i] && mayStart(modelKeyHashes[i])
          ? longestAt(texts, matchable, barrier, keys, i, n) : 0;
      if (length == 0) {
        i++;
        continue;
      }
      found = true;
      hardCut[i] = true;
      for (int j = i + 1; j < i + length; j++) {
        joined[j] = true;
      }
      if (i + length < n) {
        hardCut[i + length] = true;
      }
      i += length;
    }
    return found;
  }

  private int longestAt(List<? extends CharSequence> texts, boolean[] matchable,
      boolean[] barrier, String[] keys, int start, int n) {
    List<String[]> candidates = byFirstKey.get(keyAt(texts, keys, start));
    if (candidates == null) {
      return 0;
    }
    for (String[] entry : candidates) {
      if (start + entry.length > n) {
        continue;
      }
      boolean match = true;
      for (int j = 1; j < entry.length && match; j++) {
        int item = start + j;
        match = matchable[item] && !barrier[item] && entry[j].equals(keyAt(texts, keys, item));
      }
      if (match) {
        return entry.length;
      }
    }
    return 0;
  }

  private static String keyAt(List<? extends CharSequence> texts, String[] keys, int i) {
    if (keys[i] == null) {
      keys[i] = key(texts.get(i));
    }
    return keys[i];
  }
}
