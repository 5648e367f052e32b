package org.gongshi.search.opensearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gongshi.search.Decisions;
import org.gongshi.search.index.IndexSchema;
import org.gongshi.search.index.OutboxEntry;

/**
 * The applier of {@link OpenSearchCrashTest}, run in a JVM of its own so that the test can kill it
 * with SIGKILL: reads the applied sequence from a file (the stand-in for the database row the web
 * app keeps, written only after the cluster accepted the batch, as the web app commits its row),
 * applies the rest of a generated outbox in batches of two bulk requests, and says on standard
 * output when it is between the two bulks of a batch ({@code mid <seq>}) and when a batch is
 * recorded ({@code applied <seq>}).
 *
 * <p>Arguments: cluster URL, index prefix, progress file, outbox seed, outbox size, batch size.
 */
public final class CrashApplier {

  private CrashApplier() {}

  /** The generated outbox: upserts (each with its sequence in the text) and deletes. */
  static List<OutboxEntry> outbox(long seed, int size, int docs) {
    Random r = new Random(seed);
    List<OutboxEntry> out = new ArrayList<>(size);
    for (long seq = 1; seq <= size; seq++) {
      String id = "d" + r.nextInt(docs);
      if (r.nextInt(100) < 15) {
        out.add(OutboxEntry.delete(seq, id));
      } else {
        out.add(OutboxEntry.upsert(seq, Decisions.simple(id, marker(seq) + " 占道经营，责令改正，罚款二百元")));
      }
    }
    return out;
  }

  static String marker(long seq) {
    return "〔版本" + seq + "〕";
  }

  static long recorded(Path progress) throws IOException {
    return Files.exists(progress)
        ? Long.parseLong(Files.readString(progress, StandardCharsets.UTF_8).strip())
        : 0;
  }

  static void record(Path progress, long seq) throws IOException {
    Path tmp = progress.resolveSibling(progress.getFileName() + ".tmp");
    Files.writeString(tmp, Long.toString(seq), StandardCharsets.UTF_8);
    Files.move(tmp, progress, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String prefix = args[1];
    Path progress = Path.of(args[2]);
    List<OutboxEntry> outbox = outbox(Long.parseLong(args[3]), Integer.parseInt(args[4]), 1500);
    int batch = Integer.parseInt(args[5]);
    try (OpenSearchConnection c =
        OpenSearchConnection.open(OpenSearchSettings.local(url, prefix))) {
      OpenSearchEngine engine = OpenSearchEngine.open(c, IndexSchema.ARCHIVE, prefix);
      long after = recorded(progress);
      engine.resumeAfter(after); // the database's record, as ArchiveIndex hands it in
      System.out.println("start " + after);
      for (int from = (int) after; from < outbox.size(); from += batch) {
        List<OutboxEntry> b = outbox.subList(from, Math.min(outbox.size(), from + batch));
        int half = b.size() / 2;
        engine.writeVersioned(b.subList(0, half));
        System.out.println("mid " + b.get(b.size() - 1).seq());
        System.out.flush();
        engine.writeVersioned(b.subList(half, b.size()));
        long last = b.get(b.size() - 1).seq();
        engine.commit(last);
        record(progress, last);
        System.out.println("applied " + last);
        System.out.flush();
      }
      System.out.println("done");
    }
  }
}
