// What a K<key> person read costs on a register before its first link run (issue 13 item 7, the
// person page on PostgreSQL; PostgreSQL migration 21 finds keys through key buckets, not an index):
// PublishedPerson over the store's PersonReads in one open register, for READS keys drawn at random
// (seed 17) from the first column of CSV (the file imported, header skipped), after 200 reads to
// warm up. Prints wall milliseconds per read (p50, p90, p99, max), the records found, process CPU
// per read and the load average. Run it inside the pg_virtualenv that holds the register.
// Usage: java -Xmx1g -cp sijil.jar docs/bench/PersonByKey.java REGISTER CSV [READS]
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.sijil.app.publish.PublishedPerson;
import org.sijil.store.Register;

public class PersonByKey {
  public static void main(String[] args) throws Exception {
    List<String> keys;
    try (var lines = Files.lines(Path.of(args[1]))) {
      keys = lines.skip(1).map(l -> l.substring(0, Math.max(0, l.indexOf(',')))).toList();
    }
    int reads = args.length > 2 ? Integer.parseInt(args[2]) : 3000;
    var os =
        (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    Random random = new Random(17);
    try (Register reg = Register.open(Path.of(args[0]))) {
      PublishedPerson persons = new PublishedPerson(reg);
      for (int i = 0; i < 200; i++) {
        persons.read("K" + keys.get(random.nextInt(keys.size())));
      }
      double[] ms = new double[reads];
      long found = 0;
      long c0 = os.getProcessCpuTime();
      for (int i = 0; i < reads; i++) {
        String key = keys.get(random.nextInt(keys.size()));
        long w0 = System.nanoTime();
        found += persons.read("K" + key).map(r -> r.records().size()).orElse(0);
        ms[i] = (System.nanoTime() - w0) / 1e6;
      }
      double cpu = (os.getProcessCpuTime() - c0) / 1e6 / reads;
      Arrays.sort(ms);
      System.out.printf(
          "%d K<key> reads, %d records: p50 %.2f, p90 %.2f, p99 %.2f, max %.2f ms wall;"
              + " %.2f ms client CPU per read (load %s)%n",
          reads,
          found,
          ms[reads / 2],
          ms[reads * 9 / 10],
          ms[reads * 99 / 100],
          ms[reads - 1],
          cpu,
          Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }
  }
}
