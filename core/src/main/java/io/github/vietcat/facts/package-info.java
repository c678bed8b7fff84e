/**
 * Structured facts of news items: which instrument a directive is, who issued it, when and about
 * what; which meeting, organized and chaired by whom; what a training or results report is about
 * and its figures; and the documents an item cites. {@link io.github.vietcat.facts.FactExtractor}
 * finds them with rules over the typed tokens of {@link io.github.vietcat.token.SyllableTokenizer};
 * every fact keeps its exact span in the original input and the {@link
 * io.github.vietcat.facts.RuleEvidence evidence} of the rule that found it.
 */
package io.github.vietcat.facts;
