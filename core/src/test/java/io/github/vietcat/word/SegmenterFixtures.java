package io.github.vietcat.word;

import io.github.vietcat.token.Token;
import io.github.vietcat.token.TokenType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A tiny training set written for the tests (not taken from any corpus): sentences with words
 * joined by '_', and a small lexicon of counts; plus a whitespace tokenizer for hand-made tokens.
 */
public final class SegmenterFixtures {

  public static final List<String> SENTENCES = List.of(
      "cán_bộ đảng_viên phải gương_mẫu trên mạng_xã_hội .",
      "Cán_bộ xã đến từng nhà vận_động người dân .",
      "Ủy_ban nhân_dân tỉnh tổ_chức hội_nghị tổng_kết công_tác năm .",
      "hòa_bình là mong_ước của mọi người .",
      "các đại_biểu thảo_luận về kế_hoạch phát_triển kinh_tế .",
      "người dân địa_phương tham_gia bảo_vệ môi_trường .",
      "chúng_tôi học_tập và làm_việc theo tấm_gương đạo_đức .",
      "ông Nguyễn_Văn_An phát_biểu tại hội_nghị .",
      "năm 2024 , tỉnh đạt 12 chỉ_tiêu kinh_tế .",
      "thanh_niên tình_nguyện giúp người dân xây nhà .",
      "đảng_viên trẻ tham_gia học_tập nghị_quyết .",
      "hội_nghị bàn về công_tác cán_bộ .",
      "mạng_xã_hội giúp người dân nắm thông_tin .",
      "Hòa_bình và phát_triển là mục_tiêu chung .",
      "chính_quyền địa_phương hỗ_trợ người dân .",
      "Đại_biểu đề_nghị tăng_cường kiểm_tra .",
      "Chúng_tôi đến nhà văn_hóa xã .",
      "các cán_bộ trẻ gương_mẫu trong công_tác .",
      "tỉnh tổ_chức tổng_kết năm học .",
      "bà Trần_Thị_Bình nói về kế_hoạch mới .");

  public static final Map<String, Long> LEXICON = lexicon();

  private SegmenterFixtures() {}

  /** The sentences as word lists, syllables separated by spaces (the trainer's input). */
  public static List<List<String>> trainingWords() {
    List<List<String>> out = new ArrayList<>();
    for (String s : SENTENCES) {
      List<String> words = new ArrayList<>();
      for (String w : s.split(" ")) {
        words.add(w.replace('_', ' '));
      }
      out.add(words);
    }
    return out;
  }

  private static Map<String, Long> lexicon() {
    Map<String, Long> counts = new TreeMap<>();
    for (String w : Arrays.asList("cán bộ", "đảng viên", "gương mẫu", "mạng xã hội", "ủy ban",
        "nhân dân", "tổ chức", "hội nghị", "tổng kết", "công tác", "hòa bình", "mong ước",
        "đại biểu", "thảo luận", "kế hoạch", "phát triển", "kinh tế", "địa phương", "tham gia",
        "bảo vệ", "môi trường", "chúng tôi", "học tập", "làm việc", "tấm gương", "đạo đức",
        "phát biểu", "chỉ tiêu", "thanh niên", "tình nguyện", "nghị quyết", "thông tin",
        "mục tiêu", "chính quyền", "hỗ trợ", "đề nghị", "tăng cường", "kiểm tra", "văn hóa",
        "năm học", "vận động", "xã hội", "người dân")) {
      counts.put(w, 500L);
    }
    counts.put("Nguyễn Văn An", 20L);
    counts.put("Trần Thị Bình", 20L);
    for (String w : Arrays.asList("người", "dân", "xã", "nhà", "tỉnh", "năm", "phải", "trên",
        "là", "của", "mọi", "các", "về", "và", "theo", "ông", "bà", "tại", "đạt", "giúp", "xây",
        "trẻ", "bàn", "nắm", "chung", "đến", "từng", "mới", "nói", "trong")) {
      counts.put(w, 5000L);
    }
    return counts;
  }

  /** The model the tests use, trained once per call (fast: a few milliseconds). */
  public static WordSegmenter train() {
    return WordSegmenterTrainer.train(
        trainingWords(), LEXICON, WordSegmenterTrainer.Options.defaults());
  }

  /**
   * Tokens of a text split at spaces: all digits make a NUMBER, no letter makes PUNCTUATION,
   * anything else a SYLLABLE; normalized = the text.
   */
  public static List<Token> whitespaceTokens(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (Character.isWhitespace(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      String t = text.substring(start, i);
      TokenType type = t.chars().allMatch(Character::isDigit) ? TokenType.NUMBER
          : t.chars().anyMatch(Character::isLetter) ? TokenType.SYLLABLE : TokenType.PUNCTUATION;
      tokens.add(new Token(t, t, type, start, i));
    }
    return tokens;
  }
}
