package io.github.vietcat.genre.features;

import io.github.vietcat.normalize.NormalizedText;
import io.github.vietcat.normalize.TextNormalizer;
import io.github.vietcat.sentence.Sentence;
import io.github.vietcat.sentence.SentenceSplitter;
import io.github.vietcat.token.SyllableTokenizer;
import io.github.vietcat.token.Token;
import io.github.vietcat.token.TokenType;
import io.github.vietcat.word.Word;
import io.github.vietcat.word.WordSegmenter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a news item (title and body) into the feature strings of a {@link FeatureSet}. A feature
 * that occurs several times is emitted several times, so callers can count term frequencies.
 * Instances are immutable and thread-safe.
 *
 * <p>Feature names: a plain n-gram of units joined by spaces ({@code "ban hành"}); the same with
 * {@code T:} for the title and {@code L:} for the lead; {@code TYPE:DOCUMENT_CODE}, {@code
 * TYPE:PERCENT}...; {@code CODE:CT} for the kind of a document code such as {@code 21-CT/TU}; {@code
 * MANY:PERCENT} when an item has at least three percentages; {@code W:} for a word; {@code
 * CUE:INSTRUCT} when the body read has an expression of a cue group of {@code genre-cues.txt}
 * ({@code CUE:INSTRUCT:2+}, {@code :4+} when it has several), {@code T:CUE:} and {@code L:CUE:}
 * for the title and the opening sentences, {@code L:CUE:OPEN_DATE} when the body opens with a
 * date.
 */
public final class GenreFeatureExtractor {

