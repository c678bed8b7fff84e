package io.github.vietcat.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SyllableTokenizerTest {

  private final SyllableTokenizer tokenizer = new SyllableTokenizer();

  /** Renders tokens as "text/TYPE/start-end", with "=normalized" when it differs. */
  private String render(String input) {
    List<Token> tokens = tokenizer.tokenize(input);
    for (Token t : tokens) {
      assertEquals(input.substring(t.start(), t.end()), t.text(), "surface is the original span");
    }
    return tokens.stream()
        .map(t -> t.text() + (t.normalized().equals(t.text()) ? "" : "=" + t.normalized())
            + "/" + t.type() + "/" + t.start() + "-" + t.end())
        .collect(Collectors.joining(" "));
  }

  @Test
  void syllablesAndPunctuation() {
    assertEquals(
        "Học/SYLLABLE/0-3 sinh/SYLLABLE/4-8 đi/SYLLABLE/9-11 học/SYLLABLE/12-15 ,/PUNCTUATION/15-16"
            + " vui/SYLLABLE/17-20 lắm/SYLLABLE/21-24 !/PUNCTUATION/24-25",
        render("Học sinh đi học, vui lắm!"));
  }

  @Test
  void datesAndTimes() {
    assertEquals(
        "ngày/SYLLABLE/0-4 05/06/2021/DATE/5-15 lúc/SYLLABLE/16-19 20:15/TIME/20-25"
            + " ;/PUNCTUATION/25-26 12/7/DATE/27-31 ,/PUNCTUATION/31-32 3-4-2022/DATE/33-41"
            + " ,/PUNCTUATION/41-42 8h45/TIME/43-47 ,/PUNCTUATION/47-48 14h/TIME/49-52"
            + " ,/PUNCTUATION/52-53 01.02.2020/DATE/54-64",
        render("ngày 05/06/2021 lúc 20:15; 12/7, 3-4-2022, 8h45, 14h, 01.02.2020"));
  }

  @Test
  void documentCodes() {
    assertEquals(
        "Quyết/SYLLABLE/0-5 định/SYLLABLE/6-10 số/SYLLABLE/11-13 07/2020/DOCUMENT_CODE/14-21"
            + " ,/PUNCTUATION/21-22 56-KL/TW/DOCUMENT_CODE/23-31 ,/PUNCTUATION/31-32"
            + " 210/QĐ-UBND/DOCUMENT_CODE/33-44 ,/PUNCTUATION/44-45 11/NQ/TU/DOCUMENT_CODE/46-54"
            + " ,/PUNCTUATION/54-55 15/2019/NĐ-CP/DOCUMENT_CODE/56-69 ,/PUNCTUATION/69-70"
            + " 33/2017/DOCUMENT_CODE/71-78 ,/PUNCTUATION/78-79 tháng/SYLLABLE/80-85"
            + " 11/2017/DATE/86-93",
        render("Quyết định số 07/2020, 56-KL/TW, 210/QĐ-UBND, 11/NQ/TU, 15/2019/NĐ-CP, 33/2017,"
            + " tháng 11/2017"));
  }

  @Test
  void houseNumbersAndHighlandNames() {
    assertEquals(
        "nhà/SYLLABLE/0-3 số/SYLLABLE/4-6 12/40/NUMBER/7-12 ,/PUNCTUATION/12-13 Đắk/SYLLABLE/14-17"
            + " Nông/SYLLABLE/18-22",
        render("nhà số 12/40, Đắk Nông"));
  }

  @Test
  void numbersAndPercentages() {
    assertEquals(
        "1.234.567/NUMBER/0-9 người/SYLLABLE/10-15 ,/PUNCTUATION/15-16 12,5%/PERCENT/17-22"
            + " ,/PUNCTUATION/22-23 100%/PERCENT/24-28 ,/PUNCTUATION/28-29 3,75/NUMBER/30-34"
            + " 50/NUMBER/35-37 kg/ABBREVIATION/37-39 ,/PUNCTUATION/39-40 2019/NUMBER/40-44"
            + " -/PUNCTUATION/44-45 2020/NUMBER/45-49",
        render("1.234.567 người, 12,5%, 100%, 3,75 50kg,2019-2020"));
  }

  @Test
  void abbreviations() {
    assertEquals(
        "UBND/ABBREVIATION/0-4 ,/PUNCTUATION/4-5 HĐND/ABBREVIATION/6-10 ,/PUNCTUATION/10-11"
            + " MXH/ABBREVIATION/12-15 ,/PUNCTUATION/15-16 VH-TT/ABBREVIATION/17-22"
            + " ,/PUNCTUATION/22-23 TP.HCM/ABBREVIATION/24-30 ,/PUNCTUATION/30-31"
            + " GS.TS/ABBREVIATION/32-37 ,/PUNCTUATION/37-38 Th.S/ABBREVIATION/39-43"
            + " ,/PUNCTUATION/43-44 TP/ABBREVIATION/45-47 ./PUNCTUATION/47-48 Huế/SYLLABLE/49-52",
        render("UBND, HĐND, MXH, VH-TT, TP.HCM, GS.TS, Th.S, TP. Huế"));
  }

  @Test
  void capitalisedSyllablesStaySyllables() {
    assertEquals(
        "TIN/SYLLABLE/0-3 NÓNG/SYLLABLE/4-8 HÀ/SYLLABLE/9-11 -/PUNCTUATION/11-12 NỘI/SYLLABLE/12-15",
        render("TIN NÓNG HÀ-NỘI"));
  }

  @Test
  void foreignWordsNeedARealSyllableCheck() {
    assertEquals(
        "Zalo/FOREIGN_WORD/0-4 ,/PUNCTUATION/4-5 smartphone/FOREIGN_WORD/6-16 ,/PUNCTUATION/16-17"
            + " top/FOREIGN_WORD/18-21 ,/PUNCTUATION/21-22 ca/SYLLABLE/23-25 ,/PUNCTUATION/25-26"
            + " ke/SYLLABLE/27-29 ,/PUNCTUATION/29-30 ce/FOREIGN_WORD/31-33 ,/PUNCTUATION/33-34"
            + " ghe/SYLLABLE/35-38 ,/PUNCTUATION/38-39 gha/FOREIGN_WORD/40-43",
        render("Zalo, smartphone, top, ca, ke, ce, ghe, gha"));
  }

  @Test
  void webTokens() {
    assertEquals(
        "xem/SYLLABLE/0-3 https://example.org/a/b?c=d/URL/4-31 ,/PUNCTUATION/31-32"
            + " www.vietcat.io/URL/33-47 ,/PUNCTUATION/47-48 tin-tuc.vn/URL/49-59 ./PUNCTUATION/59-60"
            + " Gửi/SYLLABLE/61-64 ban.bientap@example.com/EMAIL/65-88 #ChuyểnĐổiSố/HASHTAG/89-101"
            + " @toasoan/MENTION/102-110",
        render("xem https://example.org/a/b?c=d, www.vietcat.io, tin-tuc.vn. Gửi"
            + " ban.bientap@example.com #ChuyểnĐổiSố @toasoan"));
  }

  @Test
  void symbolsAndEllipsis() {
    assertEquals(
        "Ồ/SYLLABLE/0-1 .../PUNCTUATION/1-4 “/PUNCTUATION/5-6 được/SYLLABLE/6-10 ”/PUNCTUATION/10-11"
            + " &/SYMBOL/12-13 +/SYMBOL/14-15 $/SYMBOL/16-17 …/PUNCTUATION/18-19 ?!/PUNCTUATION/19-21",
        render("Ồ... “được” & + $ …?!"));
  }

  @Test
  void toneMarksAreCanonicalInNormalizedFormOnly() {
    assertEquals(
        "Hòa=Hoà/SYLLABLE/0-3 thủy=thuỷ/SYLLABLE/4-8 ủy=uỷ/SYLLABLE/9-11 khỏe=khoẻ/SYLLABLE/12-16",
        render("Hòa thủy ủy khỏe"));
  }

  @Test
  void normalizationKeepsOriginalOffsets() {
    // Ð (eth) for Đ, a zero-width space, a non-breaking space and an entity.
    String input = "\u00D0ảng\u200B\u00A0ủy&nbsp;viên &amp; <i>dân</i>";
    assertEquals(
        "Ðảng=Đảng/SYLLABLE/0-4 ủy=uỷ/SYLLABLE/6-8 viên/SYLLABLE/14-18 &amp;=&/SYMBOL/19-24"
            + " dân/SYLLABLE/28-31",
        render(input));
  }

  @Test
  void decomposedInputGivesTheSameNormalizedTokens() {
    String composed = "Nghị quyết về phát triển kinh tế – xã hội, Đảng ủy khóa XIII";
    String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
    List<Token> a = tokenizer.tokenize(composed);
    List<Token> b = tokenizer.tokenize(decomposed);
    assertEquals(a.size(), b.size());
    for (int i = 0; i < a.size(); i++) {
      assertEquals(a.get(i).normalized(), b.get(i).normalized());
      assertEquals(a.get(i).type(), b.get(i).type());
      assertEquals(decomposed.substring(b.get(i).start(), b.get(i).end()), b.get(i).text());
    }
  }

  @Test
  void nullIsRejectedWithAClearMessage() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> tokenizer.tokenize((String) null));
    assertTrue(e.getMessage().contains("text"));
  }

  @Test
  void blankTextHasNoTokens() {
    assertEquals(List.of(), tokenizer.tokenize(""));
    assertEquals(List.of(), tokenizer.tokenize(" \t\n\u00A0\u200B\r\n "));
  }

  @Test
  @Timeout(30)
  void tenMegabytesWithoutASpace() {
    StringBuilder sb = new StringBuilder(10_000_000);
    while (sb.length() < 10_000_000) {
      sb.append("ngườiđi1.2/3-");
    }
    String input = sb.toString();
    List<Token> tokens = tokenizer.tokenize(input);
    assertEquals(0, tokens.get(0).start());
    assertEquals(input.length(), tokens.get(tokens.size() - 1).end());
    String oneWord = "a".repeat(10_000_000);
    List<Token> single = tokenizer.tokenize(oneWord);
    assertEquals(1, single.size());
    assertEquals(TokenType.FOREIGN_WORD, single.get(0).type());
  }

  @Test
  @Timeout(30)
  void deeplyNestedHtmlAndJunk() {
    String nested = "<div>".repeat(200_000) + "chào" + "</div>".repeat(200_000);
    List<Token> tokens = tokenizer.tokenize(nested);
    assertEquals(1, tokens.size());
    assertEquals("chào", tokens.get(0).text());
    String unclosed = "<!--<script>".repeat(100_000) + "<a href='x" + "x".repeat(100_000);
    tokenizer.tokenize(unclosed);
    StringBuilder junk = new StringBuilder();
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 200_000; i++) {
      junk.append((char) random.nextInt(0x10000));
    }
    List<Token> junkTokens = tokenizer.tokenize(junk.toString());
    int previousEnd = 0;
    for (Token t : junkTokens) {
      assertTrue(t.start() >= previousEnd);
      previousEnd = t.end();
    }
  }

  @Test
  void unpairedSurrogatesAreSymbols() {
    assertEquals("a/SYLLABLE/0-1 \uDC00/SYMBOL/2-3 \uD800/SYMBOL/3-4 😀/SYMBOL/5-7",
        render("a \uDC00\uD800 😀"));
  }
}
