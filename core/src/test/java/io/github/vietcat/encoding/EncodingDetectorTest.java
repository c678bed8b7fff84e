package io.github.vietcat.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EncodingDetectorTest {

  /** Two sentences written for the test. */
  private static final String TEXT = "Đồng chí Trưởng ban yêu cầu các xã hoàn thành việc sửa "
      + "đường trước mùa mưa. Người dân ở thôn Bắc Sơn được hướng dẫn cách phòng bệnh cho đàn "
      + "gia súc.";

  private final EncodingDetector detector = new EncodingDetector();

  @Test
  void eachEncodingOfASentencePairIsFoundWithConfidence() {
    for (VietnameseEncoding e : VietnameseEncoding.values()) {
      EncodingDetector.Detection d = detector.detect(e.encode(TEXT));
      assertEquals(e, d.encoding(), e + ": " + d);
      assertTrue(d.isConfident(), e + ": " + d);
    }
  }

  @Test
  void theFixturesAreFound() {
    VietnameseEncodingTest.FIXTURES.forEach((e, bytes) ->
        assertEquals(e, detector.detect(bytes).encoding(), e.name()));
  }

  @Test
  void englishAsciiIsUtf8() {
    EncodingDetector.Detection d = detector.detect(
        "What's this? It's a test, isn't it?".getBytes(StandardCharsets.US_ASCII));
    assertEquals(VietnameseEncoding.UTF_8, d.encoding());
  }

  @Test
  void bytesThatFitNothingAreNotConfident() {
    EncodingDetector.Detection d = detector.detect(new byte[] {(byte) 0x81, (byte) 0x8D, 'x'});
    assertFalse(d.isConfident(), d.toString());
  }
}
