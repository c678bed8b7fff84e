/**
 * Sentences: splitting tokenized Vietnamese text into sentences, aware of the conventions of
 * Vietnamese news (dotted abbreviations such as "TP." and "PGS.TS", dot thousands, dates, quotes,
 * ellipses).
 */
package io.github.vietcat.sentence;
