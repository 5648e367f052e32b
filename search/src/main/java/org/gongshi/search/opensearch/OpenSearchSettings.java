package org.gongshi.search.opensearch;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where the OpenSearch cluster is and how to reach it.
 *
 * @param urls the nodes' HTTP addresses ({@code https://os1:9200}); several, comma-separated, in
 *     the environment
 * @param user basic-auth user, or {@code null}
 * @param password basic-auth password, or {@code null}
 * @param trustedCertificates a PEM file of CA certificates to trust for TLS, or {@code null} for
 *     the JVM's trust store
 * @param indexPrefix index and alias names start with this ({@code gongshi-archive})
 * @param shards primary shards of a new index
 * @param replicas replicas of a new index
 */
public record OpenSearchSettings(
    List<URI> urls,
    String user,
    String password,
    Path trustedCertificates,
    String indexPrefix,
    int shards,
    int replicas) {

  public OpenSearchSettings {
    if (urls == null || urls.isEmpty()) {
      throw new IllegalArgumentException("an OpenSearch URL is required");
    }
    urls = List.copyOf(urls);
    indexPrefix = indexPrefix == null || indexPrefix.isBlank() ? "gongshi" : indexPrefix;
    if (shards < 1 || replicas < 0) {
      throw new IllegalArgumentException("shards must be at least 1 and replicas at least 0");
    }
  }

  /**
   * One local node without authentication, one shard, no replica.
   *
   * @param url the node's address
   * @param indexPrefix the prefix of index names
   * @return the settings
   */
  public static OpenSearchSettings local(String url, String indexPrefix) {
    return new OpenSearchSettings(List.of(URI.create(url)), null, null, null, indexPrefix, 1, 0);
  }

  /**
   * From {@code GONGSHI_OPENSEARCH_URL} (comma-separated), {@code _USER}, {@code _PASSWORD}, {@code
   * _CA} (PEM file), {@code _PREFIX}, {@code _SHARDS} and {@code _REPLICAS}.
   *
   * @param env the environment
   * @return the settings
   */
  public static OpenSearchSettings fromEnvironment(Map<String, String> env) {
    String urls = env.getOrDefault("GONGSHI_OPENSEARCH_URL", "http://127.0.0.1:9200");
    String ca = blankToNull(env.get("GONGSHI_OPENSEARCH_CA"));
    return new OpenSearchSettings(
        java.util.Arrays.stream(urls.split(","))
            .map(String::strip)
            .filter(s -> s.isEmpty() == false)
            .map(URI::create)
            .toList(),
        blankToNull(env.get("GONGSHI_OPENSEARCH_USER")),
        blankToNull(env.get("GONGSHI_OPENSEARCH_PASSWORD")),
        ca == null ? null : Path.of(ca),
        env.get("GONGSHI_OPENSEARCH_PREFIX"),
        Integer.parseInt(env.getOrDefault("GONGSHI_OPENSEARCH_SHARDS", "1")),
        Integer.parseInt(env.getOrDefault("GONGSHI_OPENSEARCH_REPLICAS", "0")));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** Without the password. */
  @Override
  public String toString() {
    return "OpenSearchSettings[" + urls + ", user=" + user + ", prefix=" + indexPrefix + "]";
  }
}
