package org.sijil.synth;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Realistic synthetic casualty lists with ground truth, streamed: households of persons are drawn
 * from the bundled name statistics, each person is captured by each list with the list's
 * probability (dependent through where the person died), and each capture is written down with the
 * list's habits and random damage. Records come in blocks of about {@value #BLOCK} shuffled rows,
 * so a list's rows are not grouped by person or family; memory stays bounded by one block.
 *
 * <p>Exactly {@link SynthConfig#records()} records are produced; persons captured by no list (the
 * undocumented dead) produce none. Same configuration, same records in the same order.
 *
 * <pre>{@code
 * for (SynthRecord r : new SyntheticLists(SynthConfig.of(1_000_000, 3, 42))) { ... }
 * }</pre>
 */
public final class SyntheticLists implements Iterable<SynthRecord> {

  static final int BLOCK = 16_384;

  private final SynthConfig config;
  private final NameStatistics names;

  public SyntheticLists(SynthConfig config) {
    this(config, NameStatistics.bundled());
  }

  public SyntheticLists(SynthConfig config, NameStatistics names) {
    this.config = config;
    this.names = names;
  }

  public SynthConfig config() {
    return config;
  }

  @Override
  public Generator iterator() {
    return new Generator();
  }

  public Stream<SynthRecord> stream() {
    Spliterator<SynthRecord> s =
        Spliterators.spliterator(
            iterator(),
            config.records(),
            Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.SIZED);
    return StreamSupport.stream(s, false);
  }

  /** All records in a list: convenient for tests and small samples. */
  public List<SynthRecord> toList() {
    List<SynthRecord> all =
        new ArrayList<>((int) Math.min(config.records(), Integer.MAX_VALUE - 8));
    forEach(all::add);
    return all;
  }

  /** The record stream; also tells how many persons stand behind the records. */
  public final class Generator implements Iterator<SynthRecord> {
    private final SplittableRandom master = new SplittableRandom(config.seed());
    private final Households households = new Households(names, config);
    private final RecordRenderer renderer =
        new RecordRenderer(config.damage(), new Romanizer(names));
    private final List<Person> persons = new ArrayList<>();
    private final List<SynthRecord> block = new ArrayList<>(BLOCK + 64);
    private long emitted;
    private int next;

    @Override
    public boolean hasNext() {
      if (next < block.size()) {
        return true;
      }
      if (emitted >= config.records()) {
        return false;
      }
      fill();
      return next < block.size();
    }

    @Override
    public SynthRecord next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      emitted++;
      return block.get(next++);
    }

    /**
     * Persons generated so far, including those no list captured (the undocumented): the true total
     * that multiple-systems estimation on these lists should recover, once the stream is consumed.
     */
    public long personsGenerated() {
      return households.personsGenerated();
    }

    private void fill() {
      block.clear();
      next = 0;
      long wanted = Math.min(BLOCK, config.records() - emitted);
      while (block.size() < wanted) {
        persons.clear();
        households.next(master, persons);
        for (Person p : persons) {
          capture(p, master.split());
        }
      }
      shuffle(block, master);
      while (block.size() > wanted) {
        block.remove(block.size() - 1);
      }
    }

    private void capture(Person p, SplittableRandom rng) {
      RecordRenderer.Facts facts = null;
      for (ListSpec list : config.lists()) {
        double chance = p.hospital() ? list.captureInHospital() : list.captureElsewhere();
        boolean captured = rng.nextDouble() < chance;
        boolean duplicated = rng.nextDouble() < config.damage().duplicate();
        SplittableRandom recordRng = rng.split();
        if (captured) {
          if (facts == null) {
            facts = RecordRenderer.Facts.of(p);
          }
          block.add(renderer.render(p, facts, list, recordRng, false));
          if (duplicated) {
            block.add(renderer.render(p, facts, list, recordRng, true));
          }
        }
      }
    }
  }

  private static <T> void shuffle(List<T> list, SplittableRandom rng) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }
}
