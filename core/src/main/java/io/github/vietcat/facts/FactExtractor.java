package io.github.vietcat.facts;

import io.github.vietcat.genre.Genre;
import io.github.vietcat.token.SyllableTokenizer;
import io.github.vietcat.token.TokenType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Extracts the structured facts of a news item with rules over its typed tokens ({@link
 * SyllableTokenizer}): the documents it cites, and the facts of a directive, a meeting and a
 * training report ({@link ItemFacts}). Every fact keeps its exact span in the input and the {@link
 * RuleEvidence} of the rule that found it.
 *
 * <pre>{@code
 * FactExtractor extractor = new FactExtractor();          // once; thread-safe
 * ItemFacts facts = extractor.extract(text);              // every section with evidence
 * DirectiveFacts d = facts.directive();                   // or read the item's genre's section
 * System.out.println(d.docCode().text() + " " + d.issuer().text());
 * }</pre>
 *
 * <p>The input is the item as one string (a title on the first line, then the body, as the
 * classifier takes it); all offsets point into it. Dates follow the policy of {@link DateFact}: no
 * year unless the same expression states one; {@link ItemFacts#resolveDates} resolves them
 * against a reference date.
 *
 * <p>Thread-safe: no mutable state; one instance can serve all threads. Time is linear in the
 * input, up to a constant number of passes per sentence.
 */
public final class FactExtractor {

  /** At most this many documents, addressees and figures are kept. */
  static final int MAX_DOCUMENTS = 8;
  static final int MAX_ADDRESSEES = 5;
  static final int MAX_FIGURES = 8;
  static final int MAX_DEADLINES = 5;
  /** A quoted theme ("với chủ đề") is looked for in this many sentences of the body. */
  static final int THEME_SENTENCES = 12;
  /** Spans of subjects and topics stop after this many tokens. */
  static final int MAX_PHRASE_TOKENS = 45;
  /** Cap on the tokens of a quoted title (a theme in quotes may run long). */
  static final int MAX_QUOTE_TOKENS = 64;
  /** Only this many sentences from the start of the body are read for the main clause. */
  static final int LEAD_SENTENCES = 6;
  /** The programme, period and course organizer of a report are looked for this far. */
  static final int REPORT_SENTENCES = 20;
  /**
   * A name (of an office, a person, a place) is at most this many tokens; also bounds the look-back
   * for a name before a verb, so that no rule is quadratic in a long sentence.
   */
  static final int MAX_NAME_TOKENS = 24;
  /** At most this many list items are read after one order verb. */
  static final int MAX_LIST_ITEMS = 10;

  private final SyllableTokenizer tokenizer;
  private final Cues cues;

  /** An extractor with the default tokenizer. */
  public FactExtractor() {
    this(new SyllableTokenizer());
  }

  /**
   * An extractor with a given tokenizer.
   *
   * @param tokenizer the tokenizer whose typed tokens the rules read
   */
  public FactExtractor(SyllableTokenizer tokenizer) {
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
    this.cues = new Cues(tokenizer);
  }

  /**
   * Extracts every section the item shows evidence for.
   *
   * @param text the item: title on the first line, then the body (or any text)
   * @return its facts; sections without evidence are {@code null}
   * @throws NullPointerException if text is null
   */
  public ItemFacts extract(String text) {
    return extract(text, EnumSet.of(Genre.DIRECTIVE, Genre.MEETING_SUMMARY,
        Genre.TRAINING_REPORT));
  }

  /**
   * Extracts the documents and the section of one genre only (faster when the genre is known).
   *
   * @param text the item: title on the first line, then the body (or any text)
   * @param genre the item's genre; {@link Genre#OTHER} gives the documents only
   * @return its facts; other sections are {@code null}
   * @throws NullPointerException if text or genre is null
   */
  public ItemFacts extract(String text, Genre genre) {
    Objects.requireNonNull(genre, "genre");
    return extract(text, genre == Genre.OTHER ? EnumSet.noneOf(Genre.class) : EnumSet.of(genre));
  }

  private ItemFacts extract(String text, Set<Genre> sections) {
    Objects.requireNonNull(text, "text");
    Run run = new Run(new TokenView(text, tokenizer.tokenize(text), cues));
    List<CitedDocument> documents = run.documents();
    return new ItemFacts(
        sections.contains(Genre.DIRECTIVE) ? run.directive() : null,
        sections.contains(Genre.MEETING_SUMMARY) ? run.meeting() : null,
        sections.contains(Genre.TRAINING_REPORT) ? run.training() : null,
        documents);
  }

  /** One extraction: the rules over the tokens of one input. */
  private final class Run {

    private final TokenView v;
    private final int n;
    private final List<DateMention> dates;
    /** Whether each token is inside a citation, set by {@link #documents()}. */
    private final boolean[] inDocument;
    /** The date starting at each token (or at the token after its "ngày", "sáng" ...), or null. */
    private final DateMention[] dateAtToken;
    private List<CitedDocument> documents;
    /** Index of the first sentence of the body (the title is sentence 0 when it is a line). */
    private final int bodySentence;

    Run(TokenView v) {
      this.v = v;
      this.n = v.size();
      this.dates = DateMention.find(v);
      this.inDocument = new boolean[n];
      this.dateAtToken = new DateMention[n + 1];
      for (int k = dates.size() - 1; k >= 0; k--) {
        DateMention d = dates.get(k);
        if (DateMention.isDayWord(v.low[d.from()]) && d.from() + 1 < n) {
          dateAtToken[d.from() + 1] = d;
        }
      }
      for (int k = dates.size() - 1; k >= 0; k--) {
        dateAtToken[dates.get(k).from()] = dates.get(k);
      }
      int sentences = v.sentenceStarts.length - 1;
      this.bodySentence = sentences > 1 && titleLine() ? 1 : 0;
    }

    /** Whether the first sentence is a title line (ends at a line break, no final dot). */
    private boolean titleLine() {
      int end = v.sentenceStarts[1];
      return end < n && v.lineBreakBefore(end) && !v.isPunct(end - 1, ".");
    }

    /** Sentence indexes to read: the body's first ones, then the title. */
    private List<Integer> leadSentences() {
      List<Integer> out = new ArrayList<>();
      int sentences = v.sentenceStarts.length - 1;
      for (int s = bodySentence; s < sentences && out.size() < LEAD_SENTENCES; s++) {
        out.add(s);
      }
      if (bodySentence == 1) {
        out.add(0);
      }
      return out;
    }

    /** Whether a sentence states a day ("sáng 12/3", "ngày 4-5-2019") outside a citation. */
    private boolean datedSentence(int sentence) {
      for (DateMention d : dates) {
        if (d.hasDay() && v.sentence[d.from()] == sentence && !insideDocument(d.from())) {
          return true;
        }
      }
      return false;
    }

    private int start(int sentence) {
      return v.sentenceStarts[sentence];
    }

    private int end(int sentence) {
      return v.sentenceStarts[sentence + 1];
    }

    private RuleEvidence evidence(String rule, int from, int to) {
      return new RuleEvidence(rule, v.span(from, Math.max(from + 1, to)));
    }

    private TextFact fact(int from, int to, String rule, int cueFrom, int cueTo) {
      return new TextFact(v.span(from, to), evidence(rule, cueFrom, cueTo));
    }

    // ---------------------------------------------------------------- names

    /** Returns whether a name (organization, office, person, place) can start at token i. */
    private boolean nameStart(int i) {
      if (i >= n) {
        return false;
      }
      String[] head = v.longestMatch(i, cues.nameHeads);
      if (head != null) {
        int after = i + head.length;
        return after < n && (v.capitalized(after) || v.capitalized(i));
      }
      if (!v.capitalized(i)) {
        return false;
      }
      boolean sentenceInitial = i == v.sentenceStart(i) || v.isPunct(i - 1, "\"")
          || v.isPunct(i - 1, "“");
      if (sentenceInitial && cues.sentenceOpeners.contains(v.low[i])) {
        return false;
      }
      return !(v.type(i) == TokenType.SYLLABLE && cues.nameStops.contains(v.low[i])
          && sentenceInitial);
    }

    /** Whether token k is a four-digit year (19xx or 20xx). */
    private boolean year(int k) {
      String t = v.token(k).text();
      return v.type(k) == TokenType.NUMBER && t.length() == 4
          && (t.startsWith("19") || t.startsWith("20"));
    }

    /** Whether a numbered citation starts at k ("Chỉ thị số 06", "Nghị quyết 35/NQ-CP"). */
    private boolean citedNext(int k) {
      String[] type = v.longestMatch(k, cues.documentTypes);
      if (type == null) {
        return false;
      }
      int c = k + type.length;
      return v.is(c, "số") || v.type(c) == TokenType.NUMBER
          || v.type(c) == TokenType.DOCUMENT_CODE || v.is(c, "trung") && v.is(c + 1, "ương")
          || v.is(c, "đại") && v.is(c + 1, "hội");
    }

    /** The end (exclusive) of the name starting at token i. */
    private int nameEnd(int i) {
      int j = i;
      String[] head = v.longestMatch(i, cues.nameHeads);
      if (head != null) {
        j = i + head.length;
      }
      int limit = Math.min(Math.min(n, v.sentenceEnd(i)), i + MAX_NAME_TOKENS);
      boolean lastCapitalized = j > i;
      int capitalRun = 0;
      while (j < limit) {
        if (v.capitalized(j)) {
          j++;
          lastCapitalized = true;
          capitalRun++;
          continue;
        }
        if (v.type(j) == TokenType.PUNCTUATION) {
          String p = v.low[j];
          if (p.equals(".") && j > i && v.type(j - 1) == TokenType.ABBREVIATION
              && j + 1 < limit && v.capitalized(j + 1)) {
            j++;
            continue;
          }
          if (p.equals("-") && j > i && lastCapitalized && j + 1 < limit && v.capitalized(j + 1)) {
            j++;
            continue;
          }
          if (p.equals("(") && j + 2 < limit && v.type(j + 1) == TokenType.ABBREVIATION
              && v.isPunct(j + 2, ")")) {
            j += 3;
            continue;
          }
          break;
        }
        if (v.type(j) == TokenType.NUMBER && j > i && (v.is(j - 1, "thứ") || v.is(j - 1, "khóa")
            || v.is(j - 1, "khoá") || v.is(j - 1, "quận") || v.is(j - 1, "phường"))) {
          j++;
          continue;
        }
        if (v.type(j) != TokenType.SYLLABLE || v.is(j, "và") && citedNext(j + 1)) {
          break; // "của Bộ Chính trị | và Chỉ thị số 06 ..."
        }
        if (v.is(j, "các") && placeHead(j + 1) && j > i && v.type(j - 1) == TokenType.ABBREVIATION) {
          j += 1 + placeHeadLength(j + 1); // "UBND các tỉnh"
          break;
        }
        // "Ban chỉ đạo Trung ương", "Uỷ ban kiểm tra Trung ương": any lower-case words of a
        // central body's name.
        int central = j;
        while (central < limit && central - j < 3 && v.type(central) == TokenType.SYLLABLE
            && !v.capitalized(central)) {
          central++;
        }
        if (central > j && central + 2 <= limit && v.capitalized(central)
            && v.is(central, "trung") && v.is(central + 1, "ương")) {
          j = central + 2;
          lastCapitalized = false;
          capitalRun = 0;
          continue;
        }
        // A run of lower-case syllables inside a name: "Tài chính", "Giao thông vận tải TP".
        int k = j;
        while (k < limit && k - j < 4 && v.type(k) == TokenType.SYLLABLE && !v.capitalized(k)
            && (!cues.nameStops.contains(v.low[k]) || cues.nameGlue.contains(v.low[k]))
            && !(v.is(k, "và") && citedNext(k + 1))) {
          k++;
        }
        if (k == j) {
          if (lastCapitalized && capitalRun == 1 && v.type(j - 1) == TokenType.SYLLABLE
              && !cues.hardStops.contains(v.low[j])) {
            j++; // "Ban Tổ chức"
            if (j < limit && v.type(j) == TokenType.SYLLABLE && v.capitalized(j)
                && !cues.surnames.contains(v.low[j])) {
              lastCapitalized = false; // "Ban Tổ chức Trung ương"
              capitalRun = 0;
              continue;
            }
          }
          break;
        }
        // "Hội đồng nhân dân (HĐND) TP Đà Nẵng": an abbreviation in brackets goes on too.
        boolean capitalFollows = k < limit && (v.capitalized(k) || v.isPunct(k, "(")
            && k + 2 < limit && v.type(k + 1) == TokenType.ABBREVIATION && v.isPunct(k + 2, ")"));
        // "Bộ Giáo dục - Đào tạo": a dash between two capitalized parts of one name.
        boolean dashedName = !capitalFollows && k + 1 < limit
            && (v.isPunct(k, "-") || v.isPunct(k, "–")) && v.capitalized(k + 1);
        if (capitalFollows || dashedName) {
          j = dashedName ? k + 1 : k;
          lastCapitalized = false;
          capitalRun = 0;
          continue;
        }
        if (lastCapitalized && capitalRun == 1 && v.type(j - 1) == TokenType.SYLLABLE
            && !cues.nameGlue.contains(v.low[j])) {
          j++; // the second syllable of a capitalized word: "Bộ Tài chính", "Bộ Y tế"
          if (placeHead(j) && !v.is(j, "tp")) {
            j += placeHeadLength(j); // "Trung tâm Văn hóa thành phố"
          }
        } else if (lastCapitalized && capitalRun > 1 && isTwoSyllableHead(j - 1)) {
          j++; // "Ban Bí thư": a title's second syllable after a longer capitalized run
        } else if (j > i && placeHead(j) && !v.is(j, "tp")) {
          j += placeHeadLength(j); // "UBND tỉnh", "Công an thành phố"
        }
        break;
      }
      // Do not end on a joining word.
      while (j > i + 1 && ((v.is(j - 1, "và") || v.is(j - 1, "các") || v.is(j - 1, "khóa")
          || v.is(j - 1, "khoá")) && !v.capitalized(j - 1) || v.isPunct(j - 1, "-"))) {
        j--;
      }
      return Math.max(j, i + 1);
    }

    /** Whether a two-syllable name head ("bí thư", "chính phủ") starts at token i. */
    private boolean isTwoSyllableHead(int i) {
      String[] head = v.longestMatch(i, cues.nameHeads);
      return head != null && head.length == 2;
    }

    /** Names in tokens [from, to), as [start, end) pairs. */
    private List<int[]> names(int from, int to) {
      List<int[]> out = new ArrayList<>();
      int i = from;
      while (i < to) {
        if (nameStart(i)) {
          int e = Math.min(nameEnd(i), to);
          out.add(new int[] {i, e});
          i = e;
        } else {
          i++;
        }
      }
      return out;
    }

    /** The name that ends right before token i (adverbs in between skipped), or null. */
    private int[] nameBefore(int i, int sentenceFrom) {
      int e = i;
      while (e > sentenceFrom && e > i - MAX_NAME_TOKENS && cues.adverbs.contains(v.low[e - 1])) {
        e--;
      }
      // "Ban quản lý chung cư X (phường Y) tổ chức": the name is before the parenthesis.
      if (e > sentenceFrom && v.isPunct(e - 1, ")")) {
        int open = e - 2;
        while (open > sentenceFrom && open > i - MAX_NAME_TOKENS && !v.isPunct(open, "(")
            && !v.isPunct(open, ")")) {
          open--;
        }
        if (v.isPunct(open, "(") && open > sentenceFrom) {
          e = open;
        }
      }
      int[] found = null;
      for (int[] name : names(Math.max(sentenceFrom, e - MAX_NAME_TOKENS), e)) {
        if (name[1] == e) {
          found = name;
        }
      }
      return found;
    }

    /** A person's name at the end of [from, to): the last run of 2-4 capitalized syllables. */
    private int[] personAtEnd(int from, int to) {
      int e = to;
      int s = e;
      while (s > from && v.type(s - 1) == TokenType.SYLLABLE && v.capitalized(s - 1)
          && e - s < 4) {
        s--;
      }
      // The name starts at its family name: "Công Thương Vũ Huy Hoàng" is "Vũ Huy Hoàng".
      while (s < e - 1 && !cues.surnames.contains(v.low[s])) {
        s++;
      }
      if (e - s >= 2 && cues.surnames.contains(v.low[s])) {
        return new int[] {s, e};
      }
      return null;
    }

    // ---------------------------------------------------------------- documents

    /**
     * Whether a later mention of a document says more than the earlier one: a full code
     * ("33/NQ-TW") over a bare number, else the longer span.
     */
    private static boolean betterMention(CitedDocument later, CitedDocument earlier) {
      boolean laterFull = fullCode(later.code());
      boolean earlierFull = fullCode(earlier.code());
      if (laterFull != earlierFull) {
        return laterFull;
      }
      return later.span().text().length() > earlier.span().text().length();
    }

    /** Whether a code has a letter part, not only a number. */
    private static boolean fullCode(String code) {
      if (code == null) {
        return false;
      }
      for (int k = 0; k < code.length(); k++) {
        if (Character.isLetter(code.charAt(k))) {
          return true;
        }
      }
      return false;
    }

    List<CitedDocument> documents() {
      if (documents != null) {
        return documents;
      }
      List<CitedDocument> out = new ArrayList<>();
      java.util.Map<String, Integer> seen = new java.util.HashMap<>();
      int i = 0;
      while (i < n && out.size() < MAX_DOCUMENTS) {
        String[] type = v.longestMatch(i, cues.documentTypes);
        if (type == null) {
          i++;
          continue;
        }
        int[] found = citation(i, type.length);
        if (found == null) {
          i += type.length;
          continue;
        }
        int end = found[0];
        int codeFrom = found[1];
        int codeTo = found[2];
        int issuerFrom = found[3];
        int issuerTo = found[4];
        String code = codeFrom < 0 ? null : codeText(codeFrom, codeTo);
        String issuer = issuerFrom < 0 ? null : v.span(issuerFrom, issuerTo).text();
        if (issuer == null) {
          int[] before = issuerBeforeVerb(i);
          if (before != null) {
            issuer = v.span(before[0], before[1]).text();
          }
        }
        String key = String.join(" ", type) + " " + (code != null ? leadingNumber(code)
            : v.span(i, end).text().toLowerCase(Locale.ROOT));
        CitedDocument document = new CitedDocument(code, v.span(i, i + type.length).text(),
            issuer, v.span(i, end), evidence(code == null ? "document-plenum" : "document-code",
                i, i + type.length));
        Integer earlier = seen.get(key);
        if (earlier == null) {
          seen.put(key, out.size());
          out.add(document);
        } else if (betterMention(document, out.get(earlier))) {
          out.set(earlier, document); // "Chỉ thị số 14", later "Chỉ thị số 14/2018 của ..."
        }
        java.util.Arrays.fill(inDocument, i, end, true);
        i = end;
      }
      documents = List.copyOf(out);
      return documents;
    }

    private String leadingNumber(String code) {
      int e = 0;
      while (e < code.length() && Character.isDigit(code.charAt(e))) {
        e++;
      }
      return e == 0 ? code : code.substring(0, e);
    }

    private String codeText(int from, int to) {
      return v.span(from, to).text();
    }

    /**
     * A citation starting with a document type at i: returns {end, codeFrom, codeTo, issuerFrom,
     * issuerTo} (-1 for what is absent), or null when it is no citation (no number, no plenum).
     */
    private int[] citation(int i, int typeLength) {
      int j = i + typeLength;
      int limit = v.sentenceEnd(i);
      // Modifiers: "hỏa tốc", "khẩn", "liên tịch".
      int skipped = 0;
      while (j < limit && skipped < 2 && (v.is(j, "hỏa") || v.is(j, "hoả") || v.is(j, "tốc")
          || v.is(j, "khẩn") || v.is(j, "liên") || v.is(j, "tịch"))) {
        j++;
        skipped++;
      }
      int codeFrom = -1;
      int codeTo = -1;
      int k = j;
      String first = v.low[i];
      boolean needsSo = first.equals("báo") || first.equals("văn") || first.equals("tờ")
          || first.equals("đề") || first.equals("chương");
      if (needsSo && !v.is(k, "số")) {
        return null;
      }
      if (v.is(k, "số")) {
        k++;
      }
      if (k < limit && (v.type(k) == TokenType.DOCUMENT_CODE || v.type(k) == TokenType.NUMBER
          || v.type(k) == TokenType.DATE && v.is(k - 1, "số"))) {
        codeFrom = k;
        codeTo = codeEnd(k, limit);
        j = codeTo;
        if (v.type(k) == TokenType.NUMBER && codeTo == k + 1 && (v.is(j, "năm") || v.is(j, "tháng")
            || v.is(j, "ngày") || v.is(j, "tuần"))) {
          return null; // "kế hoạch 5 năm" is a five-year plan, not plan number 5
        }
        if (codeTo == k + 3 && year(k) && year(k + 2)) {
          return null; // "kế hoạch 2021-2025" names a period, not a number
        }
      } else if (v.is(j, "trung") && v.is(j + 1, "ương") || v.is(j, "đại") && v.is(j + 1, "hội")
          || v.is(j, "hội") && v.is(j + 1, "nghị") && v.is(j + 2, "trung")) {
        // "Nghị quyết Trung ương 7 (khoá X)", "Nghị quyết Đại hội Đảng bộ ... Khoá XI"
        if (!v.capitalized(i) && !v.capitalized(j)) {
          return null;
        }
        int e = j;
        if (v.is(e, "hội")) {
          e += 2; // "Hội nghị Trung ương"
        }
        e += 2;
        if (v.is(e, "lần") && v.is(e + 1, "thứ")) {
          e += 2;
        }
        if (e < limit && (v.type(e) == TokenType.NUMBER || v.capitalized(e))) {
          if (v.is(j, "đại")) {
            e = nameEnd(e);
          } else {
            e++;
          }
        }
        j = e;
      } else {
        return null;
      }
      // "(khoá X)", "khóa X" or, after a plenum's number, ", khóa X"
      int kh = codeFrom < 0 && v.isPunct(j, ",") ? j + 1 : j;
      if (v.isPunct(j, "(") && (v.is(j + 1, "khóa") || v.is(j + 1, "khoá")) && v.isPunct(j + 3, ")")) {
        j += 4;
      } else if ((v.is(kh, "khóa") || v.is(kh, "khoá")) && kh + 1 < limit
          && (v.capitalized(kh + 1) || v.type(kh + 1) == TokenType.NUMBER)) {
        j = kh + 2;
      }
      if (codeFrom < 0 && v.is(j, "lần") && v.is(j + 1, "thứ") && j + 2 < limit
          && v.isWord(j + 2)) {
        j += 3; // "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX"
      } else if (codeFrom < 0 && v.is(j, "nhiệm") && v.is(j + 1, "kỳ") && j + 2 < limit
          && v.type(j + 2) == TokenType.NUMBER) {
        j += 3; // "... nhiệm kỳ 2015 - 2020"
        if ((v.isPunct(j, "-") || v.isPunct(j, "–")) && v.type(j + 1) == TokenType.NUMBER) {
          j += 2;
        }
      }
      if (codeFrom < 0 && !numbered(i + typeLength, j)) {
        return null; // "Nghị quyết Trung ương", "Nghị quyết Đại hội Đảng các cấp": no one document
      }
      // ", ngày 25/12/2013" or "ngày 4-9-2018"
      int d = v.isPunct(j, ",") ? j + 1 : j;
      DateMention date = d < n && v.lineBreakBefore(d) ? null : dateAt(d);
      if (date != null && v.is(d, "ngày")) {
        j = date.to();
      } else if (codeFrom >= 0 && v.isPunct(j, "-") && j + 1 < limit
          && v.type(j + 1) == TokenType.DATE) {
        j += 2; // "7035 / UBND - NL 2 - 08/11/2018"
      }
      int issuerFrom = -1;
      int issuerTo = -1;
      if (v.is(j, "của") && nameStart(j + 1)) {
        issuerFrom = j + 1;
        issuerTo = nameEnd(j + 1);
        j = issuerTo;
      }
      boolean bare = codeFrom >= 0 && codeTo == codeFrom + 1
          && v.type(codeFrom) == TokenType.NUMBER && !v.is(codeFrom - 1, "số");
      if (bare && !v.capitalized(i) && issuerFrom < 0 && date == null) {
        return null; // "quyết định 64" alone, in lower case, is too weak a citation
      }
      return new int[] {j, codeFrom, codeTo, issuerFrom, issuerTo};
    }

    /**
     * Whether tokens from..to name a plenum or congress by its number: digits, a Roman numeral
     * ("XII") or "lần thứ" and a word.
     */
    private boolean numbered(int from, int to) {
      for (int k = from; k < to; k++) {
        if (v.type(k) == TokenType.NUMBER || v.is(k, "thứ") && v.is(k - 1, "lần")) {
          return true;
        }
        if (v.isWord(k) && roman(v.token(k).text())) {
          return true;
        }
      }
      return false;
    }

    /** End of a document number starting at k: "4082 / BTC - VP" is one number. */
    private int codeEnd(int k, int limit) {
      int e = k + 1;
      while (e + 1 < limit && (v.isPunct(e, "/") || v.isPunct(e, "-") || v.isPunct(e, "–"))
          && (v.type(e + 1) == TokenType.ABBREVIATION
              || v.type(e + 1) == TokenType.SYLLABLE && v.token(e + 1).text().equals(
                  v.token(e + 1).text().toUpperCase(Locale.ROOT))
              || v.type(e + 1) == TokenType.NUMBER && v.type(k) == TokenType.NUMBER)) {
        e += 2;
        if (e < limit && v.type(e) == TokenType.ABBREVIATION && v.type(e - 1)
            == TokenType.ABBREVIATION) {
          e++; // "1140 / BC VPCP"
        }
        // "NL 2": a number right after a part of the code
        if (e < limit && v.type(e) == TokenType.NUMBER && v.type(e - 1) == TokenType.ABBREVIATION
            && !v.lineBreakBefore(e) && e + 1 < limit && (!v.isWord(e + 1) || v.is(e + 1, "của")
                || v.is(e + 1, "ngày") || v.is(e + 1, "về"))) { // "54/2017/QH 14 của Quốc hội"
          e++;
        }
      }
      return e;
    }

    private DateMention dateAt(int i) {
      return i < 0 || i >= n ? null : dateAtToken[i];
    }

    private boolean insideDocument(int i) {
      documents();
      return i >= 0 && i < n && inDocument[i];
    }

    /** "Thành ủy Hà Nội vừa ban hành Kế hoạch ...": the issuer before an issuing verb. */
    private int[] issuerBeforeVerb(int typeAt) {
      int s = v.sentenceStart(typeAt);
      for (int k = typeAt - 1; k >= s && k >= typeAt - 3; k--) {
        String[] verb = v.longestMatch(k, cues.issueVerbs);
        if (verb != null && k + verb.length <= typeAt + 1) {
          return nameBefore(k, s);
        }
      }
      return null;
    }

    // ---------------------------------------------------------------- directive

    /** Returns whether an issuing word ("có", "ban hành", "phát", "gửi" ...) stands at i. */
    private boolean issuingWord(int i) {
      if (i < 0 || i >= n) {
        return false;
      }
      String w = v.low[i];
      return w.equals("có") || w.equals("hành") || w.equals("phát") || w.equals("gửi")
          || w.equals("ra") || w.equals("ký") || w.equals("đi") || w.equals("ban");
    }

    DirectiveFacts directive() {
      // The main clause: "<issuer> (vừa) có/ban hành/phát <instrument>", else an order verb.
      int verbAt = -1;
      int verbEnd = -1;
      int typeAt = -1;
      String[] type = null;
      String rule = null;
      int[] issuer = null;
      for (int s : leadSentences()) {
        for (int i = start(s); i < end(s) && typeAt < 0; i++) {
          String[] t = v.longestMatch(i, cues.directiveTypes);
          if (t == null || !issuingWord(i - 1) && !(issuingWord(i - 2) && !v.clauseBreak(i - 1))) {
            continue;
          }
          int k = issuingWord(i - 1) ? i - 1 : i - 2;
          while (k > start(s) && issuingWord(k - 1)) {
            k--;
          }
          typeAt = i;
          type = t;
          verbAt = k;
          verbEnd = i;
          issuer = nameBefore(k, start(s));
          rule = "issuer-before-issuing-verb";
        }
        if (typeAt >= 0) {
          break;
        }
      }
      if (typeAt < 0) {
        for (int s : leadSentences()) {
          for (int i = start(s); i < end(s); i++) {
            String[] verb = v.longestMatch(i, cues.orderVerbs);
            if (verb == null || insideDocument(i)) {
              continue;
            }
            int[] name = nameBefore(i, start(s));
            if (name == null) {
              continue;
            }
            verbAt = i;
            verbEnd = i + verb.length;
            issuer = name;
            rule = "issuer-before-order-verb";
            break;
          }
          if (verbAt >= 0) {
            break;
          }
        }
      }
      if (verbAt < 0) {
        return null;
      }
      int s = v.sentence[verbAt];
      int sentenceEnd = end(s);
      TextFact docType = null;
      TextFact docCode = null;
      DateFact date = null;
      int after = verbEnd;
      int[] citation = null;
      if (typeAt >= 0) {
        int typeEnd = typeAt + type.length;
        // "công văn hỏa tốc": the kind without its modifiers
        if (type.length > 2 && !(type[0].equals("thông") && type[2].equals("kết"))) {
          typeEnd = typeAt + 2;
        }
        docType = fact(typeAt, typeEnd, "instrument-after-issuing-verb", verbAt, verbEnd);
        citation = citation(typeAt, type.length);
        if (citation != null && citation[1] >= 0) {
          docCode = fact(citation[1], citation[2], "instrument-number", typeAt, typeEnd);
          after = citation[0];
        } else {
          after = typeAt + type.length;
        }
        if (citation != null && citation[3] >= 0) {
          // "Tổng Bí thư ... vừa ký ban hành Quy định 105 của Bộ Chính trị": the body issues it.
          issuer = new int[] {citation[3], citation[4]};
          rule = "issuer-of-instrument";
        }
      }
      TextFact issuerFact = issuer == null ? null
          : fact(issuer[0], issuer[1], rule, verbAt, verbEnd);
      // The date: in the issuing sentence before the subject, or the instrument's own date.
      for (DateMention d : dates) {
        if (v.sentence[d.from()] == s && d.hasDay() && (d.from() < verbAt || d.from() < after)) {
          date = new DateFact(d.value(), v.span(d.from(), d.to()),
              evidence("date-in-issuing-clause", verbAt, verbEnd));
          break;
        }
      }
      // "UBND tỉnh phát công văn yêu cầu ..." and later "Công văn số 7035/UBND-NL2 ngày 8/11":
      // the instrument's number (and date) from a later citation of the same kind.
      if (docType != null && docCode == null) {
        String kind = docType.text().toLowerCase(Locale.ROOT);
        for (CitedDocument cited : documents) {
          if (cited.code() == null || cited.span().start() <= docType.span().start()
              || !cited.type().toLowerCase(Locale.ROOT).equals(kind)) {
            continue;
          }
          int at = cited.span().text().indexOf(cited.code());
          if (at < 0) {
            continue;
          }
          int codeStart = cited.span().start() + at;
          RuleEvidence later = new RuleEvidence("instrument-number-cited-later", cited.span());
          docCode = new TextFact(new Span(cited.code(), codeStart,
              codeStart + cited.code().length()), later);
          if (date == null) {
            for (DateMention d : dates) {
              Span ds = v.span(d.from(), d.to());
              if (d.hasDay() && ds.start() >= codeStart && ds.end() <= cited.span().end()) {
                date = new DateFact(d.value(), ds, later);
                break;
              }
            }
          }
          break;
        }
      }
      // Signer: "<title> <Name> (vừa) ký".
      TextFact signer = null;
      for (int k = 0; k < n && signer == null; k++) {
        if (v.is(k, "ký") && !v.is(k + 1, "kết") && !v.is(k - 1, "đăng") && !v.is(k + 1, "tên")) {
          int sentenceFrom = v.sentenceStart(k);
          int e = k;
          while (e > sentenceFrom && cues.adverbs.contains(v.low[e - 1])) {
            e--;
          }
          int[] person = personAtEnd(Math.max(sentenceFrom, e - 8), e);
          if (person == null) {
            // "Ông Lê Văn A, Chủ tịch UBND tỉnh, vừa ký": the person before the office
            int c = e;
            if (v.isPunct(c - 1, ",")) {
              c--;
            }
            int[] office = nameBefore(c, sentenceFrom);
            if (office != null && v.isPunct(office[0] - 1, ",")) {
              person = personAtEnd(Math.max(sentenceFrom, office[0] - 6), office[0] - 1);
            }
          }
          if (person != null) {
            signer = fact(person[0], person[1], "name-before-ky", k, k + 1);
          }
        }
      }
      // Subject: after "về (việc)" in the clause, else after the order verb and its addressee.
      TextFact subject = null;
      int limit = Math.min(sentenceEnd, after + MAX_PHRASE_TOKENS);
      for (int i = after; i < limit; i++) {
        if (v.is(i, "về") && !v.is(i + 1, "việc") || v.is(i, "việc") && v.is(i - 1, "về")) {
          int from = i + 1;
          int to = phraseEnd(from, sentenceEnd);
          if (to > from) {
            subject = fact(from, to, "subject-after-ve", i, i + 1);
          }
          break;
        }
        if (v.isPunct(i, ";") || v.longestMatch(i, cues.orderVerbs) != null) {
          break;
        }
      }
      int orderAt = -1;
      int orderEnd = -1;
      for (int i = verbAt; i < sentenceEnd; i++) {
        String[] order = v.longestMatch(i, cues.orderVerbs);
        if (order != null && !insideDocument(i)) {
          orderAt = i;
          orderEnd = i + order.length;
          break;
        }
      }
      if (orderAt < 0 && after < sentenceEnd && !v.clauseBreak(after)) {
        orderAt = after;
        orderEnd = after;
      }
      if (subject == null && orderAt >= 0) {
        int from = orderEnd;
        int[] addressee = addresseeAt(from, sentenceEnd);
        if (addressee != null) {
          from = addressee[1];
        }
        int to = phraseEnd(from, sentenceEnd);
        if (to > from) {
          subject = fact(from, to, "subject-after-order", orderAt, orderEnd);
        }
      }
      List<TextFact> addressees = addressees(issuerFact);
      List<Deadline> deadlines = deadlines();
      return new DirectiveFacts(docType, docCode, issuerFact, signer, date, subject, addressees,
          deadlines);
    }

    /** Whom a directive addresses: after order verbs, and subjects of tasks ("Sở Y tế cần"). */
    private List<TextFact> addressees(TextFact issuer) {
      List<TextFact> addressees = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      if (issuer != null) {
        seen.add(issuer.text().toLowerCase(Locale.ROOT));
      }
      int sentences = v.sentenceStarts.length - 1;
      for (int sentence = bodySentence; sentence < sentences && sentence < bodySentence + 12;
          sentence++) {
        int sentenceEnd = end(sentence);
        for (int i = start(sentence); i < sentenceEnd && addressees.size() < MAX_ADDRESSEES;
            i++) {
          String[] order = v.longestMatch(i, cues.orderVerbs);
          RuleEvidence evidence;
          int from;
          if (order != null && !insideDocument(i)) {
            from = i + order.length;
            evidence = evidence("addressee-after-order", i, i + order.length);
          } else if (i == start(sentence) && nameStart(i) && orgHead(i)) {
            int e = nameEnd(i);
            int k = e;
            while (k < sentenceEnd && cues.adverbs.contains(v.low[k])) {
              k++;
            }
            String[] task = v.longestMatch(k, cues.taskVerbs);
            if (task == null) {
              continue;
            }
            from = i;
            evidence = evidence("addressee-with-task", k, k + task.length);
          } else {
            continue;
          }
          for (int item = 0; item < MAX_LIST_ITEMS && from < sentenceEnd
              && addressees.size() < MAX_ADDRESSEES; item++) {
            int[] a = addresseeAt(from, sentenceEnd);
            if (a == null) {
              break;
            }
            Span span = v.span(a[0], a[1]);
            String key = span.text().toLowerCase(Locale.ROOT);
            if (seen.add(key)) {
              boolean merged = false;
              for (int k = 0; k < addressees.size(); k++) {
                String known = addressees.get(k).text().toLowerCase(Locale.ROOT);
                if (known.startsWith(key)) {
                  merged = true; // "Sở Giáo dục" after "Sở Giáo dục và Đào tạo"
                } else if (key.startsWith(known)) {
                  addressees.set(k, new TextFact(span, evidence));
                  merged = true;
                }
              }
              if (!merged) {
                addressees.add(new TextFact(span, evidence));
              }
            }
            from = a[1];
            if ((v.isPunct(from, ",") || v.is(from, "và")) && (v.is(from + 1, "các")
                || orgHead(from + 1) || headTitleLength(from + 1) > 0)) {
              from++;
            } else {
              break;
            }
          }
          if (order != null) {
            i += order.length - 1;
          }
        }
      }
      return addressees;
    }

    /** Returns whether an organization's name (not a place or a person's title) starts at i. */
    private boolean orgHead(int i) {
      String[] head = v.longestMatch(i, cues.nameHeads);
      if (head == null || placeHead(i)) {
        return false;
      }
      String h = String.join(" ", head);
      return !(h.equals("chủ tịch") || h.equals("phó chủ tịch") || h.equals("bí thư")
          || h.equals("phó bí thư") || h.equals("giám đốc") || h.equals("phó giám đốc")
          || h.equals("thủ tướng") || h.equals("phó thủ tướng") || h.equals("bộ trưởng")
          || h.equals("thứ trưởng") || h.equals("tổng bí thư") || h.equals("trưởng ban")
          || h.equals("chủ nhiệm") || h.equals("đoàn") || h.equals("hội"));
    }

    /** The length of the title of a body's head at i ("giám đốc", "người đứng đầu"), or 0. */
    private int headTitleLength(int i) {
      return v.is(i, "giám") && v.is(i + 1, "đốc") || v.is(i, "thủ") && v.is(i + 1, "trưởng")
          || v.is(i, "chủ") && v.is(i + 1, "tịch") ? 2
          : v.is(i, "người") && v.is(i + 1, "đứng") && v.is(i + 2, "đầu") ? 3 : 0;
    }

    /** An addressee at token i: a name or an "các ..." group; null when there is none. */
    private int[] addresseeAt(int i, int limit) {
      while (i < limit && (v.is(i, "cho") || v.is(i, "đến") || v.is(i, "tới"))) {
        i++;
      }
      if (i >= limit) {
        return null;
      }
      // "giám đốc các sở", "Chủ tịch UBND các huyện": the heads of the addressed bodies.
      int title = headTitleLength(i);
      if (title > 0 && i + title < limit) {
        int[] body = v.is(i + title, "các") || nameStart(i + title) && orgHead(i + title)
            ? addresseeAt(i + title, limit) : null;
        if (body != null) {
          return new int[] {i, body[1]};
        }
      }
      if (v.is(i, "các") || v.is(i, "những") || v.is(i, "mỗi")) {
        int e = i + 1;
        while (e < limit && e - i < 16) {
          if (e > i + 1 && v.longestMatch(e, cues.actionVerbs) != null) {
            break; // "các địa phương | tạm dừng"
          }
          boolean word = (v.type(e) == TokenType.SYLLABLE || v.type(e) == TokenType.ABBREVIATION)
              && (!cues.nameStops.contains(v.low[e]) || cues.nameGlue.contains(v.low[e])
                  && !v.is(e, "và"));
          boolean comma = v.isPunct(e, ",") && e + 1 < limit && v.type(e + 1) == TokenType.SYLLABLE
              && !cues.nameStops.contains(v.low[e + 1]) && e - i < 10;
          if (!word && !comma) {
            break;
          }
          e++;
        }
        while (e > i + 1 && v.type(e - 1) == TokenType.PUNCTUATION) {
          e--;
        }
        if (e > i + 1) {
          if (e < limit && v.capitalized(e - 1) && nameStart(e - 1)) {
            e = Math.max(e, nameEnd(e - 1));
          }
          return new int[] {i, e};
        }
        return null;
      }
      if (nameStart(i) && (orgHead(i) || v.type(i) == TokenType.ABBREVIATION)) {
        return new int[] {i, nameEnd(i)};
      }
      return null;
    }

    /** The end of a subject or topic phrase from token i: a clause limit or a cap. */
    private int phraseEnd(int from, int limit) {
      return phraseEnd(from, limit, false);
    }

    /**
     * The end of a phrase; a topic also ends at a closing quote and at a verb of holding ("tổ
     * chức", "khai mạc").
     */
    private int phraseEnd(int from, int limit, boolean topic) {
      int e = from;
      int cap = Math.min(limit, from + MAX_PHRASE_TOKENS);
      while (e < cap) {
        if (v.isPunct(e, ";") || v.isPunct(e, ".") || v.isPunct(e, ":") || v.isPunct(e, "!")
            || v.isPunct(e, "?")) {
          break;
        }
        if (e > from && dateAt(e) != null && v.sentence[e] == v.sentence[from]
            && DateMention.isDayWord(v.low[e])) {
          break;
        }
        if (v.isPunct(e, ",") && (v.longestMatch(e + 1, cues.orderVerbs) != null
            || e + 1 < n && v.capitalized(e + 1) && nameStart(e + 1)
            || v.is(e + 1, "trong") && v.is(e + 2, "đó") || v.is(e + 1, "theo") && v.is(e + 2, "đó")
            || dateAt(e + 1) != null || v.is(e + 1, "tại") || v.is(e + 1, "do")
            || topic && e + 1 < n && DateMention.isDayWord(v.low[e + 1])
            || v.is(e + 1, "nhấn") || v.is(e + 1, "đồng") && v.is(e + 2, "thời")
            || v.is(e + 1, "dưới"))) {
          break;
        }
        if (topic && e > from + 1 && (v.isPunct(e, "”") || v.isPunct(e, "\"") && !v.isPunct(from,
            "\"") || v.longestMatch(e, cues.organizeVerbs) != null && !v.is(e, "họp")
            || v.is(e, "diễn") && v.is(e + 1, "ra") || v.is(e, "đã"))) {
          break;
        }
        if (e > from && (v.is(e, "tại") && nameStart(e + 1) || v.is(e, "dưới") && v.is(e + 1, "sự")
            || v.is(e, "do") && nameStart(e + 1) || v.is(e, "với") && v.is(e + 1, "sự"))) {
          break;
        }
        e++;
      }
      while (e > from && (v.type(e - 1) == TokenType.PUNCTUATION && !v.isPunct(e - 1, ")")
          && !v.isPunct(e - 1, "\"") && !v.isPunct(e - 1, "”"))) {
        e--;
      }
      return e;
    }

    /**
     * Whether the task word at k is the second half of another word ("chương trình", "quy
     * trình"), so no task.
     */
    private boolean insideWord(int k) {
      return v.is(k, "trình") && (v.is(k - 1, "chương") || v.is(k - 1, "quy")
          || v.is(k - 1, "lộ") || v.is(k - 1, "công") || v.is(k - 1, "tiến")
          || v.is(k - 1, "hành"));
    }

    /** "... báo cáo Thủ tướng trước ngày 1/3": what is to be done by when. */
    private List<Deadline> deadlines() {
      List<Deadline> out = new ArrayList<>();
      Set<String> deadlineDates = new HashSet<>();
      for (int i = 0; i < n && out.size() < MAX_DEADLINES; i++) {
        String[] cue = v.longestMatch(i, cues.deadlineCues);
        if (cue == null) {
          continue;
        }
        DateMention d = dateAt(i + cue.length);
        if (d == null && i + cue.length < n && v.is(i + cue.length - 1, "ngày")) {
          d = dateAt(i + cue.length - 1);
        }
        if (d == null || !d.hasDay()) {
          continue;
        }
        // What: back to the clause start.
        int s = v.sentenceStart(i);
        int from = i;
        while (from > s && !v.clauseBreak(from - 1) && i - from < 25) {
          from--;
          String[] order = v.longestMatch(from, cues.orderVerbs);
          if (order != null && from + order.length < i) {
            from += order.length;
            int[] addressee = addresseeAt(from, i);
            if (addressee != null && addressee[1] < i) {
              from = addressee[1];
            }
            break;
          }
        }
        // The task itself: from its verb ("báo cáo", "hoàn thành" ...) when there is one.
        boolean taskVerb = false;
        for (int k = i - 1; k >= from && k > s - 1; k--) {
          if (v.longestMatch(k, cues.deadlineTasks) != null && !insideWord(k)) {
            from = k;
            taskVerb = true;
            break;
          }
        }
        if (!taskVerb) {
          // "các sở, ngành phải xoá 12 điểm ngập trước ngày 15/6": the task follows the modal.
          for (int k = i - 2; k >= from; k--) {
            if (v.is(k, "phải") || v.is(k, "cần")) {
              from = k + 1;
              break;
            }
          }
        }
        if (cue[0].equals("vào") && !taskVerb) {
          continue; // "khai mạc vào ngày 3/4" is no deadline; "hoàn thành ... vào ngày 16/7" is
        }
        while (from < i && (cues.adverbs.contains(v.low[from]) || v.is(from, "và")
            || v.is(from, "phải"))) {
          from++;
        }
        TextFact what;
        if (from < i || i != s) {
          if (from >= i) {
            continue;
          }
          what = fact(from, i, "deadline-" + String.join("-", cue), i, i + cue.length);
        } else {
          // "Chậm nhất ngày 21/7, các trường phải nộp ...": the task follows the date.
          int to = v.sentenceEnd(i);
          int k = d.to();
          int task = -1;
          for (; k < to && k < d.to() + 10 && !(v.clauseBreak(k) && !v.isPunct(k, ",")); k++) {
            if (v.is(k, "phải") || v.longestMatch(k, cues.deadlineTasks) != null) {
              task = v.is(k, "phải") ? k + 1 : k;
              break;
            }
          }
          if (task < 0 || task >= to) {
            continue;
          }
          int e = phraseEnd(task, to);
          if (e <= task) {
            continue;
          }
          what = fact(task, e, "deadline-" + String.join("-", cue) + "-then-task", i,
              i + cue.length);
        }
        if (!deadlineDates.add(d.value())) {
          i = d.to() - 1;
          continue; // one deadline per date
        }
        out.add(new Deadline(what, new DateFact(d.value(), v.span(d.from(), d.to()),
            evidence("deadline-date", i, i + cue.length))));
        i = d.to() - 1;
      }
      // "Ngày 13/7 hoàn thành đối sánh, 14/7 công bố kết quả": a schedule of dated tasks.
      for (DateMention d : dates) {
        if (out.size() >= MAX_DEADLINES) {
          break;
        }
        int at = d.from();
        if (!d.hasDay() || v.sentence[at] < bodySentence || insideDocument(at)
            || !(at == v.sentenceStart(at) || v.isPunct(at - 1, ",") || v.isPunct(at - 1, ";"))
            || v.longestMatch(d.to(), cues.deadlineTasks) == null
            || deadlineDates.contains(d.value())) {
          continue;
        }
        int to = v.sentenceEnd(at);
        int e = d.to();
        while (e < to && !v.isPunct(e, ",") && !v.isPunct(e, ";") && !v.isPunct(e, ".")) {
          e++;
        }
        deadlineDates.add(d.value());
        out.add(new Deadline(fact(d.to(), e, "deadline-dated-task", at, d.to()),
            new DateFact(d.value(), v.span(at, d.to()), evidence("deadline-date", at, d.to()))));
      }
      out.sort(java.util.Comparator.comparingInt(x -> x.date().span().start()));
      return out;
    }

    // ---------------------------------------------------------------- meeting

    MeetingFacts meeting() {
      int typeAt = -1;
      int typeEnd = -1;
      String typeRule = "meeting-word";
      // A meeting word in a dated sentence first ("Sáng 12/3, ... tổ chức hội nghị"), then any.
      for (int pass = 0; pass < 3 && typeAt < 0; pass++) {
        PhraseSet types = pass < 2 ? cues.meetingTypes : cues.weakMeetingTypes;
        for (int s : leadSentences()) {
          if (pass == 0 && !datedSentence(s)) {
            continue;
          }
          for (int i = start(s); i < end(s); i++) {
            String[] type = v.longestMatch(i, types);
            if (type == null || insideDocument(i)) {
              continue;
            }
            if (type[0].equals("giao") && v.capitalized(i + 1)) {
              continue; // "giao Ban ..." is "assign to"
            }
            typeAt = i;
            if (pass < 2) {
              typeEnd = meetingTypeEnd(i + type.length, end(s));
            } else {
              typeEnd = i + (type[0].equals("làm") ? 2 : type.length);
              typeRule = "meeting-verb";
            }
            break;
          }
          if (typeAt >= 0) {
            break;
          }
        }
      }
      if (typeAt < 0) {
        return null;
      }
      int s = v.sentence[typeAt];
      TextFact meetingType = fact(typeAt, typeEnd, typeRule, typeAt, typeEnd);
      // Date: in the meeting's sentence, else the first date of the body.
      DateFact date = null;
      DateMention best = null;
      for (DateMention d : dates) {
        if (d.hasDay() && v.sentence[d.from()] == s && !insideDocument(d.from())) {
          best = d;
          break;
        }
      }
      if (best == null) {
        for (DateMention d : dates) {
          if (d.hasDay() && v.sentence[d.from()] >= bodySentence && !insideDocument(d.from())) {
            best = d;
            break;
          }
        }
      }
      if (best == null) {
        for (DateMention d : dates) {
          if (d.hasDay() && !insideDocument(d.from())) {
            best = d;
            break;
          }
        }
      }
      if (best != null) {
        date = new DateFact(best.value(), v.span(best.from(), best.to()), evidence(
            v.sentence[best.from()] == s ? "date-in-meeting-sentence" : "first-date",
            best.from(), best.to()));
      }
      TextFact organizer = null;
      if (v.is(typeEnd, "của") && nameStart(typeEnd + 1) && orgHead(typeEnd + 1)) {
        // "Phiên họp thứ 49 của Ủy ban Thường vụ Quốc hội"
        int e = nameEnd(typeEnd + 1);
        if (v.is(e, "và") && nameStart(e + 1)) {
          e = nameEnd(e + 1);
        }
        organizer = fact(typeEnd + 1, e, "organizer-after-cua", typeEnd, typeEnd + 1);
      }
      if (organizer == null && typeRule.equals("meeting-word") && nameStart(typeEnd)
          && orgHead(typeEnd)) {
        // "kỳ họp thứ 9 HĐND TP Đà Nẵng khoá IX", "Hội nghị Ban Chấp hành Trung ương Đảng"
        organizer = fact(typeEnd, nameEnd(typeEnd), "organizer-after-meeting", typeAt, typeEnd);
      }
      if (organizer == null) {
        organizer = organizer(s);
      }
      List<TextFact> chairs = chairs();
      // Topic: after the meeting type (or its "sơ kết/tổng kết" part).
      TextFact topic = null;
      int sentenceEnd = end(s);
      int i = typeEnd;
      int quoteAt = v.isPunct(typeEnd, ":") ? typeEnd + 1 : typeEnd; // 'hội thảo: "..."'
      int quoted = quoteEnd(quoteAt, sentenceEnd);
      if (quoted > 0) {
        topic = fact(quoteAt + 1, quoted, "topic-quoted", typeAt, typeEnd);
      }
      if (topic == null && (v.is(typeEnd - 1, "kết") || v.is(typeEnd - 2, "sơ")
          || v.is(typeEnd - 2, "tổng"))) {
        int to = phraseEnd(typeEnd, sentenceEnd);
        if (to > typeEnd && v.longestMatch(typeEnd, cues.topicCues) == null) {
          topic = fact(typeEnd, to, "topic-after-summing-up", typeAt, typeEnd);
        }
      }
      for (int k = 0; topic == null && k < 12 && i + k < sentenceEnd; k++) {
        int at = i + k;
        String[] cue = v.longestMatch(at, cues.topicCues);
        if (cue == null) {
          if (v.clauseBreak(at) && !v.isPunct(at, ",")) {
            break;
          }
          continue;
        }
        boolean keepCue = !(cue[0].equals("về") || cue[0].equals("chủ") || cue[0].equals("với")
            || cue[0].equals("nhằm") || cue[0].equals("để") || cue.length > 1
            && cue[cue.length - 1].equals("về"));
        int from = keepCue ? at : at + cue.length;
        int q = quoteEnd(from, sentenceEnd);
        if (q > 0) {
          topic = fact(from + 1, q, "topic-quoted", at, at + cue.length);
          break;
        }
        int to = phraseEnd(from, sentenceEnd, true);
        if (to > from) {
          topic = fact(from, to, "topic-after-cue", at, at + cue.length);
        }
      }
      if (topic == null && typeRule.equals("meeting-word") && typeEnd < sentenceEnd
          && (v.type(typeEnd) == TokenType.SYLLABLE || v.type(typeEnd) == TokenType.FOREIGN_WORD)
          && !cues.nameStops.contains(v.low[typeEnd]) && !orgHead(typeEnd)
          && !v.is(typeEnd, "sắp") && !v.is(typeEnd, "nhiều") && !v.capitalized(typeEnd - 1)
          && !placeHead(typeEnd) && dateAt(typeEnd) == null && !v.is(typeEnd, "lần")
          && !v.is(typeEnd, "thứ") && v.longestMatch(typeEnd, cues.organizeVerbs) == null
          // not where or with whom: "buổi làm việc giữa ...", "kỳ họp gần nhất", "các quận 1, 3"
          && !v.is(typeEnd, "giữa") && !v.is(typeEnd, "gần") && !v.is(typeEnd, "cùng")
          && !(v.is(typeEnd, "các") && placeHead(typeEnd + 1))) {
        int to = phraseEnd(typeEnd, sentenceEnd, true);
        if (to > typeEnd + 1) {
          topic = fact(typeEnd, to, "topic-after-meeting-word", typeAt, typeEnd);
        }
      }
      if (topic == null && bodySentence == 1) {
        // The title often says what was discussed: "..., bàn cách ...".
        for (int k = start(0); k < end(0); k++) {
          String[] cue = v.longestMatch(k, cues.topicCues);
          if (cue != null && (cue[0].equals("bàn") || cue[0].equals("về")
              || cue[0].equals("chia") || cue[0].equals("góp"))) {
            int from = cue[0].equals("về") ? k + 1 : k;
            int to = phraseEnd(from, end(0));
            if (to > from) {
              topic = fact(from, to, "topic-in-title", k, k + cue.length);
            }
            break;
          }
        }
      }
      if (topic == null) {
        topic = quotedTheme();
      }
      if (topic == null) {
        topic = discussedLater(s);
      }
      // Location: "tại <place>" in the meeting's sentence.
      TextFact location = null;
      int locationEnd = Math.min(n, end(Math.min(v.sentenceStarts.length - 2, s + 1)));
      for (int k = start(s); k < locationEnd && location == null; k++) {
        if ((v.is(k, "tại") || v.is(k, "ở")) && nameStart(k + 1) && !orgHead(k + 1)
            && v.longestMatch(k + 1, cues.meetingTypes) == null) {
          int e = nameEnd(k + 1);
          while (v.isPunct(e, ",") && e + 1 < sentenceEnd && placeHead(e + 1)) {
            e = nameEnd(e + 1);
          }
          location = fact(k + 1, e, "location-after-tai", k, k + 1);
        }
      }
      return new MeetingFacts(meetingType, date, organizer, chairs, topic, location);
    }

    /** If an opening quote stands at i, the index of its closing quote, else -1. */
    /** 'với chủ đề "..."' anywhere in the first sentences of the body: the quoted theme. */
    private TextFact quotedTheme() {
      int sentences = v.sentenceStarts.length - 1;
      for (int s = bodySentence; s < sentences && s < bodySentence + THEME_SENTENCES; s++) {
        int e = end(s);
        for (int k = start(s); k + 2 < e; k++) {
          if (v.is(k, "chủ") && v.is(k + 1, "đề")) {
            for (int j = k + 2; j < e && j < k + 8; j++) {
              int q = quoteEnd(j, e);
              if (q > 0) {
                return fact(j + 1, q, "topic-theme-quoted", k, k + 2);
              }
            }
          }
          // "hội nghị chuyên đề “...”", "tọa đàm “...”": a quoted title after a meeting word.
          String[] type = v.longestMatch(k, cues.meetingTypes);
          if (type != null) {
            int j = meetingTypeEnd(k + type.length, e);
            int q = quoteEnd(j, e);
            if (q > 0) {
              return fact(j + 1, q, "topic-meeting-quoted", k, j);
            }
          }
        }
      }
      return null;
    }

    /** "thảo luận về ...", "góp ý cho ..." in the sentences after the meeting's: what was discussed. */
    private TextFact discussedLater(int meetingSentence) {
      int sentences = v.sentenceStarts.length - 1;
      for (int s = meetingSentence; s < sentences && s < bodySentence + THEME_SENTENCES; s++) {
        int e = end(s);
        for (int k = start(s); k < e; k++) {
          String[] cue = v.longestMatch(k, cues.discussionCues);
          if (cue == null) {
            continue;
          }
          boolean keepCue = !cue[cue.length - 1].equals("về");
          int from = keepCue ? k : k + cue.length;
          int to = phraseEnd(from, e, true);
          if (to > from + 1) {
            return fact(from, to, "topic-discussed", k, k + cue.length);
          }
        }
      }
      return null;
    }

    private int quoteEnd(int i, int limit) {
      if (!(v.isPunct(i, "\"") || v.isPunct(i, "“") || v.isPunct(i, "'"))) {
        return -1;
      }
      for (int k = i + 2; k < limit && k < i + MAX_QUOTE_TOKENS; k++) {
        if (v.isPunct(k, "\"") || v.isPunct(k, "”") || v.isPunct(k, "'")) {
          return k;
        }
      }
      return -1;
    }

    private boolean placeHead(int i) {
      return placeHeadLength(i) > 0;
    }

    /** The number of tokens of a place word at i ("tỉnh" 1, "thành phố" 2), or 0. */
    private int placeHeadLength(int i) {
      if (v.is(i, "tỉnh") || v.is(i, "tp") || v.is(i, "huyện") || v.is(i, "quận")
          || v.is(i, "xã") || v.is(i, "phường")) {
        return 1;
      }
      if (v.is(i, "thành") && v.is(i + 1, "phố") || v.is(i, "thị") && (v.is(i + 1, "xã")
          || v.is(i + 1, "trấn"))) {
        return 2;
      }
      return 0;
    }

    private int meetingTypeEnd(int j, int limit) {
      while (j < limit) {
        if (cues.meetingExtensions.contains(v.low[j]) && !v.is(j, "thứ")
            && (!v.capitalized(j) || v.is(j, "trung") && v.is(j + 1, "ương")
                || v.is(j, "ương") && v.is(j - 1, "trung"))) {
          j++;
        } else if (v.is(j, "thứ") && j + 1 < limit && (v.type(j + 1) == TokenType.NUMBER
            || v.isWord(j + 1))) {
          j += 2;
        } else if (v.type(j) == TokenType.NUMBER && v.is(j - 1, "ương")) {
          j++;
        } else if (v.isPunct(j, "(") && (v.is(j + 1, "khóa") || v.is(j + 1, "khoá"))
            && v.isPunct(j + 3, ")")) {
          j += 4;
        } else {
          break;
        }
      }
      // "Hội nghị gặp mặt các nhà đầu tư lần thứ 10": an ordinal soon after stays with the type.
      for (int k = j; k < Math.min(limit, j + 8); k++) {
        if (v.type(k) == TokenType.PUNCTUATION && !v.isPunct(k, "\"") && !v.isPunct(k, "“")
            && !v.isPunct(k, "”")) {
          break;
        }
        if (v.is(k, "lần") && v.is(k + 1, "thứ") && k + 2 < limit) {
          return k + 3;
        }
      }
      return j;
    }

    /** "<Organizer> (vừa) tổ chức ...", "do <Organizer> tổ chức", in the lead. */
    private TextFact organizer(int preferredSentence) {
      List<Integer> order = new ArrayList<>();
      order.add(preferredSentence);
      for (int s : leadSentences()) {
        if (s != preferredSentence) {
          order.add(s);
        }
      }
      for (int s : order) {
        for (int i = start(s); i < end(s); i++) {
          String[] verb = v.longestMatch(i, cues.organizeVerbs);
          if (verb == null || v.capitalized(i) && i > start(s)) {
            continue; // "Ban Tổ chức" is a name, not "tổ chức" (to hold)
          }
          if (v.is(i - 1, "do") || i >= 2 && v.is(i - 2, "do")
              || verb[0].equals("họp") && (v.is(i - 1, "phiên") || v.is(i - 1, "kỳ")
                  || v.is(i - 1, "cuộc") || v.is(i - 1, "buổi"))) {
            continue;
          }
          int[] name = nameBefore(i, start(s));
          if (name != null && !orgHead(name[0]) && !placeHead(name[0])) {
            name = null;
          }
          if (name == null && v.is(i, "phối")) {
            continue;
          }
          if (name != null) {
            int from = name[0];
            // "X phối hợp với Y tổ chức"
            if (v.is(i, "phối") && v.is(i + 2, "với") && nameStart(i + 3)) {
              return fact(from, nameEnd(i + 3), "organizer-before-verb", i, i + verb.length);
            }
            return fact(from, name[1], "organizer-before-verb", i, i + verb.length);
          }
        }
        // "do <Organizer> tổ chức"
        for (int i = start(s); i < end(s); i++) {
          if (v.is(i, "do") && nameStart(i + 1)) {
            int e = nameEnd(i + 1);
            if (v.longestMatch(e, cues.organizeVerbs) != null
                || v.longestMatch(e, cues.chairVerbs) == null && v.is(e, "tổ")) {
              return fact(i + 1, e, "organizer-after-do", i, i + 1);
            }
          }
        }
      }
      return null;
    }

    private List<TextFact> chairs() {
      List<TextFact> out = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < n && out.size() < 3; i++) {
        String[] verb = v.longestMatch(i, cues.chairVerbs);
        if (verb == null) {
          continue;
        }
        int s = v.sentenceStart(i);
        int[] name = null;
        String rule = "chair-before-verb";
        if (v.is(i - 1, "sự") && v.is(i + verb.length, "của") && nameStart(i + verb.length + 1)) {
          int from = i + verb.length + 1;
          name = new int[] {from, nameEnd(from)};
          rule = "chair-after-cua";
        } else {
          name = nameBefore(i, s);
          if (name != null && name[0] > s && v.is(name[0] - 1, "do")) {
            rule = "chair-after-do";
          }
          for (int k = 0; k < 3 && name != null && v.isPunct(name[0] - 1, ","); k++) {
            // "Lê Thị Hoa, Tỉnh ủy viên, Trưởng Ban Dân vận chủ trì": the person and offices
            int[] person = nameBefore(name[0] - 1, s);
            if (person == null) {
              break;
            }
            name = new int[] {person[0], name[1]};
          }
        }
        if (name != null && seen.add(v.span(name[0], name[1]).text())) {
          out.add(fact(name[0], name[1], rule, i, i + verb.length));
        }
        i += verb.length - 1;
      }
      return out;
    }

    // ---------------------------------------------------------------- training

    TrainingFacts training() {
      int[] firstCue = new int[3];
      int[] counts = new int[3];
      java.util.Arrays.fill(firstCue, -1);
      List<PhraseSet> kinds = List.of(cues.courseCues, cues.disseminationCues,
          cues.resultsCues);
      int readTo = Math.min(n, end(Math.min(v.sentenceStarts.length - 2, bodySentence + 2)));
      for (int i = 0; i < readTo; i++) {
        for (int k = 0; k < 3; k++) {
          String[] cue = v.longestMatch(i, kinds.get(k));
          if (cue != null) {
            counts[k] += v.sentence[i] == 0 ? 2 : 1;
            if (firstCue[k] < 0) {
              firstCue[k] = i;
            }
          }
        }
      }
      int best = -1;
      for (int k = 0; k < 3; k++) {
        if (counts[k] > 0 && (best < 0 || counts[k] > counts[best])) {
          best = k;
        }
      }
      if (best < 0) {
        return null;
      }
      TrainingKind kind = TrainingKind.values()[best];
      String[] cue = v.longestMatch(firstCue[best], kinds.get(best));
      RuleEvidence kindEvidence = evidence("kind-" + kind.label(), firstCue[best],
          firstCue[best] + cue.length);
      TextFact programme = programme(kind);
      TextFact organizer = organizer(bodySentence);
      if (organizer == null) {
        organizer = trainingOrganizer();
      }
      DateFact date = null;
      for (DateMention d : dates) {
        if (d.hasDay() && v.sentence[d.from()] >= bodySentence && !insideDocument(d.from())) {
          date = new DateFact(d.value(), v.span(d.from(), d.to()),
              evidence("first-date", d.from(), d.to()));
          break;
        }
      }
      TextFact period = period();
      return new TrainingFacts(kind, kindEvidence, programme, organizer, period, date, figures());
    }

    /** The programme: a document after "thực hiện", "quán triệt" ..., else the first cited. */
    private TextFact programme(TrainingKind kind) {
      int limit = reportLimit();
      for (int i = 0; i < limit; i++) {
        boolean cue = v.is(i, "thực") && v.is(i + 1, "hiện") || v.is(i, "quán") && v.is(i + 1,
            "triệt") || v.is(i, "triển") && v.is(i + 1, "khai") || v.is(i, "học") && v.is(i + 1,
            "tập");
        if (!cue) {
          continue;
        }
        String[] type = v.longestMatch(i + 2, cues.documentTypes);
        if (type == null) {
          continue;
        }
        int from = i + 2;
        int e = from + type.length;
        int[] c = citation(from, type.length);
        if (c != null) {
          e = c[0];
        } else if (e < n && v.capitalized(e) && !v.is(from, "văn")) {
          e = nameEnd(e); // "Luật Đặc xá"
          while (e < n && e - from < 12 && v.type(e) == TokenType.SYLLABLE && !v.capitalized(e)
              && !cues.unitStops.contains(v.low[e]) && !cues.nameStops.contains(v.low[e])) {
            e++;
          }
          if (v.is(e, "năm") && e + 1 < n && v.type(e + 1) == TokenType.NUMBER) {
            e += 2;
          }
        } else if (e < n && v.capitalized(from) && v.type(e) == TokenType.SYLLABLE) {
          // "Luật phòng chống tham nhũng": a capitalized document word names it in lower case
          while (e < n && e - from < 10 && v.type(e) == TokenType.SYLLABLE && !v.capitalized(e)
              && !cues.hardStops.contains(v.low[e]) && !cues.unitStops.contains(v.low[e])) {
            e++;
          }
          if (e == from + type.length) {
            continue;
          }
        } else {
          continue; // "triển khai kế hoạch" names no programme
        }
        return fact(from, e, "programme-after-cue", i, i + 2);
      }
      if (kind == TrainingKind.COURSE) {
        TextFact course = coursePhrase(limit);
        if (course != null) {
          return course;
        }
      }
      List<CitedDocument> docs = documents();
      if (!docs.isEmpty()) {
        CitedDocument d = docs.get(0);
        return new TextFact(d.span(), new RuleEvidence("programme-first-document",
            d.evidence().cue()));
      }
      return null;
    }

    /** The course itself: "lớp bồi dưỡng lý luận chính trị", "khóa huấn luyện ... năm 2017". */
    private TextFact coursePhrase(int limit) {
      for (int i = bodySentence == 1 ? end(0) : 0; i < limit; i++) {
        boolean head = v.is(i, "lớp") || (v.is(i, "khóa") || v.is(i, "khoá"))
            && !v.is(i + 1, "học") && i + 1 < n && !v.capitalized(i + 1)
            || v.is(i, "buổi") && v.is(i + 1, "tập") && v.is(i + 2, "huấn");
        if (!head || v.type(i + 1 < n ? i + 1 : i) != TokenType.SYLLABLE) {
          continue;
        }
        int e = i + 1;
        int to = Math.min(v.sentenceEnd(i), i + 12);
        while (e < to && (v.type(e) == TokenType.SYLLABLE || v.type(e) == TokenType.ABBREVIATION
            || v.type(e) == TokenType.NUMBER && v.is(e - 1, "năm"))
            && (!cues.unitStops.contains(v.low[e]) || v.is(e, "về") || v.is(e, "năm")
                && e + 1 < n && v.type(e + 1) == TokenType.NUMBER)
            && !cues.hardStops.contains(v.low[e]) || v.is(e, "về") && e < to) {
          e++;
        }
        if (e - i >= 2) {
          return fact(i, e, "programme-course", i, i + 1);
        }
      }
      return null;
    }

    /** "lớp tập huấn ... của/do <Organizer>". */
    private TextFact trainingOrganizer() {
      int limit = reportLimit();
      for (int i = 0; i < limit; i++) {
        String[] cue = v.longestMatch(i, cues.courseCues);
        if (cue == null) {
          continue;
        }
        int to = Math.min(v.sentenceEnd(i), i + cue.length + 8);
        for (int k = i + cue.length; k < to; k++) {
          if (v.clauseBreak(k)) {
            break;
          }
          if ((v.is(k, "của") || v.is(k, "do")) && nameStart(k + 1) && orgHead(k + 1)) {
            return fact(k + 1, nameEnd(k + 1), "organizer-of-course", i, i + cue.length);
          }
        }
      }
      return null;
    }

    /** Index after the last token of the first {@link #REPORT_SENTENCES} sentences. */
    private int reportLimit() {
      int sentences = v.sentenceStarts.length - 1;
      return v.sentenceStarts[Math.min(sentences, REPORT_SENTENCES)];
    }

    /**
     * End of "N tháng đầu năm [YYYY]" (or "cuối năm", "đầu năm nay") starting at the number i, or
     * 0 when there is none.
     */
    private int monthsOfYearEnd(int i) {
      if (i + 3 >= n || v.type(i) != TokenType.NUMBER || !v.is(i + 1, "tháng")
          || !(v.is(i + 2, "đầu") || v.is(i + 2, "cuối")) || !v.is(i + 3, "năm")) {
        return 0;
      }
      int e = i + 4;
      if (e < n && (year(e) || v.is(e, "nay"))) {
        e++;
      }
      return e;
    }

    /** Whether a word is a Roman numeral ("III", "IV"). */
    private boolean roman(String word) {
      return !word.isEmpty() && word.chars().allMatch(c -> "IVXLC".indexOf(c) >= 0);
    }

    private TextFact period() {
      int limit = reportLimit();
      for (int i = 0; i < limit; i++) {
        if ((v.is(i, "trong") && (v.is(i + 1, "thời") && v.is(i + 2, "gian")
            && i + 3 < n && v.type(i + 3) == TokenType.NUMBER || i + 1 < n
            && v.type(i + 1) == TokenType.NUMBER))) {
          int num = v.is(i + 1, "thời") ? i + 3 : i + 1;
          int partOfYear = monthsOfYearEnd(num);
          if (partOfYear > 0) {
            return fact(num, partOfYear, "period-part-of-year", num, num + 2);
          }
          if (v.is(num + 1, "ngày") || v.is(num + 1, "tuần") || v.is(num + 1, "tháng")
              || v.is(num + 1, "năm") || v.is(num + 1, "buổi")) {
            return fact(i, num + 2, "period-trong", i, i + 1);
          }
        }
        // "6 tháng đầu năm 2019", "quý I/2022", "năm học 2023 - 2024": a part of a year.
        int partOfYear = monthsOfYearEnd(i);
        if (partOfYear > 0) {
          return fact(i, partOfYear, "period-part-of-year", i, i + 2);
        }
        if (v.is(i, "quý") && i + 1 < n && (v.type(i + 1) == TokenType.NUMBER
            || v.type(i + 1) == TokenType.ABBREVIATION
                && roman(v.token(i + 1).text().split("/", 2)[0]))) { // "quý III", "quý I/2022"
          int e = i + 2;
          if (v.is(e, "năm") && e + 1 < n && year(e + 1)) {
            e += 2;
          }
          return fact(i, e, "period-quarter", i, i + 1);
        }
        if (v.is(i, "năm") && v.is(i + 1, "học") && i + 4 < n && year(i + 2)
            && (v.isPunct(i + 3, "-") || v.isPunct(i + 3, "–")) && year(i + 4)) {
          return fact(i, i + 5, "period-school-year", i, i + 2);
        }
        if ((v.is(i, "sau") || v.is(i, "qua")) && i + 2 < n && v.type(i + 1) == TokenType.NUMBER
            && (v.is(i + 2, "năm") || v.is(i + 2, "tháng") || v.is(i + 2, "ngày")
                || v.is(i + 2, "tuần"))) {
          int e = i + 3;
          if (v.is(e, "thực") && v.is(e + 1, "hiện") || v.is(e, "triển") && v.is(e + 1, "khai")
              || v.is(e, "rèn") && v.is(e + 1, "luyện") || v.is(e, "học") && v.is(e + 1, "tập")) {
            e += 2;
          }
          return fact(i, e, "period-sau", i, i + 1);
        }
        if (v.is(i, "giai") && v.is(i + 1, "đoạn") && i + 2 < n && (v.type(i + 2)
            == TokenType.NUMBER || v.type(i + 2) == TokenType.DATE)) {
          int e = i + 3;
          if (v.isPunct(e, "-") && e + 1 < n && v.type(e + 1) == TokenType.NUMBER) {
            e += 2;
          }
          return fact(i, e, "period-giai-doan", i, i + 2);
        }
        if (v.is(i, "từ") && dateAt(i + 1) != null) {
          DateMention d = dateAt(i + 1);
          int e = d.to();
          if (v.is(e, "đến") && dateAt(e + 1) != null) {
            return fact(i, dateAt(e + 1).to(), "period-tu-den", i, i + 1);
          }
        }
        // "tổng kết 10 năm thực hiện": the years a results report covers.
        if ((v.is(i, "tổng") || v.is(i, "sơ")) && v.is(i + 1, "kết") && i + 3 < n
            && v.type(i + 2) == TokenType.NUMBER && (v.is(i + 3, "năm") || v.is(i + 3, "tháng"))) {
          return fact(i + 2, i + 4, "period-tong-ket", i, i + 2);
        }
      }
      // A month without a day in the lead ("tháng 2/2017", "đầu tháng 7 này").
      int leadEnd = end(Math.min(v.sentenceStarts.length - 2, bodySentence + 1));
      for (DateMention d : dates) {
        if (d.from() >= leadEnd) {
          break;
        }
        if (d.hasDay() || d.from() < start(bodySentence) || !v.is(d.from(), "tháng")) {
          continue;
        }
        int from = d.from();
        int to = d.to();
        if (v.is(from - 1, "đầu") || v.is(from - 1, "cuối") || v.is(from - 1, "giữa")) {
          from--;
        }
        if (v.is(to, "này")) {
          to++;
        }
        return fact(from, to, "period-month", d.from(), d.to());
      }
      return null;
    }

    /**
     * Whether the number starting at token {@code start} names or orders rather than counts: it
     * follows a noun such as "quận", "lớp" or "giai đoạn" ("lớp 12"), or a capitalized word inside
     * the sentence ("Trung ương 8", "Quận 4").
     */
    private boolean identifier(int start) {
      int p = start - 1;
      if (p < 0 || !v.isWord(p)) {
        return false;
      }
      if (cues.identifierHeads.contains(v.low[p])) {
        return true;
      }
      return v.capitalized(p) && p > v.sentenceStart(p) && !v.lineBreakBefore(p);
    }

    private List<Figure> figures() {
      List<Figure> out = new ArrayList<>();
      Set<String> values = new HashSet<>();
      for (int i = bodySentence == 1 ? end(0) : 0; i < n && out.size() < MAX_FIGURES; i++) {
        TokenType t = v.type(i);
        // "hai điểm cầu": a lower-case number word counts like digits.
        boolean word = t == TokenType.SYLLABLE && cues.numberWords.contains(v.low[i])
            && !v.capitalized(i);
        if (t != TokenType.NUMBER && t != TokenType.PERCENT && !word) {
          continue;
        }
        if (insideDocument(i) || v.is(i - 1, "thứ") || v.is(i - 1, "năm") || v.is(i - 1, "khóa")
            || v.is(i - 1, "khoá") || v.is(i - 1, "số") || v.is(i - 1, "tháng")
            || v.is(i - 1, "ngày") || v.isPunct(i - 1, "/") || v.isPunct(i + 1, "/")) {
          continue;
        }
        String text = v.token(i).text();
        if (t == TokenType.NUMBER && text.length() == 4 && (text.startsWith("19")
            || text.startsWith("20"))) {
          continue; // a year
        }
        // "gần 300 chiến sĩ": a word of approximation belongs to the value.
        int start = i;
        if (i > 0 && v.type(i - 1) == TokenType.SYLLABLE
            && cues.approximations.contains(v.low[i - 1])) {
          start = i - 1;
        }
        if (identifier(start)) {
          continue;
        }
        int valueEnd = i + 1;
        String value = v.span(start, valueEnd).text();
        if (t == TokenType.NUMBER && v.type(i + 1 < n ? i + 1 : i) == TokenType.SYMBOL
            && v.low[i + 1].equals("%")) {
          valueEnd = i + 2;
          value = v.span(start, i + 2).text();
        }
        int e = valueEnd;
        while (e < n && e - valueEnd < 4 && (v.type(e) == TokenType.SYLLABLE && !v.capitalized(e)
            || e > valueEnd && v.type(e) == TokenType.FOREIGN_WORD)
            && (!cues.unitStops.contains(v.low[e]) || v.is(e, "bị") && (v.is(e + 1, "can")
                || v.is(e + 1, "cáo")) || v.is(e, "tham") && v.is(e + 1, "nhũng"))
            && !(e > valueEnd && v.longestMatch(e, cues.unitVerbs) != null)) {
          e++;
        }
        if (word && (e == valueEnd || cues.nonUnits.contains(v.low[valueEnd])
            || cues.numberWords.contains(v.low[valueEnd])
            || cues.relationNouns.contains(v.low[valueEnd]))) {
          continue; // a number word is a figure only when it counts something
        }
        if (e == valueEnd) {
          continue; // a bare number or percentage does not say what it counts
        }
        if (e > valueEnd && cues.nonUnits.contains(v.low[valueEnd])) {
          continue;
        }
        if (e > valueEnd && v.is(valueEnd, "lần") && v.is(valueEnd + 1, "lượt")) {
          continue; // "lần lượt" (in turn) is no unit
        }
        // "cán bộ, đảng viên": a comma-joined second noun stays in the unit.
        // A list of groups of people ("cán bộ, đảng viên, công chức và quần chúng") stays whole.
        while (e > valueEnd && e + 2 < n && e - valueEnd < 24
            && (v.isPunct(e, ",") || v.is(e, "và")) && v.type(e + 1) == TokenType.SYLLABLE
            && !v.capitalized(e + 1) && cues.groupHeads.contains(v.low[e + 1])
            && v.type(e + 2) == TokenType.SYLLABLE && !cues.unitStops.contains(v.low[e + 2])) {
          e += 3;
          // a longer group name: "cộng tác viên dư luận xã hội"
          int extra = 0;
          while (e < n && extra < 5 && v.type(e) == TokenType.SYLLABLE && !v.capitalized(e)
              && !cues.unitStops.contains(v.low[e]) && v.longestMatch(e, cues.unitVerbs) == null
              && v.longestMatch(e, cues.deadlineTasks) == null
              && v.longestMatch(e, cues.actionVerbs) == null) {
            e++;
            extra++;
          }
        }
        String unit = e > valueEnd ? v.span(valueEnd, e).text() : null;
        if (!values.add(value)) {
          i = e - 1;
          continue; // the same figure again
        }
        out.add(new Figure(value, unit, v.span(start, e), evidence("number-with-unit",
            start, e)));
        i = e - 1;
      }
      return out;
    }
  }
}
