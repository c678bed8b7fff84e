package io.github.vietcat.facts;

import java.util.List;

/**
 * The facts of a directive: which instrument, issued by whom, when, about what, for whom and by
 * when. A component is {@code null} (or an empty list) when the item does not state it.
 *
 * @param docType the kind of instrument as written ("Chỉ thị", "công văn", "văn bản")
 * @param docCode its number ("21-CT/TU")
 * @param issuer who issued it
 * @param signer the person who signed it
 * @param date when it was issued
 * @param subject what it is about
 * @param addressees to whom it is addressed (at most 5)
 * @param deadlines what it orders done by when
 */
public record DirectiveFacts(TextFact docType, TextFact docCode, TextFact issuer, TextFact signer,
    DateFact date, TextFact subject, List<TextFact> addressees, List<Deadline> deadlines) {

  /**
   * Copies the lists.
   *
   * @param docType the kind of instrument as written
   * @param docCode its number
   * @param issuer who issued it
   * @param signer the person who signed it
   * @param date when it was issued
   * @param subject what it is about
   * @param addressees to whom it is addressed
   * @param deadlines what it orders done by when
   */
  public DirectiveFacts {
    addressees = List.copyOf(addressees);
    deadlines = List.copyOf(deadlines);
  }
}
