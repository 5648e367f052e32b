package org.gongshi.search.opensearch;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/** One client to a cluster, shared by the engines of every index. Thread-safe. */
public final class OpenSearchConnection implements Closeable {

  private final OpenSearchSettings settings;
  private final ApacheHttpClient5Transport transport;
  private final OpenSearchClient client;

  private OpenSearchConnection(OpenSearchSettings settings) {
    this.settings = settings;
    HttpHost[] hosts =
        settings.urls().stream()
            .map(u -> new HttpHost(u.getScheme(), u.getHost(), port(u)))
            .toArray(HttpHost[]::new);
    SSLContext ssl = sslContext(settings);
    this.transport =
        ApacheHttpClient5TransportBuilder.builder(hosts)
            .setMapper(new JacksonJsonpMapper())
            .setRequestConfigCallback(
                r ->
                    r.setConnectionRequestTimeout(Timeout.ofSeconds(5))
                        .setResponseTimeout(Timeout.ofSeconds(60)))
            .setHttpClientConfigCallback(
                b -> {
                  if (settings.user() != null) {
                    BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                    for (HttpHost h : hosts) {
                      credentials.setCredentials(
                          new AuthScope(h),
                          new UsernamePasswordCredentials(
                              settings.user(),
                              settings.password() == null
                                  ? new char[0]
                                  : settings.password().toCharArray()));
                    }
                    b.setDefaultCredentialsProvider(credentials);
                  }
                  PoolingAsyncClientConnectionManagerBuilder pool =
                      PoolingAsyncClientConnectionManagerBuilder.create()
                          .setMaxConnPerRoute(64)
                          .setMaxConnTotal(128);
                  if (ssl != null) {
                    pool.setTlsStrategy(
                        ClientTlsStrategyBuilder.create().setSslContext(ssl).build());
                  }
                  return b.setConnectionManager(pool.build());
                })
            .build();
    this.client = new OpenSearchClient(transport);
  }

  /**
   * Connects (lazily: nothing is sent until the first request).
   *
   * @param settings where the cluster is
   * @return the connection
   */
  public static OpenSearchConnection open(OpenSearchSettings settings) {
    return new OpenSearchConnection(settings);
  }

  OpenSearchClient client() {
    return client;
  }

  public OpenSearchSettings settings() {
    return settings;
  }

  private static int port(URI u) {
    return u.getPort() > 0 ? u.getPort() : "https".equals(u.getScheme()) ? 443 : 9200;
  }

  private static SSLContext sslContext(OpenSearchSettings settings) {
    if (settings.trustedCertificates() == null) {
      return null;
    }
    try (InputStream in = Files.newInputStream(settings.trustedCertificates())) {
      KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
      trust.load(null, null);
      int i = 0;
      for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        trust.setCertificateEntry("ca-" + i++, c);
      }
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trust);
      SSLContext ssl = SSLContext.getInstance("TLS");
      ssl.init(null, tmf.getTrustManagers(), null);
      return ssl;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot read " + settings.trustedCertificates(), e);
    }
  }

  @Override
  public void close() throws IOException {
    transport.close();
  }
}
