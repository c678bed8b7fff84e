package io.github.vietcat.models.word;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads UD Vietnamese (CoNLL-U) files: the words of each sentence and its {@code # text}. */
public final class UdVietnamese {

  /**
   * One sentence.
   *
   * @param text the {@code # text} comment, or "" if the file has none
   * @param words the FORM of each word (syllables separated by single spaces), multiword-token
   *     ranges and empty nodes skipped
   */
  public record Sentence(String text, List<String> words) {
    /** Copies the word list. */
    public Sentence {
      words = List.copyOf(words);
    }

    /** The syllables of the sentence, in order. */
    public List<String> syllables() {
      List<String> out = new ArrayList<>();
      for (String w : words) {
        for (String s : w.split(" ")) {
          if (!s.isEmpty()) {
            out.add(s);
          }
        }
      }
      return out;
    }
  }

  private UdVietnamese() {}

  /** The standard file of a split ("train", "dev" or "test") under the shared folder. */
  public static Path file(Path shared, String split) {
    return shared.resolve("ud-vi-vtb").resolve("vi_vtb-ud-" + split + ".conllu");
  }

  /**
   * Reads a CoNLL-U file.
   *
   * @param path the file
   * @return its sentences, in order
   * @throws IOException if the file cannot be read
   */
  public static List<Sentence> read(Path path) throws IOException {
    List<Sentence> sentences = new ArrayList<>();
    String text = "";
    List<String> words = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          if (!words.isEmpty()) {
            sentences.add(new Sentence(text, words));
          }
          words = new ArrayList<>();
          text = "";
        } else if (line.startsWith("#")) {
          if (line.startsWith("# text")) {
            int eq = line.indexOf('=');
            text = eq < 0 ? "" : line.substring(eq + 1).strip();
          }
        } else {
          String[] columns = line.split("\t");
          if (columns.length < 2 || columns[0].contains("-") || columns[0].contains(".")) {
            continue;
          }
          words.add(columns[1]);
        }
      }
    }
    if (!words.isEmpty()) {
      sentences.add(new Sentence(text, words));
    }
    return sentences;
  }

  /** The word lists of the sentences, the form the trainer takes. */
  public static List<List<String>> words(List<Sentence> sentences) {
    List<List<String>> out = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      out.add(s.words());
    }
    return out;
  }
}
