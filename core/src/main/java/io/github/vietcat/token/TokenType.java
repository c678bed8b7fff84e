package io.github.vietcat.token;

/**
 * The kind of a {@link Token}. Types matter beyond tokenization: document codes, dates and
 * abbreviations are strong signals for the genre classifier.
 */
public enum TokenType {
  /** A Vietnamese syllable, such as "cán" or "Đảng". */
  SYLLABLE,
  /** A word in Latin letters that is not a Vietnamese syllable, such as "Facebook". */
  FOREIGN_WORD,
  /** A number: "2019", "4.697.607", "55,5". */
  NUMBER,
  /** A percentage: "55,5%", "100%". */
  PERCENT,
  /** A date: "19/09/2019", "31/10", "9-8-2020". */
  DATE,
  /** A time of day: "18:37", "7h30". */
  TIME,
  /** The number of an official document: "14/2018", "21-CT/TU", "123/KH-UBND". */
  DOCUMENT_CODE,
  /** An abbreviation or acronym: "UBND", "HĐND", "TP.HCM". */
  ABBREVIATION,
  /** A web address. */
  URL,
  /** An e-mail address. */
  EMAIL,
  /** A hashtag: "#covid19". */
  HASHTAG,
  /** A mention: "@baochinhphu". */
  MENTION,
  /** Punctuation: ".", ",", "…", quotes and brackets. */
  PUNCTUATION,
  /** Any other symbol: "%" on its own, "&amp;", "+", currency signs. */
  SYMBOL
}
