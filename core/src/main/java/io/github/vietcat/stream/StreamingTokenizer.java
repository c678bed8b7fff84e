package io.github.vietcat.stream;

import io.github.vietcat.normalize.NormalizedText;
import io.github.vietcat.normalize.TextNormalizer;
import io.github.vietcat.sentence.Sentence;
import io.github.vietcat.sentence.SentenceSplitter;
import io.github.vietcat.token.SyllableTokenizer;
import io.github.vietcat.token.Token;
import io.github.vietcat.word.Word;
import io.github.vietcat.word.WordSegmenter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Tokens, sentences and words of a text read from a {@link Reader}, produced lazily so that memory
 * stays bounded whatever the input's length:
 *
 * <pre>{@code
 * StreamingTokenizer streaming = new StreamingTokenizer();
 * try (Reader in = Files.newBufferedReader(path)) {
 *   streaming.tokens(in).forEach(t -> System.out.println(t.start() + " " + t.text()));
 * }
 * }</pre>
 *
 * <p><b>Same answers as the {@code String} API.</b> The text is read in chunks of about {@link
 * #DEFAULT_CHUNK_CHARS} chars, cut only after a line break that lies outside any HTML tag, comment,
 * {@code script} or {@code style} element (where the normalizer cannot be inside a construct);
 * each chunk is analysed together with the lines before it that the tokenizer's look-behind can
 * reach, and only its new part is returned. Tokens, sentences (a line break always ends one) and
 * words, offsets included, are then equal to those of {@link SyllableTokenizer#tokenize(String)},
 * {@link SentenceSplitter#split(String)} and {@link WordSegmenter#segment(String, List)} on the
 * whole text. Offsets count UTF-16 chars from the start of the input.
 *
 * <p><b>Memory cap.</b> When no safe cut comes within {@link #DEFAULT_MAX_CHUNK_CHARS} chars (a
 * line longer than that, or an HTML comment or {@code script} element left open that long), the
 * chunk is cut anyway at white space; only near such a forced cut can the answers differ from the
 * whole text's. Memory is thus bounded by the cap (about 20 MB of tokens at most), not by the
 * input. Inputs longer than {@link Integer#MAX_VALUE} chars are refused when the offsets would
 * overflow (an {@link IllegalStateException} once that far).
 *
 * <p>The streams do not close the reader; an {@link IOException} while reading is rethrown as
 * {@link UncheckedIOException}. Thread-safe: each stream has its own state; each reader must be
 * consumed by one stream only.
 *
 * @since 0.2
 */
public final class StreamingTokenizer {

  /** The usual chunk size, in chars: chunks end at the first safe cut after this many. */
  public static final int DEFAULT_CHUNK_CHARS = 64 * 1024;

  /** The cap, in chars: a chunk with no safe cut is cut here (the answers may differ there). */
  public static final int DEFAULT_MAX_CHUNK_CHARS = 256 * 1024;

  private final SyllableTokenizer tokenizer;
  private final TextNormalizer normalizer;
  private final SentenceSplitter splitter;
  private final int chunkChars;
  private final int maxChunkChars;

  /** Streams with the default tokenizer, chunk size and cap. */
  public StreamingTokenizer() {
    this(new SyllableTokenizer(), new TextNormalizer(), DEFAULT_CHUNK_CHARS,
        DEFAULT_MAX_CHUNK_CHARS);
  }

  /**
   * Streams with a given tokenizer and chunk sizes (small sizes are for tests).
   *
   * @param tokenizer the tokenizer
   * @param normalizer the normalizer the tokenizer uses, for sentences (as {@link
   *     SentenceSplitter#split(String)} does)
   * @param chunkChars the usual chunk size, at least 1
   * @param maxChunkChars the cap, at least 64 and at least {@code chunkChars}
   * @throws IllegalArgumentException for sizes out of range
   */
  public StreamingTokenizer(SyllableTokenizer tokenizer, TextNormalizer normalizer,
      int chunkChars, int maxChunkChars) {
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
    this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
    if (chunkChars < 1 || maxChunkChars < 64 || maxChunkChars < chunkChars) {
      throw new IllegalArgumentException("need 1 <= chunkChars <= maxChunkChars and "
          + "maxChunkChars >= 64, got " + chunkChars + " and " + maxChunkChars);
    }
    this.splitter = new SentenceSplitter(tokenizer, true);
    this.chunkChars = chunkChars;
    this.maxChunkChars = maxChunkChars;
  }

  /**
   * The tokens of the text, as {@link SyllableTokenizer#tokenize(String)} gives them.
   *
   * @param in the text; read to its end as the stream is consumed, not closed
   * @return a lazy, ordered stream of the tokens
   */
  public Stream<Token> tokens(Reader in) {
    Objects.requireNonNull(in, "in");
    return stream(new Windows<>(in) {
      @Override
      List<Token> analyse(String text, int offset, int from) {
        List<Token> tokens = tokenizer.tokenize(text);
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
          if (t.start() >= from) {
            out.add(shift(t, offset));
          }
        }
        keepFrom = lookBehindStart(tokens);
        return out;
      }
    });
  }

  /**
   * The sentences of the text, as {@link SentenceSplitter#split(String)} (a line break ends a
   * sentence) gives them.
   *
   * @param in the text; read to its end as the stream is consumed, not closed
   * @return a lazy, ordered stream of the sentences
   */
  public Stream<Sentence> sentences(Reader in) {
    Objects.requireNonNull(in, "in");
    return stream(new Windows<>(in) {
      @Override
      List<Sentence> analyse(String text, int offset, int from) {
        NormalizedText normalized = normalizer.normalize(text);
        List<Token> tokens = tokenizer.tokenize(normalized);
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : splitter.split(normalized, tokens)) {
          if (s.start() >= from) {
            out.add(shift(s, offset));
          }
        }
        keepFrom = lookBehindStart(tokens);
        return out;
      }
    });
  }

  /**
   * The words of each sentence, as {@link WordSegmenter#segment(String, List)} gives them for the
   * tokens of each sentence of {@link SentenceSplitter#split(String)}.
   *
   * @param in the text; read to its end as the stream is consumed, not closed
   * @param segmenter the word segmenter
   * @return a lazy, ordered stream with one list of words per sentence
   */
  public Stream<List<Word>> words(Reader in, WordSegmenter segmenter) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(segmenter, "segmenter");
    return stream(new Windows<>(in) {
      @Override
      List<List<Word>> analyse(String text, int offset, int from) {
        NormalizedText normalized = normalizer.normalize(text);
        List<Token> tokens = tokenizer.tokenize(normalized);
        List<List<Word>> out = new ArrayList<>();
        for (Sentence s : splitter.split(normalized, tokens)) {
          if (s.start() >= from) {
            List<Word> words = segmenter.segment(text, s.tokens());
            List<Word> shifted = new ArrayList<>(words.size());
            for (Word w : words) {
              shifted.add(shift(w, offset));
            }
            out.add(List.copyOf(shifted));
          }
        }
        keepFrom = lookBehindStart(tokens);
        return out;
      }
    });
  }

  /** Where the next window must start for the tokenizer to see the last two tokens again. */
  private static int lookBehindStart(List<Token> tokens) {
    return tokens.size() >= 2 ? tokens.get(tokens.size() - 2).start() : -1;
  }

  static Token shift(Token t, int offset) {
    return offset == 0 ? t
        : new Token(t.text(), t.normalized(), t.type(), t.start() + offset, t.end() + offset);
  }

  private static Sentence shift(Sentence s, int offset) {
    if (offset == 0) {
      return s;
    }
    List<Token> tokens = new ArrayList<>(s.tokens().size());
    for (Token t : s.tokens()) {
      tokens.add(shift(t, offset));
    }
    return new Sentence(s.text(), s.start() + offset, s.end() + offset, tokens);
  }

  private static Word shift(Word w, int offset) {
    if (offset == 0) {
      return w;
    }
    List<Token> tokens = new ArrayList<>(w.tokens().size());
    for (Token t : w.tokens()) {
      tokens.add(shift(t, offset));
    }
    return new Word(w.text(), w.normalized(), w.type(), w.start() + offset, w.end() + offset,
        tokens);
  }

  private static <T> Stream<T> stream(Iterator<T> iterator) {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator,
        Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /** Walks the windows of a reader, handing out the results of each window's new text. */
  private abstract class Windows<T> implements Iterator<T> {
    private final Chunker chunker;
    private List<T> current = List.of();
    private int index;
    private boolean done;
    /** Set by {@link #analyse}: the window index the next window must start at or before. */
    int keepFrom = -1;

    Windows(Reader in) {
      this.chunker = new Chunker(in, chunkChars, maxChunkChars);
    }

    /** Analyses one window; returns the results that start at or after {@code from}. */
    abstract List<T> analyse(String text, int offset, int from);

    @Override
    public boolean hasNext() {
      while (index >= current.size()) {
        if (done) {
          return false;
        }
        try {
          if (!chunker.next()) {
            done = true;
            current = List.of();
            return false;
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        keepFrom = -1;
        current = analyse(chunker.window(), chunker.offset(), chunker.emitFrom());
        index = 0;
        chunker.advance(keepFrom);
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.get(index++);
    }
  }
}
