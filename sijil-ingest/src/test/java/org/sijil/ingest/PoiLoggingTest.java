package org.sijil.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.simple.SimpleLoggerContextFactory;
import org.apache.logging.log4j.util.PropertiesUtil;
import org.junit.jupiter.api.Test;

/**
 * POI's Log4j API calls go to Log4j's simple logger because the configuration names it, so reading
 * XLSX prints no "could not find a logging implementation" error (the fallback prints one).
 */
class PoiLoggingTest {

  @Test
  void log4jIsToldToUseItsSimpleLogger() {
    assertEquals(
        SimpleLoggerContextFactory.class.getName(),
        PropertiesUtil.getProperties().getStringProperty("log4j2.loggerContextFactory"));
    assertInstanceOf(SimpleLoggerContextFactory.class, LogManager.getFactory());
  }
}
