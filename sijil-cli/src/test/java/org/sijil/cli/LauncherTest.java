package org.sijil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launchers {@code bin/sijil} and {@code bin/sijil-tools} are product code: each case runs one
 * with a fake {@code java} first on the PATH that prints the arguments it was given, one a line.
 */
class LauncherTest {

  private static final Path LAUNCHER = ReadmeExamplesTest.ROOT.resolve("bin/sijil");
  private static final Path TOOLS_LAUNCHER = ReadmeExamplesTest.ROOT.resolve("bin/sijil-tools");
  private static final String PARALLEL = "-XX:+UseParallelGC";
  private static final String HUGE_PAGES = "-XX:+UseTransparentHugePages";
  private static final String COMPILERS = "-XX:CICompilerCount=4";
  private static final String FULL_START = "-XX:InitialRAMPercentage=25";

  @TempDir Path dir;
  private Path jar;
  private Path hugePagesFile;
  private final Map<String, String> env = new HashMap<>();

  @BeforeEach
  void fakeJavaAndKernel() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell");
    Path bin = Files.createDirectories(dir.resolve("fake-bin"));
    Path java = Files.writeString(bin.resolve("java"), "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    jar = Files.writeString(dir.resolve("sijil.jar"), "not a jar");
    hugePagesFile = dir.resolve("enabled");
    offerHugePages("always [madvise] never");
    env.put("PATH", bin + ":/usr/bin:/bin");
    env.put("SIJIL_JAR", jar.toString());
    env.put("SIJIL_THP_FILE", hugePagesFile.toString());
    env.put("SIJIL_PROCESSORS", "2");
  }

  @Test
  void aBatchCommandGetsTheThroughputCollectorHugePagesAndTheJvmsDefaultHeapFromTheStart()
      throws Exception {
    assertEquals(
        List.of(
            PARALLEL,
            HUGE_PAGES,
            FULL_START,
            "-jar",
            jar.toString(),
            "dedupe",
            "a b.csv",
            "--out",
            "c"),
        run("dedupe", "a b.csv", "--out", "c"));
    for (String command : List.of("link", "evaluate", "import", "estimate", "copy", "backup")) {
      assertEquals(
          List.of(PARALLEL, HUGE_PAGES, FULL_START, "-jar"), run(command).subList(0, 4), command);
    }
  }

  @Test
  void javaOptsThatSetTheHeapsStartReplaceTheFullStart() throws Exception {
    for (String start :
        List.of("-Xms1g", "-XX:InitialHeapSize=1073741824", "-XX:InitialRAMPercentage=5")) {
      env.put("JAVA_OPTS", start);
      assertEquals(List.of(PARALLEL, HUGE_PAGES, start, "-jar"), run("dedupe").subList(0, 4));
    }
  }

  @Test
  void aServerKeepsG1AndATwoGigabyteHeap() throws Exception {
    for (String command : List.of("serve", "demo", "startup-archive")) {
      assertEquals(
          List.of("-Xmx2g", COMPILERS, "-jar", jar.toString(), command, "--db", "r.db"),
          run(command, "--db", "r.db"),
          command);
    }
  }

  @Test
  void aServerGetsFourCompilerThreadsOnlyOnASmallMachine() throws Exception {
    env.put("SIJIL_PROCESSORS", "4");
    assertEquals(List.of("-Xmx2g", COMPILERS, "-jar"), run("serve").subList(0, 3));
    env.put("SIJIL_PROCESSORS", "16");
    assertEquals(List.of("-Xmx2g", "-jar"), run("serve").subList(0, 2), "the JVM's own count");
    assertEquals(List.of(PARALLEL, HUGE_PAGES, FULL_START, "-jar"), run("dedupe").subList(0, 4));
    env.put("SIJIL_PROCESSORS", "2");
    env.put("JAVA_OPTS", "-XX:CICompilerCount=2");
    assertEquals(List.of("-Xmx2g", "-XX:CICompilerCount=2", "-jar"), run("serve").subList(0, 3));
  }

