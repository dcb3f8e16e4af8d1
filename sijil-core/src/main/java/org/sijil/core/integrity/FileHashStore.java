package org.sijil.core.integrity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A {@link HashStore} in one file of back-to-back 32-byte hashes: no header, no framing, so the
 * file is exactly {@code 32 × size} bytes. A torn last write (a length that is not a multiple of
 * 32) is cut back to the last whole hash when the file is opened; the log's signed checkpoints say
 * which size is authoritative.
 */
public final class FileHashStore implements HashStore, AutoCloseable {

  private final Path file;
  private final FileChannel channel;
  private volatile long size;

  private FileHashStore(Path file, FileChannel channel, long size) {
    this.file = file;
    this.channel = channel;
    this.size = size;
  }

  /** Opens (creating if absent) the hash file. */
  public static FileHashStore open(Path file) {
    try {
      FileChannel channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      long whole = channel.size() / Hashes.SIZE;
      if (channel.size() != whole * Hashes.SIZE) {
        channel.truncate(whole * Hashes.SIZE);
      }
      return new FileHashStore(file, channel, whole);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open hash file " + file, e);
    }
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public byte[] read(long position) {
    HashStore.checkPosition(position, size);
    ByteBuffer buffer = ByteBuffer.allocate(Hashes.SIZE);
    try {
      long at = position * Hashes.SIZE;
      while (buffer.hasRemaining()) {
        if (channel.read(buffer, at + buffer.position()) < 0) {
          throw new IOException("unexpected end of file");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read hash " + position + " of " + file, e);
    }
    return buffer.array();
  }

  @Override
  public synchronized void append(byte[] hashes) {
    HashStore.checkWhole(hashes);
    ByteBuffer buffer = ByteBuffer.wrap(hashes);
    try {
      long at = size * Hashes.SIZE;
      while (buffer.hasRemaining()) {
        at += channel.write(buffer, at);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to hash file " + file, e);
    }
    size += hashes.length / Hashes.SIZE;
  }

  @Override
  public void sync() {
    try {
      channel.force(false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot sync hash file " + file, e);
    }
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close hash file " + file, e);
    }
  }
}
