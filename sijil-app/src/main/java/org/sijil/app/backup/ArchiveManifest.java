package org.sijil.app.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sijil.app.copy.CopyRegister;

/**
 * What a backup archive says about the register inside it: the format, when it was written, the
 * schema versions, every table's row count, the integrity log's size and root, and the SHA-256 and
 * size of the register file. Restoring and {@code sijil verify archive} check the register against
 * each of these.
 *
 * @param format always {@link #FORMAT}
 * @param created when the backup was taken (ISO-8601 instant)
 * @param schemaVersions the migrations applied to the register, ascending
 * @param tables row count by table name (every copied table)
 * @param log the integrity log's size and root
 * @param registerSha256 SHA-256 (hex) of the register file in the archive
 * @param registerBytes size of the register file in bytes
 */
public record ArchiveManifest(
    String format,
    String created,
    List<Integer> schemaVersions,
    Map<String, Long> tables,
    CopyRegister.LogState log,
    String registerSha256,
    long registerBytes) {

  /** The archive format this version writes and reads. */
  public static final String FORMAT = "sijil-backup/1";

  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public ArchiveManifest {
    if (!FORMAT.equals(format)) {
      throw new IllegalArgumentException(
          "format is " + format + ", this Sijil reads " + FORMAT + " archives");
    }
    if (registerSha256 == null || !SHA256_HEX.matcher(registerSha256).matches()) {
      throw new IllegalArgumentException("register.sha256 is not 64 hex digits: " + registerSha256);
    }
    if (registerBytes < 0 || log.size() < 0) {
      throw new IllegalArgumentException("a negative size");
    }
    schemaVersions = List.copyOf(schemaVersions);
    tables = Map.copyOf(new LinkedHashMap<>(tables));
  }

  /** The manifest as indented JSON (tables by name). */
  public byte[] toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", format);
    root.put("created", created);
    ArrayNode versions = root.putArray("schemaVersions");
    schemaVersions.forEach(versions::add);
    ObjectNode t = root.putObject("tables");
    tables.keySet().stream().sorted().forEach(name -> t.put(name, tables.get(name)));
    ObjectNode l = root.putObject("log");
    l.put("size", log.size());
    l.put("root", log.root());
    ObjectNode r = root.putObject("register");
    r.put("file", RegisterArchive.REGISTER_ENTRY);
    r.put("sha256", registerSha256);
    r.put("bytes", registerBytes);
    try {
      return JSON.writeValueAsBytes(root);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the manifest", e);
    }
  }

  /**
   * Reads a manifest written by {@link #toJson()}.
   *
   * @throws IllegalArgumentException naming the missing or bad field
   */
  public static ArchiveManifest parse(byte[] json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "not JSON: " + e.getMessage().lines().findFirst().orElse(""), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    List<Integer> versions = new ArrayList<>();
    for (JsonNode v : field(root, "schemaVersions")) {
      versions.add(v.asInt());
    }
    Map<String, Long> tables = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = field(root, "tables").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().canConvertToLong()) {
        throw new IllegalArgumentException("tables." + e.getKey() + " is not a row count");
      }
      tables.put(e.getKey(), e.getValue().asLong());
    }
    JsonNode log = field(root, "log");
    JsonNode register = field(root, "register");
    return new ArchiveManifest(
        field(root, "format").asText(),
        field(root, "created").asText(),
        versions,
        tables,
        new CopyRegister.LogState(field(log, "size").asLong(), field(log, "root").asText()),
        field(register, "sha256").asText(),
        field(register, "bytes").asLong());
  }

  private static JsonNode field(JsonNode node, String name) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("no field '" + name + "'");
    }
    return v;
  }
}
