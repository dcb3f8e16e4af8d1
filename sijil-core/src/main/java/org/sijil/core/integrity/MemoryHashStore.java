package org.sijil.core.integrity;

import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link HashStore} in memory, in fixed pages so growing never copies what is stored. Readers of
 * positions below {@link #size()} are safe alongside one appender.
 */
public final class MemoryHashStore implements HashStore {

  /** Hashes per page: 32,768 hashes = 1 MiB. */
  static final int PAGE_HASHES = 1 << 15;

  private static final int PAGE_BYTES = PAGE_HASHES * Hashes.SIZE;

  private final CopyOnWriteArrayList<byte[]> pages = new CopyOnWriteArrayList<>();
  private volatile long size;

  @Override
  public long size() {
    return size;
  }

  @Override
  public byte[] read(long position) {
    HashStore.checkPosition(position, size);
    byte[] page = pages.get((int) (position / PAGE_HASHES));
    int offset = (int) (position % PAGE_HASHES) * Hashes.SIZE;
    byte[] hash = new byte[Hashes.SIZE];
    System.arraycopy(page, offset, hash, 0, Hashes.SIZE);
    return hash;
  }

  @Override
  public void append(byte[] hashes) {
    HashStore.checkWhole(hashes);
    long end = size;
    int done = 0;
    while (done < hashes.length) {
      int pageIndex = (int) (end / PAGE_HASHES);
      if (pageIndex == pages.size()) {
        pages.add(new byte[PAGE_BYTES]);
      }
      int offset = (int) (end % PAGE_HASHES) * Hashes.SIZE;
      int n = Math.min(PAGE_BYTES - offset, hashes.length - done);
      System.arraycopy(hashes, done, pages.get(pageIndex), offset, n);
      done += n;
      end += n / Hashes.SIZE;
    }
    size = end;
  }
}
