package org.sijil.cli.register;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an option's yyyy-mm-dd date, with a message a user can act on instead of a parser's. */
final class IsoDateConverter implements ITypeConverter<LocalDate> {

  @Override
  public LocalDate convert(String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a date yyyy-mm-dd, e.g. 2024-04-30");
    }
  }
}
