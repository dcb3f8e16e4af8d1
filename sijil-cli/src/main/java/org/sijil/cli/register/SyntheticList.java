package org.sijil.cli.register;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * Writes a synthetic casualty list in the shape of the published releases (id, name, en_name, age,
 * dob, sex, source). Names are composed at random from common name parts; they are not anyone's.
 */
public final class SyntheticList {

  private static final String[][] GIVEN = {
    {"محمد", "Muhammad"},
    {"أحمد", "Ahmed"},
    {"محمود", "Mahmoud"},
    {"خالد", "Khaled"},
    {"يوسف", "Yousef"},
    {"عمر", "Omar"},
    {"إبراهيم", "Ibrahim"},
    {"سامي", "Sami"},
    {"علي", "Ali"},
    {"حسن", "Hasan"},
    {"فاطمة", "Fatima"},
    {"مريم", "Maryam"},
    {"آمنة", "Amina"},
    {"سارة", "Sara"},
    {"نور", "Nour"},
    {"هدى", "Huda"},
    {"ليلى", "Layla"},
    {"رنا", "Rana"},
    {"سلمى", "Salma"},
    {"زينب", "Zainab"},
  };
  private static final String[][] FATHER = {
    {"عبد الله", "Abdallah"},
    {"محمد", "Muhammad"},
    {"أحمد", "Ahmed"},
    {"خليل", "Khalil"},
    {"سليم", "Salim"},
    {"جمال", "Jamal"},
    {"ناصر", "Naser"},
    {"وليد", "Walid"},
    {"رائد", "Raed"},
    {"حسين", "Hussein"},
  };
  private static final String[][] FAMILY = {
    {"النجار", "al-Najjar"},
    {"الأسطل", "al-Astal"},
    {"أبو شقرة", "Abu Shaqra"},
    {"المصري", "al-Masri"},
    {"الكحلوت", "al-Kahlout"},
    {"حمدان", "Hamdan"},
    {"عودة", "Odeh"},
    {"ياسين", "Yassin"},
    {"دغمش", "Dughmush"},
    {"العطار", "al-Attar"},
    {"شحادة", "Shehadeh"},
    {"البطش", "al-Batsh"},
  };

  private SyntheticList() {}

  /** Writes {@code rows} rows to {@code file} (UTF-8, header first) from a seeded generator. */
  public static void write(Path file, long rows, long seed) {
    Random rnd = new Random(seed);
    StringBuilder line = new StringBuilder(160);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("id,name,en_name,age,dob,sex,source\n");
      for (long i = 0; i < rows; i++) {
        String[] g = GIVEN[rnd.nextInt(GIVEN.length)];
        String[] f = FATHER[rnd.nextInt(FATHER.length)];
        String[] gf = FATHER[rnd.nextInt(FATHER.length)];
        String[] fam = FAMILY[rnd.nextInt(FAMILY.length)];
        boolean female = rnd.nextInt(GIVEN.length) >= 10;
        int age = rnd.nextInt(90);
        line.setLength(0);
        line.append(400_000_000 + i)
            .append(',')
            .append(g[0])
            .append(' ')
            .append(f[0])
            .append(' ')
            .append(gf[0])
            .append(' ')
            .append(fam[0])
            .append(',')
            .append(g[1])
            .append(' ')
            .append(f[1])
            .append(' ')
            .append(gf[1])
            .append(' ')
            .append(fam[1])
            .append(',');
        if (rnd.nextInt(50) == 0) {
          line.append(1 + rnd.nextInt(11)).append(" months");
        } else {
          line.append(age);
        }
        line.append(',');
        if (rnd.nextBoolean()) {
          line.append(LocalDate.of(2023 - age, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)));
        }
        line.append(',')
            .append(female ? 'f' : 'm')
            .append(',')
            .append("hcu".charAt(rnd.nextInt(3)))
            .append('\n');
        w.append(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
