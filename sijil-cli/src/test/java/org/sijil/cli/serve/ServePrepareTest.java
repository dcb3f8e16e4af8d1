package org.sijil.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@code serve} starts loading the register's driver before picocli reads its command line. */
class ServePrepareTest {

  @Test
  void theRegisterIsFoundInTheRawArgumentsInEitherFormOrIsTheDefault() {
    assertEquals("a.db", ServeCommand.dbArgument(new String[] {"serve", "--db", "a.db"}));
    assertEquals(
        "b.db", ServeCommand.dbArgument(new String[] {"serve", "--port", "1", "--db=b.db"}));
    assertEquals("sijil.db", ServeCommand.dbArgument(new String[] {"serve", "--port", "1"}));
    assertEquals("sijil.db", ServeCommand.dbArgument(new String[] {"serve", "--db"}));
  }

  @Test
  void preparingNeverFailsWhateverTheArguments() {
    ServeCommand.prepare(new String[] {});
    ServeCommand.prepare(new String[] {"import", "--db", "x.db"});
    ServeCommand.prepare(new String[] {"serve", "--db", "postgresql://u@h:5432/n"});
    ServeCommand.prepare(new String[] {"serve", "--db", "bad\0path"});
  }
}
