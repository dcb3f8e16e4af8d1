// What one person read by id costs while `sijil serve` is still reading the register (issue 14):
// PublishedPerson over the store's PersonReads, for 20 linked persons in one open register, then
// opening the register for each read as a request without a kept register would. Prints wall and
// process CPU milliseconds per person (CPU counts DuckDB's own threads) and the load average.
// Usage: java -cp sijil.jar docs/bench/PersonById.java REGISTER [FIRST_PERSON_NUMBER]
import java.nio.file.Files;
import java.nio.file.Path;
import org.sijil.app.publish.PublishedPerson;
import org.sijil.store.Register;

public class PersonById {
  public static void main(String[] args) throws Exception {
    Path db = Path.of(args[0]);
    long first = args.length > 1 ? Long.parseLong(args[1]) : 100_000;
    var os =
        (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    try (Register reg = Register.open(db)) {
      new PublishedPerson(reg).read("P1"); // warm-up
      for (int round = 0; round < 2; round++) {
        long c0 = os.getProcessCpuTime();
        long w0 = System.nanoTime();
        int records = 0;
        for (int i = 0; i < 20; i++) {
          records +=
              new PublishedPerson(reg)
                  .read("P" + (first + 37L * i + round))
                  .map(r -> r.records().size())
                  .orElse(0);
        }
        System.out.printf(
            "20 persons (%d records), register kept open: %.1f ms wall, %.1f ms CPU per person%n",
            records, (System.nanoTime() - w0) / 2e7, (os.getProcessCpuTime() - c0) / 2e7);
      }
    }
    long c0 = os.getProcessCpuTime();
    long w0 = System.nanoTime();
    for (int i = 0; i < 5; i++) {
      try (Register reg = Register.open(db)) {
        new PublishedPerson(reg).read("P" + (first * 2 + i));
      }
    }
    System.out.printf(
        "open + read + close: %.1f ms wall, %.1f ms CPU per person (load %s)%n",
        (System.nanoTime() - w0) / 5e6,
        (os.getProcessCpuTime() - c0) / 5e6,
        Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
  }
}