  static final Pattern PLAIN_UNIT = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}_]{2,}");
  private static final Pattern LEAD_END = Pattern.compile("[.!?…][\"”’)]*\\s+|\\n+");
  private static final Pattern CODE_KIND = Pattern.compile("[\\p{Lu}Đ]+");
  private static final int MANY = 3;

  private static final TextNormalizer NORMALIZER = new TextNormalizer();
  private static final SyllableTokenizer TOKENIZER = new SyllableTokenizer(NORMALIZER);
  private static final SentenceSplitter SPLITTER = new SentenceSplitter(TOKENIZER, true);
  private static final int OPENING_UNITS = 4;

  /** Loaded with the class; the resource is part of this artifact. */
  private static final GenreCues CUES = GenreCues.load(GenreFeatureExtractor::cueUnits);

  private final FeatureSet featureSet;
  private final WordSegmenter segmenter;

  /**
   * Creates an extractor. A feature set with {@link FeatureSet#words()} loads the default word
   * segmenter ({@link WordSegmenter#loadDefault()}, from the vietcat-models artifact).
   *
   * @param featureSet the features to produce
   * @throws IllegalStateException if words are wanted and the segmenter model is not available
   */
  public GenreFeatureExtractor(FeatureSet featureSet) {
    this.featureSet = Objects.requireNonNull(featureSet, "featureSet");
    this.segmenter = featureSet.words() ? WordSegmenter.loadDefault() : null;
  }

  /** Returns the feature set this extractor produces. */
  public FeatureSet featureSet() {
    return featureSet;
  }

  /**
   * Extracts the features of an item.
   *
   * @param title the headline (may be empty)
   * @param body the lead and body (may be empty)
   * @return the features, with repetitions
   */
  public List<String> extract(String title, String body) {
    List<String> out = new ArrayList<>();
    extract(title, body, out::add);
    return out;
  }

  /**
   * Extracts the features of an item into a sink.
   *
   * @param title the headline (may be empty)
   * @param body the lead and body (may be empty)
   * @param sink receives every feature, with repetitions
   */
  public void extract(String title, String body, Consumer<String> sink) {
    Objects.requireNonNull(sink, "sink");
    extractSequences(title, body, feature -> sink.accept(feature.toString()));
  }

  /**
   * Extracts the features of an item into a sink without making a {@code String} of each one:
   * for look-ups that need the feature only during the call (a model's vocabulary), this saves a
   * copy per n-gram. The same features in the same order as {@link #extract(String, String,
   * Consumer)}.
   *
   * @param title the headline (may be empty)
   * @param body the lead and body (may be empty)
   * @param sink receives every feature, with repetitions; the sequence it gets may be a buffer
   *     that the next feature overwrites, so it must read it during the call and copy it ({@code
   *     toString()}) to keep it
   */
  public void extractSequences(String title, String body, Consumer<? super CharSequence> sink) {
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    String usedBody = truncate(body, featureSet.maxBodyChars());
    if (featureSet.units() == FeatureSet.Units.PLAIN) {
      plainNgrams(title + "\n" + usedBody, "", sink);
      if (featureSet.titleMarked()) {
        plainNgrams(title, "T:", sink);
      }
      if (featureSet.leadSentences() > 0) {
        plainNgrams(lead(usedBody, featureSet.leadSentences()), "L:", sink);
      }
      return;
    }
    List<Token> titleTokens = TOKENIZER.tokenize(title);
    NormalizedText normalizedBody = NORMALIZER.normalize(usedBody);
    List<Token> bodyTokens = TOKENIZER.tokenize(normalizedBody);
    Map<TokenType, Integer> typeCounts = new EnumMap<>(TokenType.class);
    syllableNgrams(titleTokens, "", sink);
    syllableNgrams(bodyTokens, "", sink);
    if (featureSet.titleMarked()) {
      syllableNgrams(titleTokens, "T:", sink);
    }
    List<Token> leadTokens = new ArrayList<>();
    if (featureSet.leadSentences() > 0) {
      List<Sentence> sentences = SPLITTER.split(normalizedBody, bodyTokens);
      for (int i = 0; i < Math.min(featureSet.leadSentences(), sentences.size()); i++) {
        leadTokens.addAll(sentences.get(i).tokens());
      }
      syllableNgrams(leadTokens, "L:", sink);
    }
    if (featureSet.cues()) {
      cues(cueUnits(titleTokens), "T:CUE:", false, sink);
      List<String> leadUnits = cueUnits(leadTokens);
      cues(leadUnits, "L:CUE:", false, sink);
      List<String> bodyUnits = cueUnits(bodyTokens);
      cues(bodyUnits, "CUE:", true, sink);
      for (int i = 0; i < Math.min(OPENING_UNITS, bodyUnits.size()); i++) {
        if (bodyUnits.get(i).equals("<date>")) {
          sink.accept("L:CUE:OPEN_DATE");
          break;
        }
      }
    }
    if (segmenter != null) {
      words(segmenter.segment(title, titleTokens), "W:", sink);
      words(segmenter.segment(usedBody, bodyTokens), "W:", sink);
      if (featureSet.titleMarked()) {
        words(segmenter.segment(title, titleTokens), "T:W:", sink);
      }
    }
    if (featureSet.tokenTypes()) {
      types(titleTokens, featureSet.titleMarked() ? "T:" : "", sink, typeCounts);
      types(bodyTokens, "", sink, typeCounts);
      for (Map.Entry<TokenType, Integer> e : typeCounts.entrySet()) {
        if (e.getValue() >= MANY) {
          sink.accept("MANY:" + e.getKey());
        }
      }
    }
  }

  /**
   * Describes a feature in words, for the evidence of a decision.
   *
   * @param feature a feature name produced by this class
   * @return a short human-readable description
   */
  public static String describe(String feature) {
    String where = "text";
    String f = feature;
    if (f.startsWith("T:")) {
      where = "title";
      f = f.substring(2);
    } else if (f.startsWith("L:")) {
      where = "lead";
      f = f.substring(2);
    }
    if (f.startsWith("TYPE:")) {
      return where + " has a " + f.substring(5).toLowerCase(Locale.ROOT).replace('_', ' ');
    }
    if (f.startsWith("CODE:")) {
      return where + " cites a document coded " + f.substring(5);
    }
    if (f.startsWith("MANY:")) {
      return "text has several of type " + f.substring(5).toLowerCase(Locale.ROOT).replace('_', ' ');
    }
    if (f.startsWith("CUE:")) {
      return where + " has cue expressions of group " + f.substring(4);
    }
    if (f.startsWith("W:")) {
      return where + " has the word \"" + f.substring(2) + "\"";
    }
    return where + " has \"" + f + "\"";
  }

  /**
   * Tells whether a feature is a cue feature ({@code CUE:}, {@code T:CUE:}, {@code L:CUE:}).
   *
   * @param feature a feature name produced by this class
   * @return whether it stands for a group of cue expressions
   */
  public static boolean isCue(String feature) {
    return feature.startsWith("CUE:") || feature.startsWith("T:CUE:")
        || feature.startsWith("L:CUE:");
  }

  /**
   * Finds where a feature occurs among tokens, for evidence a person can check: the token ranges
   * {@code [first, end)} whose units make the n-gram, the cue expressions of the group, or the
   * typed tokens. The {@code T:} and {@code L:} prefixes are ignored (the caller passes the tokens
   * of the part concerned); a feature that names no words (none of these kinds) gives no range.
   *
   * @param feature a feature name produced by this class
   * @param tokens the tokens of the text concerned
   * @return token ranges, left to right
   */
  public static List<int[]> locate(String feature, List<Token> tokens) {
    return locateAll(List.of(feature), tokens).get(0);
  }

  /**
   * Finds where each of several features occurs among the same tokens, as {@link #locate(String,
   * List)} does for one, computing the tokens' units and cue expressions once for all of them.
   *
   * @param features feature names produced by this class
   * @param tokens the tokens of the text concerned
   * @return for each feature, in order, its token ranges, left to right
   */
  public static List<List<int[]>> locateAll(List<String> features, List<Token> tokens) {
    List<String> units = null;
    Map<String, List<int[]>> cueSpans = null;
    List<List<int[]>> out = new ArrayList<>(features.size());
    for (String feature : features) {
      String f = feature.startsWith("T:") || feature.startsWith("L:") ? feature.substring(2)
          : feature;
      if (f.startsWith("CUE:") && !cueGroup(f).equals("OPEN_DATE")) {
        if (cueSpans == null) {
          cueSpans = CUES.allSpans(cueUnits(tokens));
        }
        List<int[]> spans = cueSpans.getOrDefault(cueGroup(f), List.of());
        List<int[]> copy = new ArrayList<>(spans.size());
        for (int[] span : spans) {
          copy.add(span.clone());
        }
        out.add(copy);
      } else if (!f.startsWith("CUE:") && !f.startsWith("TYPE:") && !f.startsWith("MANY:")
          && !f.startsWith("CODE:")) {
        if (units == null) {
          units = new ArrayList<>(tokens.size());
          for (Token token : tokens) {
            units.add(unit(token));
          }
        }
        out.add(ngramSpans(f, units));
      } else {
        out.add(locateOne(f, tokens));
      }
    }
    return out;
  }

  private static String cueGroup(String f) {
    String group = f.substring(4);
    int grade = group.indexOf(':');
    return grade > 0 ? group.substring(0, grade) : group;
  }

  /** The ranges of an n-gram feature ({@code W:} words with their syllables) among units. */
  private static List<int[]> ngramSpans(String f, List<String> units) {
    if (f.startsWith("W:")) {
      f = f.substring(2).replace('_', ' ');
    }
    String[] gram = f.split(" ");
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i + gram.length <= units.size(); i++) {
      boolean match = true;
      for (int k = 0; k < gram.length && match; k++) {
        String unit = units.get(i + k);
        match = unit != null && unit.equals(gram[k]);
      }
      if (match) {
        out.add(new int[] {i, i + gram.length});
      }
    }
    return out;
  }

  /** {@link #locate} of a feature without its {@code T:} or {@code L:} prefix. */
  private static List<int[]> locateOne(String f, List<Token> tokens) {
    List<int[]> out = new ArrayList<>();
    if (f.startsWith("CUE:")) {
      String group = f.substring(4);
      int grade = group.indexOf(':');
      if (grade > 0) {
        group = group.substring(0, grade);
      }
      if (group.equals("OPEN_DATE")) {
        for (int i = 0; i < Math.min(OPENING_UNITS, tokens.size()); i++) {
          if (tokens.get(i).type() == TokenType.DATE) {
            out.add(new int[] {i, i + 1});
            break;
          }
        }
        return out;
      }
      return CUES.spans(cueUnits(tokens), group);
    }
    if (f.startsWith("TYPE:") || f.startsWith("MANY:")) {
      String type = f.substring(5);
      for (int i = 0; i < tokens.size(); i++) {
        if (tokens.get(i).type().name().equals(type)) {
          out.add(new int[] {i, i + 1});
        }
      }
      return out;
    }
    if (f.startsWith("CODE:")) {
      String kind = f.substring(5);
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.type() == TokenType.DOCUMENT_CODE) {
          Matcher m = CODE_KIND.matcher(t.normalized());
          if (m.find() && m.group().equals(kind)) {
            out.add(new int[] {i, i + 1});
          }
        }
      }
      return out;
    }
    List<String> units = new ArrayList<>(tokens.size());
    for (Token token : tokens) {
      units.add(unit(token));
    }
    return ngramSpans(f, units);
  }

  /** How many blocks {@link #block(String)} distinguishes. */
  public static final int BLOCKS = 4;

  /**
   * Returns the block of a feature for block-wise normalization: 0 for the title, 1 for the lead,
   * 2 for token types, 3 for the rest.
   *
   * @param feature a feature name produced by this class
   * @return the block, 0 to {@link #BLOCKS} - 1
   */
  public static int block(String feature) {
    if (feature.startsWith("T:")) {
      return 0;
    }
    if (feature.startsWith("L:")) {
      return 1;
    }
    if (feature.startsWith("TYPE:") || feature.startsWith("CODE:") || feature.startsWith("MANY:")) {
      return 2;
    }
    return 3;
  }

  private static void cues(List<String> units, String prefix, boolean graded,
      Consumer<? super CharSequence> sink) {
    for (Map.Entry<String, Integer> e : CUES.count(units).entrySet()) {
      sink.accept(prefix + e.getKey());
      if (graded && e.getValue() >= 2) {
        sink.accept(prefix + e.getKey() + ":2+");
      }
      if (graded && e.getValue() >= 4) {
        sink.accept(prefix + e.getKey() + ":4+");
      }
    }
  }

  /** The units of the cue matcher: those of the n-grams, with a break for punctuation. */
  private static List<String> cueUnits(List<Token> tokens) {
    List<String> units = new ArrayList<>(tokens.size());
    for (Token token : tokens) {
      String unit = unit(token);
      units.add(unit == null ? GenreCues.BREAK : unit);
    }
    return units;
  }

  private static List<String> cueUnits(String expression) {
    List<String> units = cueUnits(TOKENIZER.tokenize(expression));
    units.removeIf(GenreCues.BREAK::equals);
    return units;
  }

  /**
   * Cuts a text at a space at or before {@code maxChars} chars.
   *
   * @param body the text
   * @param maxChars the most chars to keep; 0 keeps all
   * @return the text, or its opening
   */
  public static String truncate(String body, int maxChars) {
    if (maxChars == 0 || body.length() <= maxChars) {
      return body;
    }
    int cut = maxChars;
    while (cut > 0 && !Character.isWhitespace(body.charAt(cut))) {
      cut--;
    }
    return body.substring(0, cut == 0 ? maxChars : cut);
  }

  static String lead(String body, int sentences) {
    Matcher m = LEAD_END.matcher(body);
    int end = body.length();
    int found = 0;
    while (m.find()) {
      if (m.start() == 0) {
        continue;
      }
      if (++found == sentences) {
        end = m.start() + 1;
        break;
      }
    }
    return body.substring(0, Math.min(end, body.length()));
  }

  private void plainNgrams(String text, String prefix, Consumer<? super CharSequence> sink) {
    emitNgrams(plainUnits(text), prefix, sink);
  }

  /**
   * The plain units of a text: lower-cased, the maximal runs of two or more code points that are
   * letters, marks, decimal digits or {@code _} (what {@link #PLAIN_UNIT} matches, scanned by hand
   * because the regular expression was the hot spot of plain n-gram models).
   */
  static List<String> plainUnits(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> units = new ArrayList<>();
    int start = -1;
    int codePoints = 0;
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      if (isPlainUnitChar(cp)) {
        if (start < 0) {
          start = i;
          codePoints = 0;
        }
        codePoints++;
      } else if (start >= 0) {
        if (codePoints >= 2) {
          units.add(lower.substring(start, i));
        }
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0 && codePoints >= 2) {
      units.add(lower.substring(start));
    }
    return units;
  }

  private static boolean isPlainUnitChar(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
          || cp == '_';
    }
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER:
      case Character.LOWERCASE_LETTER:
      case Character.TITLECASE_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.OTHER_LETTER:
      case Character.NON_SPACING_MARK:
      case Character.ENCLOSING_MARK:
      case Character.COMBINING_SPACING_MARK:
      case Character.DECIMAL_DIGIT_NUMBER:
        return true;
      default:
        return false;
    }
  }

  private void syllableNgrams(List<Token> tokens, String prefix, Consumer<? super CharSequence> sink) {
    List<String> run = new ArrayList<>();
    for (Token token : tokens) {
      String unit = unit(token);
      if (unit == null) {
        emitNgrams(run, prefix, sink);
        run.clear();
      } else {
        run.add(unit);
      }
    }
    emitNgrams(run, prefix, sink);
  }

  private void emitNgrams(List<String> units, String prefix, Consumer<? super CharSequence> sink) {
    int n = featureSet.ngrams();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < units.size(); i++) {
      sb.setLength(0);
      sb.append(prefix);
      for (int len = 1; len <= n && i + len <= units.size(); len++) {
        if (len > 1) {
          sb.append(' ');
        }
        sb.append(units.get(i + len - 1));
        sink.accept(sb);
      }
    }
  }

  private static String unit(Token token) {
    switch (token.type()) {
      case SYLLABLE:
      case FOREIGN_WORD:
      case ABBREVIATION:
        return token.normalized().toLowerCase(Locale.ROOT);
      case NUMBER:
        return "<num>";
      case PERCENT:
        return "<pct>";
      case DATE:
        return "<date>";
      case TIME:
        return "<time>";
      case DOCUMENT_CODE:
        return "<code>";
      case URL:
      case EMAIL:
      case HASHTAG:
      case MENTION:
        return "<link>";
      default:
        return null;
    }
  }

  /** Emits the words of two syllables or more; single syllables are already unigrams. */
  private static void words(List<Word> words, String prefix, Consumer<? super CharSequence> sink) {
    for (Word word : words) {
      if (word.size() > 1 && word.type() == TokenType.SYLLABLE) {
        sink.accept(prefix + word.normalized().toLowerCase(Locale.ROOT));
      }
    }
  }

  private static void types(
      List<Token> tokens, String prefix, Consumer<? super CharSequence> sink, Map<TokenType, Integer> counts) {
    for (Token token : tokens) {
      TokenType type = token.type();
      if (type == TokenType.DOCUMENT_CODE
          || type == TokenType.DATE
          || type == TokenType.NUMBER
          || type == TokenType.PERCENT) {
        sink.accept(prefix + "TYPE:" + type);
        counts.merge(type, 1, Integer::sum);
        if (type == TokenType.DOCUMENT_CODE) {
          Matcher m = CODE_KIND.matcher(token.normalized());
          if (m.find()) {
            sink.accept(prefix + "CODE:" + m.group());
          }
        }
      }
    }
  }
}
