/**
 * Tokens: the text split into syllables and other typed tokens (numbers, dates, document codes,
 * abbreviations, URLs, punctuation...), each with exact offsets into the original input.
 */
package io.github.vietcat.token;
