package org.sijil.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sijil.core.UserError;
import org.sijil.server.ServerConfig;
import picocli.CommandLine;

class ListenOptionsTest {

  private static ListenOptions parsed(String... args) {
    ListenOptions options = new ListenOptions();
    new CommandLine(options).parseArgs(args);
    return options;
  }

  @Test
  void searchPermitsDefaultToTheProcessorsAndOneMore() {
    assertEquals(Runtime.getRuntime().availableProcessors() + 1, parsed().config().searchPermits());
    assertEquals(ServerConfig.defaultSearchPermits(), parsed().config().searchPermits());
  }

  @Test
  void searchPermitsAsAsked() {
    assertEquals(4, parsed("--search-permits", "4").config().searchPermits());
    assertEquals(0, parsed("--search-permits", "0").config().searchPermits(), "no gate");
  }

  @Test
  void searchPermitsOutOfRangeNameTheOption() {
    UserError e = assertThrows(UserError.class, () -> parsed("--search-permits", "-1").config());
    assertTrue(e.getMessage().contains("--search-permits"), e.getMessage());
    assertThrows(UserError.class, () -> parsed("--search-permits", "5000").config());
  }
}
