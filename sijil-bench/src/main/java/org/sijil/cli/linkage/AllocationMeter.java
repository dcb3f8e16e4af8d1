package org.sijil.cli.linkage;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Bytes the whole process has allocated on the heap so far: the heap in use now plus what every
 * collection since {@link #start} freed. A figure the machine's load cannot bend, over all threads,
 * including the pools' workers that are gone by the end of a phase (per-thread counters die with
 * their threads). Objects allocated straight into the old generation are counted when they die;
 * allocation buffers handed out and not yet filled count as used, a few MB at most.
 */
final class AllocationMeter {

  private final AtomicLong freed = new AtomicLong();
  private final AtomicLong seen = new AtomicLong();
  private final Set<String> heapPools = new HashSet<>();
  private final List<GarbageCollectorMXBean> collectors =
      ManagementFactory.getGarbageCollectorMXBeans();
  private final long collectionsAtStart;
  private final long inUseAtStart;

  private AllocationMeter() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        heapPools.add(p.getName());
      }
    }
    collectionsAtStart = collections();
    inUseAtStart = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    for (GarbageCollectorMXBean gc : collectors) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(
            (n, handback) -> {
              if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                  n.getType())) {
                GcInfo info =
                    GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData())
                        .getGcInfo();
                freed.addAndGet(
                    used(info.getMemoryUsageBeforeGc()) - used(info.getMemoryUsageAfterGc()));
                seen.incrementAndGet();
              }
            },
            null,
            null);
      }
    }
  }

  /** Starts counting (collections before this call are not counted). */
  static AllocationMeter start() {
    return new AllocationMeter();
  }

  /**
   * Bytes allocated since {@link #start}, up to the heap's use at this call; waits until the
   * notifications of the collections so far have arrived (they come on a thread of their own).
   */
  long allocated() {
    long deadline = System.nanoTime() + 2_000_000_000L;
    while (seen.get() < collections() - collectionsAtStart && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    long inUse = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    return inUse - inUseAtStart + freed.get();
  }

  private long collections() {
    long sum = 0;
    for (GarbageCollectorMXBean gc : collectors) {
      sum += Math.max(0, gc.getCollectionCount());
    }
    return sum;
  }

  private long used(Map<String, MemoryUsage> byPool) {
    long sum = 0;
    for (Map.Entry<String, MemoryUsage> e : byPool.entrySet()) {
      if (heapPools.contains(e.getKey())) {
        sum += e.getValue().getUsed();
      }
    }
    return sum;
  }
}
