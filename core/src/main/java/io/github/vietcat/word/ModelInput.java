package io.github.vietcat.word;

import java.io.DataInput;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;

/**
 * {@link DataInput} over a byte array, for reading a model held whole in memory. Unlike a {@link
 * DataInputStream} over a buffered stream it takes no lock per byte, which made reading the
 * model's hundreds of thousands of small numbers most of its load time. Reading past the end
 * throws {@link EOFException}, as a stream would.
 */
final class ModelInput implements DataInput {

  private final byte[] bytes;
  private int position;

  ModelInput(byte[] bytes) {
    this.bytes = bytes;
  }

  private int next() throws EOFException {
    if (position >= bytes.length) {
      throw new EOFException();
    }
    return bytes[position++] & 0xFF;
  }

  @Override
  public void readFully(byte[] b) throws IOException {
    readFully(b, 0, b.length);
  }

  @Override
  public void readFully(byte[] b, int off, int len) throws IOException {
    if (len > bytes.length - position) {
      position = bytes.length;
      throw new EOFException();
    }
    System.arraycopy(bytes, position, b, off, len);
    position += len;
  }

  @Override
  public int skipBytes(int n) {
    int skipped = Math.max(0, Math.min(n, bytes.length - position));
    position += skipped;
    return skipped;
  }

  @Override
  public boolean readBoolean() throws IOException {
    return next() != 0;
  }

  @Override
  public byte readByte() throws IOException {
    return (byte) next();
  }

  @Override
  public int readUnsignedByte() throws IOException {
    return next();
  }

  @Override
  public short readShort() throws IOException {
    return (short) readUnsignedShort();
  }

  @Override
  public int readUnsignedShort() throws IOException {
    int a = next();
    return (a << 8) | next();
  }

  @Override
  public char readChar() throws IOException {
    return (char) readUnsignedShort();
  }

  @Override
  public int readInt() throws IOException {
    if (bytes.length - position < 4) {
      position = bytes.length;
      throw new EOFException();
    }
    int p = position;
    position += 4;
    return (bytes[p] & 0xFF) << 24 | (bytes[p + 1] & 0xFF) << 16 | (bytes[p + 2] & 0xFF) << 8
        | (bytes[p + 3] & 0xFF);
  }

  @Override
  public long readLong() throws IOException {
    long high = readInt();
    return high << 32 | (readInt() & 0xFFFFFFFFL);
  }

  @Override
  public float readFloat() throws IOException {
    return Float.intBitsToFloat(readInt());
  }

  @Override
  public double readDouble() throws IOException {
    return Double.longBitsToDouble(readLong());
  }

  /** Not used by the model format. */
  @Override
  public String readLine() {
    throw new UnsupportedOperationException("readLine");
  }

  @Override
  public String readUTF() throws IOException {
    return DataInputStream.readUTF(this);
  }
}
