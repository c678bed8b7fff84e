package io.github.vietcat.facts;

import java.util.Objects;

/**
 * A document an item cites: "Chỉ thị số 30-CT/TW, ngày 25/12/2013 của Bộ Chính trị".
 *
 * @param code its number ("30-CT/TW", "14"), or {@code null} for a resolution named by a plenum or
 *     congress ("Nghị quyết Trung ương 4")
 * @param type the kind of document as written ("Chỉ thị", "công văn")
 * @param issuer who issued it, when the item says so, else {@code null}
 * @param span the whole citation
 * @param evidence the rule that found it
 */
public record CitedDocument(String code, String type, String issuer, Span span,
    RuleEvidence evidence) {

  /**
   * Validates the components.
   *
   * @param code its number, or {@code null}
   * @param type the kind of document as written
   * @param issuer who issued it, or {@code null}
   * @param span the whole citation
   * @param evidence the rule that found it
   */
  public CitedDocument {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(evidence, "evidence");
  }
}
