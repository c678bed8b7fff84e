package io.github.vietcat.normalize;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseSyllableTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "a", "ở", "ý", "Đảng", "nghiêng", "người", "khuya", "quốc", "quý", "quỳnh", "giường", "gì",
    "gìn", "già", "kỳ", "ghế", "nghỉ", "hoàn", "thuyền", "khuỷu", "xoong", "soóc", "Ðảng", "HÀ",
    "uỷ", "ủy", "hoạch", "tuýt", "ba", "con"
  })
  void acceptsSyllables(String word) {
    assertTrue(VietnameseSyllable.isValid(word), word);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Facebook", "online", "top", "hot", "covid", "ce", "gha", "nghe1", "q", "qu", "quu", "kha1",
    "xyz", "bàt", "mạng1", "hóàn", "f", "win", "zalo", "ngê", "ka", "ghi2", "", "nghiêngg"
  })
  void rejectsNonSyllables(String word) {
    assertFalse(VietnameseSyllable.isValid(word), word);
  }
}