  @Test
  void hugePagesOnlyWhereTheKernelOffersThem() throws Exception {
    offerHugePages("[always] madvise never");
    assertTrue(run("link").contains(HUGE_PAGES), "always");
    offerHugePages("always madvise [never]");
    assertEquals(List.of(PARALLEL, FULL_START, "-jar"), run("link").subList(0, 3), "never");
    Files.delete(hugePagesFile);
    assertEquals(List.of(PARALLEL, FULL_START, "-jar"), run("link").subList(0, 3), "no such file");
  }

  @Test
  void javaOptsCollectorHeapAndHugePagesWinOverTheLaunchers() throws Exception {
    env.put("JAVA_OPTS", "-XX:+UseG1GC -Xmx3g -XX:-UseTransparentHugePages");
    env.put("SIJIL_HEAP", "5g");
    assertEquals(
        List.of(FULL_START, "-XX:+UseG1GC", "-Xmx3g", "-XX:-UseTransparentHugePages", "-jar"),
        run("dedupe").subList(0, 5));
    assertEquals(List.of(COMPILERS, "-XX:+UseG1GC", "-Xmx3g"), run("serve").subList(0, 3));
  }

  @Test
  void javaOptsWithoutACollectorOrHeapKeepTheLaunchersChoice() throws Exception {
    env.put("JAVA_OPTS", "-Xlog:gc*:file=gc.log -Dx=y");
    assertEquals(
        List.of(PARALLEL, HUGE_PAGES, FULL_START, "-Xlog:gc*:file=gc.log", "-Dx=y", "-jar"),
        run("dedupe").subList(0, 6));
    assertEquals(
        List.of("-Xmx2g", COMPILERS, "-Xlog:gc*:file=gc.log", "-Dx=y", "-jar"),
        run("serve").subList(0, 5));
  }

  @Test
  void sijilHeapSetsTheHeapOfEveryKind() throws Exception {
    env.put("SIJIL_HEAP", "5g");
    assertEquals(
        List.of("-Xmx5g", PARALLEL, HUGE_PAGES, FULL_START, "-jar"), run("dedupe").subList(0, 5));
    assertEquals(List.of("-Xmx5g", COMPILERS, "-jar"), run("serve").subList(0, 3));
  }

  @Test
  void theToolsLauncherRunsTheToolsJarAsABatchCommand() throws Exception {
    Path tools = Files.writeString(dir.resolve("sijil-tools.jar"), "not a jar");
    env.put("SIJIL_TOOLS_JAR", tools.toString());
    assertEquals(
        List.of(
            PARALLEL, HUGE_PAGES, FULL_START, "-jar", tools.toString(), "bench", "dedupe", "s.csv"),
        run(TOOLS_LAUNCHER, "bench", "dedupe", "s.csv"));
  }

  @Test
  void anArchiveNewerThanTheJarIsMappedAfterTheChosenOptions() throws Exception {
    Path archive = Files.writeString(dir.resolve("sijil.jsa"), "classes");
    Files.setLastModifiedTime(
        archive, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
    assertEquals(
        List.of(
            PARALLEL,
            HUGE_PAGES,
            FULL_START,
            "-XX:SharedArchiveFile=" + archive,
            "-Xlog:cds=off,cds+dynamic=off",
            "-jar"),
        run("dedupe").subList(0, 6));
  }

  private void offerHugePages(String kernelSays) throws IOException {
    Files.writeString(hugePagesFile, kernelSays + "\n");
  }

  private List<String> run(String... arguments) throws Exception {
    return run(LAUNCHER, arguments);
  }

  /** The arguments the fake java was given, after running the launcher with /bin/sh. */
  private List<String> run(Path launcher, String... arguments) throws Exception {
    ProcessBuilder builder = new ProcessBuilder("/bin/sh", launcher.toString());
    builder.command().addAll(List.of(arguments));
    builder.environment().clear();
    builder.environment().putAll(env);
    builder.redirectErrorStream(true);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the launcher finished");
    assertEquals(0, process.exitValue(), out);
    return out.lines().toList();
  }
}
