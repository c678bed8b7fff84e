package io.github.vietcat.pipeline;

import io.github.vietcat.clean.NewsArticle;
import io.github.vietcat.clean.NewsPageCleaner;
import io.github.vietcat.normalize.NormalizedText;
import io.github.vietcat.normalize.TextNormalizer;
import io.github.vietcat.sentence.Sentence;
import io.github.vietcat.sentence.SentenceSplitter;
import io.github.vietcat.token.SyllableTokenizer;
import io.github.vietcat.token.Token;
import java.util.List;
import java.util.Objects;

/**
 * The single entry point to the text pipeline: normalization, page cleaning, tokenization and
 * sentence splitting, each stage also usable alone ({@link TextNormalizer}, {@link
 * NewsPageCleaner}, {@link SyllableTokenizer}, {@link SentenceSplitter}).
 *
 * <pre>{@code
 * TextPipeline pipeline = new TextPipeline();
 * AnalyzedText text = pipeline.analyze("Ngày 19/09/2019, UBND TP.HCM ban hành Chỉ thị 21-CT/TU.");
 * for (Token t : text.tokens()) {
 *   System.out.println(t.text() + " " + t.type() + " " + t.start() + "-" + t.end());
 * }
 * AnalyzedArticle article = pipeline.analyzePage(scrapedPage);
 * }</pre>
 *
 * <p>Thread-safe: one instance can serve all threads.
 */
public final class TextPipeline {

  private final TextNormalizer normalizer;
  private final SyllableTokenizer tokenizer;
  private final SentenceSplitter splitter;
  private final NewsPageCleaner cleaner;

  /** A pipeline with the default stages (HTML handling on, a line break ends a sentence). */
  public TextPipeline() {
    this(new TextNormalizer(), true);
  }

  /**
   * A pipeline with a given normalizer.
   *
   * @param normalizer the normalization stage, shared by all later stages
   * @param lineBreakEndsSentence whether a line break always ends a sentence
   */
  public TextPipeline(TextNormalizer normalizer, boolean lineBreakEndsSentence) {
    this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
    this.tokenizer = new SyllableTokenizer(normalizer);
    this.splitter = new SentenceSplitter(tokenizer, lineBreakEndsSentence);
    this.cleaner = new NewsPageCleaner();
  }

  /**
   * Normalizes text (stage 1 alone).
   *
   * @param text raw text
   * @return the normalized text with its offset map
   */
  public NormalizedText normalize(String text) {
    return normalizer.normalize(text);
  }

  /**
   * Cleans a scraped page (stage 2 alone).
   *
   * @param page the page's text or HTML
   * @return the article found on it
   */
  public NewsArticle clean(String page) {
    return cleaner.clean(page);
  }

  /**
   * Tokenizes text.
   *
   * @param text raw text
   * @return its tokens, with offsets into text
   */
  public List<Token> tokenize(String text) {
    return tokenizer.tokenize(text);
  }

  /**
   * Normalizes, tokenizes and splits text into sentences (no page cleaning).
   *
   * @param text raw text
   * @return tokens and sentences with offsets into text
   * @throws NullPointerException if text is null
   */
  public AnalyzedText analyze(String text) {
    Objects.requireNonNull(text, "text must not be null");
    NormalizedText normalized = normalizer.normalize(text);
    List<Token> tokens = tokenizer.tokenize(normalized);
    List<Sentence> sentences = splitter.split(normalized, tokens);
    return new AnalyzedText(text, tokens, sentences);
  }

  /**
   * Cleans a scraped page, then analyzes its title, lead and body.
   *
   * @param page the page's text or HTML
   * @return the article and its analyzed parts
   * @throws NullPointerException if page is null
   */
  public AnalyzedArticle analyzePage(String page) {
    NewsArticle article = cleaner.clean(page);
    return new AnalyzedArticle(article, analyze(article.title()), analyze(article.lead()),
        analyze(article.bodyText()));
  }

  /**
   * The tokenizer this pipeline uses.
   *
   * @return the tokenizer, sharing this pipeline's normalizer
   */
  public SyllableTokenizer tokenizer() {
    return tokenizer;
  }

  /**
   * The sentence splitter this pipeline uses.
   *
   * @return the sentence splitter
   */
  public SentenceSplitter sentenceSplitter() {
    return splitter;
  }
}
