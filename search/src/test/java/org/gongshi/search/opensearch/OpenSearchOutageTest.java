package org.gongshi.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gongshi.search.Decisions;
import org.gongshi.search.SearchUnavailableException;
import org.gongshi.search.index.IndexSchema;
import org.gongshi.search.index.OutboxEntry;
import org.gongshi.search.query.SearchRequest;
import org.gongshi.search.query.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cluster goes away (a TCP relay in front of the node is cut) and comes back: searches fail
 * with {@link SearchUnavailableException} (503 in the web app), the readiness check says no, the
 * outbox is not marked applied, and the applier catches up once the cluster is back.
 */
@ExtendWith(OpenSearchNode.class)
class OpenSearchOutageTest {

  @Test
  void aClusterThatIsDownAnswersUnavailableAndTheOutboxCatchesUpLater() throws Exception {
    URI node = URI.create(OpenSearchNode.url());
    try (Relay relay = new Relay(node.getPort());
        OpenSearchConnection c =
            OpenSearchConnection.open(
                OpenSearchSettings.local("http://127.0.0.1:" + relay.port(), "outage"))) {
      String prefix = "outage" + ProcessHandle.current().pid();
      OpenSearchNode.engine(IndexSchema.ARCHIVE, prefix); // registers the index for clean-up
      OpenSearchEngine engine = OpenSearchEngine.open(c, IndexSchema.ARCHIVE, prefix);
      engine.applyBatch(List.of(OutboxEntry.upsert(1, Decisions.simple("a", "占道经营"))));
      engine.refresh();
      assertThat(engine.ready()).isTrue();

      relay.cut();

      assertThat(becomesUnready(engine)).as("readiness while the cluster is cut off").isTrue();
      assertThatThrownBy(() -> engine.search(SearchRequest.of("占道经营")))
          .isInstanceOf(SearchUnavailableException.class);
      List<OutboxEntry> pending = List.of(OutboxEntry.upsert(2, Decisions.simple("b", "夜间施工噪声扰民")));
      assertThatThrownBy(() -> engine.applyBatch(pending)).isInstanceOf(IOException.class);
      assertThat(engine.lastAppliedSequence()).as("nothing recorded as applied").isEqualTo(1);

      relay.restore();

      assertThat(engine.applyBatch(pending)).isEqualTo(1);
      engine.refresh();
      assertThat(engine.search(SearchRequest.of("噪声扰民")).hits())
          .extracting(SearchResult.Hit::id)
          .containsExactly("b");
      assertThat(engine.ready()).isTrue();
    }
  }

  @Test
  void anEngineOpenedWhileTheClusterIsDownOpensItsIndexOnceItIsBack() throws Exception {
    URI node = URI.create(OpenSearchNode.url());
    try (Relay relay = new Relay(node.getPort());
        OpenSearchConnection c =
            OpenSearchConnection.open(
                OpenSearchSettings.local("http://127.0.0.1:" + relay.port(), "outage"))) {
      String prefix = "deploydown" + ProcessHandle.current().pid();
      OpenSearchNode.engine(IndexSchema.ARCHIVE, prefix); // registers the index for clean-up
      relay.cut();

      // what the web app does at deployment: the engine opens, it is just not ready
      OpenSearchEngine engine = OpenSearchEngine.open(c, IndexSchema.ARCHIVE, prefix);
      assertThat(becomesUnready(engine)).as("readiness while the cluster is cut off").isTrue();
      assertThatThrownBy(() -> engine.search(SearchRequest.of("占道经营")))
          .isInstanceOf(SearchUnavailableException.class);
      List<OutboxEntry> pending =
          List.of(
              OutboxEntry.upsert(1, Decisions.simple("a", "占道经营")),
              OutboxEntry.upsert(2, Decisions.simple("b", "夜间施工噪声扰民")));
      assertThatThrownBy(() -> engine.applyBatch(pending)).isInstanceOf(IOException.class);

      relay.restore();

      engine.resumeAfter(0); // the database's record, handed in before each batch
      assertThat(engine.ready()).isTrue();
      assertThat(engine.applyBatch(pending)).isEqualTo(2);
      engine.refresh();
      assertThat(engine.search(SearchRequest.of("噪声扰民")).hits())
          .extracting(SearchResult.Hit::id)
          .containsExactly("b");
      assertThat(engine.lastAppliedSequence()).isEqualTo(2);
    }
  }

  /**
   * Readiness is a live check: a connection the relay has just cut may still be closing in the
   * client's I/O thread, so the answer is read for up to 10 s.
   */
  private static boolean becomesUnready(OpenSearchEngine engine) throws InterruptedException {
    long end = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < end) {
      if (engine.ready() == false) return true;
      Thread.sleep(200);
    }
    return false;
  }

  /** Forwards a loopback port to the node until cut; refuses connections while cut. */
  private static final class Relay implements AutoCloseable {
    private final int target;
    private final int port;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket server;
    private boolean cut;

    Relay(int target) throws IOException {
      this.target = target;
      this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      this.port = server.getLocalPort();
      accept(server);
    }

    int port() {
      return port;
    }

    private void accept(ServerSocket s) {
      Thread t =
          new Thread(
              () -> {
                while (s.isClosed() == false) {
                  try {
                    Socket in = s.accept();
                    // a connection accepted just before a cut must not outlive it: the check and
                    // the
                    // registration happen under the lock cut() takes
                    synchronized (this) {
                      if (cut) {
                        in.close();
                        return;
                      }
                      Socket out = new Socket(InetAddress.getLoopbackAddress(), target);
                      open.add(in);
                      open.add(out);
                      pipe(in, out);
                      pipe(out, in);
                    }
                  } catch (IOException e) {
                    return;
                  }
                }
              });
      t.setDaemon(true);
      t.start();
    }

    private static void pipe(Socket from, Socket to) {
      Thread t =
          new Thread(
              () -> {
                try (InputStream in = from.getInputStream();
                    OutputStream out = to.getOutputStream()) {
                  in.transferTo(out);
                } catch (IOException e) {
                  // cut
                }
              });
      t.setDaemon(true);
      t.start();
    }

    synchronized void cut() throws IOException {
      cut = true;
      server.close();
      for (Socket s : open) {
        s.close();
      }
      open.clear();
    }

    synchronized void restore() throws IOException {
      cut = false;
      server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
      accept(server);
    }

    @Override
    public void close() throws IOException {
      cut();
    }
  }
}
