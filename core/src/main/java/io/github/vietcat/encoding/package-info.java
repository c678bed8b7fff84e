/**
 * Legacy Vietnamese encodings: detection ({@link io.github.vietcat.encoding.EncodingDetector}) and
 * decoding to Unicode NFC ({@link io.github.vietcat.encoding.VietnameseEncoding}, {@link
 * io.github.vietcat.encoding.LegacyTextReader}) of TCVN3 (ABC), VNI, VIQR, Windows-1258 and
 * VISCII text, from their published tables.
 */
package io.github.vietcat.encoding;
