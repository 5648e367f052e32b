package org.gongshi.platform.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.*;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Write-once, content-addressed file store: bytes live at {@code ab/cd/abcd…} named by their
 * SHA-256, so identical bytes are stored once and a stored file is never rewritten.
 *
 * <p>Durable before acknowledged: the bytes are written to a temp file and forced to disk, renamed
 * atomically to their address, and the directory holding the new name is forced too (with every
 * directory created on the way). {@link #admit} returns only after that, and callers admit before
 * their database row commits, so a row never names bytes that a crash can take back.
 */
public class ContentStore {
  /** How bytes and names reach the disk; replaceable so tests can see the order of the calls. */
  public interface Sync {
    void file(FileChannel channel) throws IOException;

    void directory(Path dir) throws IOException;
  }

  /** fsync(2) of the file, and of the directory where the platform allows opening one. */
  public static final Sync FSYNC =
      new Sync() {
        @Override
        public void file(FileChannel channel) throws IOException {
          channel.force(true);
        }

        @Override
        public void directory(Path dir) throws IOException {
          try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
          } catch (AccessDeniedException windows) {
            // Windows cannot open a directory as a file; NTFS journals the rename itself
          }
        }
      };

  /**
   * The file that marks a directory as this archive's store. An NFS export that is not mounted
   * leaves an empty directory behind: without the marker nothing is written there, so no upload
   * lands on one node's local disk where the other nodes (and the backup) would never see it.
   */
  public static final String MARKER = ".gongshi-store";

  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(ContentStore.class.getName());

  private final Path root;
  private final Sync sync;
  private final boolean guarded;

  public ContentStore(Path root) {
    this(root, FSYNC);
  }

  public ContentStore(Path root, Sync sync) {
    this(root, sync, false);
  }

  private ContentStore(Path root, Sync sync, boolean guarded) {
    this.root = root;
    this.sync = sync;
    this.guarded = guarded;
  }

  /**
   * The server's store at {@code root}, which writes only while the marker is there. A new store
   * (no file recorded yet) or a directory that already holds stored files gets the marker; an empty
   * or missing directory while the database names stored files does not: it is taken for a share
   * that is not mounted, and uploads are refused until it is back.
   *
   * @param filesRecorded whether the database names any stored file
   */
  public static ContentStore server(Path root, boolean filesRecorded) {
    ContentStore store = new ContentStore(root, FSYNC, true);
    Path marker = root.resolve(MARKER);
    if (Files.isRegularFile(marker)) return store;
    try {
      if (filesRecorded && !holdsBlobs(root)) {
        LOG.severe(
            "The content store "
                + root
                + " holds no stored file and no "
                + MARKER
                + " although the database names stored files: is the shared directory mounted?"
                + " Uploads are refused until it is back.");
        return store;
      }
      createDirectories(root);
      Path tmp = root.resolve(MARKER + "." + java.util.UUID.randomUUID() + ".tmp");
      try (FileChannel ch =
          FileChannel.open(
              tmp,
              StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING,
              StandardOpenOption.WRITE)) {
        ch.write(
            java.nio.ByteBuffer.wrap(
                ("Gongshi content store, marked "
                        + java.time.Instant.now()
                        + ". Do not delete: without this file the server writes nothing here.\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        FSYNC.file(ch);
      }
      Files.move(tmp, marker, StandardCopyOption.ATOMIC_MOVE);
      FSYNC.directory(root);
    } catch (IOException e) {
      LOG.warning("Cannot mark the content store " + root + ": " + e);
    }
    return store;
  }

  /** Whether the directory holds stored files (a two-hex-digit fan-out directory). */
  private static boolean holdsBlobs(Path root) throws IOException {
    if (!Files.isDirectory(root)) return false;
    try (var entries = Files.list(root)) {
      return entries.anyMatch(
          p -> Files.isDirectory(p) && p.getFileName().toString().matches("[0-9a-f]{2}"));
    }
  }

  /**
   * Whether this store may be written: always for a plain store; with its marker for the server's.
   */
  public boolean present() {
    return !guarded || Files.isRegularFile(root.resolve(MARKER));
  }

  /** Bytes received but not yet admitted: a temp file with its hash and size. */
  public record Staged(Path tempFile, String sha256, long size) implements AutoCloseable {
    @Override
    public void close() {
      try {
        Files.deleteIfExists(tempFile);
      } catch (IOException ignored) {
        // a leftover temp file is harmless; the next start cleans tmp/
      }
    }
  }

  /** Streams the input to a temp file while hashing; refuses more than maxBytes. */
  public Staged stage(InputStream in, long maxBytes) throws IOException, TooLargeException {
    if (!present()) throw new StoreMissingException(root);
    Path tmp = Files.createDirectories(root.resolve("tmp"));
    Path file = Files.createTempFile(tmp, "upload-", ".part");
    MessageDigest sha = sha256();
    long size = 0;
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      OutputStream out = new DigestOutputStream(Channels.newOutputStream(channel), sha);
      byte[] buf = new byte[64 * 1024];
      for (int n; (n = in.read(buf)) > 0; ) {
        size += n;
        if (size > maxBytes) throw new TooLargeException(maxBytes);
        out.write(buf, 0, n);
      }
      out.flush();
      sync.file(channel);
    } catch (IOException | TooLargeException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    return new Staged(file, HexFormat.of().formatHex(sha.digest()), size);
  }

  /**
   * Moves staged bytes to their content address and makes the new name durable; returns false when
   * they were there already. Call it before the transaction that records the file commits.
   */
  public boolean admit(Staged staged) throws IOException {
    Path target = pathOf(staged.sha256());
    if (Files.exists(target)) {
      staged.close();
      return false;
    }
    List<Path> created = createDirectories(target.getParent());
    try {
      Files.move(staged.tempFile(), target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException raced) {
      staged.close();
      return false;
    }
    target.toFile().setReadOnly();
    sync.directory(target.getParent());
    // a directory made just now is itself a new name in its parent: force those entries too
    for (Path dir : created.reversed()) sync.directory(dir.getParent());
    return true;
  }

  /** Creates the missing directories up to dir; returns them, outermost first. */
  private static List<Path> createDirectories(Path dir) throws IOException {
    List<Path> missing = new ArrayList<>();
    for (Path p = dir; p != null && !Files.isDirectory(p); p = p.getParent()) missing.addFirst(p);
    Files.createDirectories(dir);
    return missing;
  }

  public Path pathOf(String sha256) {
    if (!sha256.matches("[0-9a-f]{64}"))
      throw new IllegalArgumentException("not a SHA-256: " + sha256);
    return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
  }

  public boolean contains(String sha256) {
    return Files.isRegularFile(pathOf(sha256));
  }

  public InputStream open(String sha256) throws IOException {
    return Files.newInputStream(pathOf(sha256));
  }

  /** Re-hashes stored bytes; true when they still match their name. */
  public boolean verify(String sha256) {
    Path p = pathOf(sha256);
    if (!Files.isRegularFile(p)) return false;
    MessageDigest sha = sha256();
    try (InputStream in = Files.newInputStream(p)) {
      byte[] buf = new byte[64 * 1024];
      for (int n; (n = in.read(buf)) > 0; ) sha.update(buf, 0, n);
    } catch (IOException e) {
      return false;
    }
    return HexFormat.of().formatHex(sha.digest()).equals(sha256);
  }

  /** The SHA-256 names of every stored blob (the temp area and stray files left out). */
  public java.util.Set<String> names() throws IOException {
    java.util.Set<String> names = new java.util.TreeSet<>();
    if (!Files.isDirectory(root)) return names;
    try (java.util.stream.Stream<Path> files = Files.walk(root, 3)) {
      files
          .filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}"))
          .filter(p -> p.equals(pathOf(p.getFileName().toString())))
          .map(p -> p.getFileName().toString())
          .forEach(names::add);
    }
    return names;
  }

  /** Whether the store is there (marked, for the server's) and writable (readiness). */
  public boolean isWritable() {
    if (!present()) return false;
    try {
      Files.createDirectories(root);
      return Files.isWritable(root);
    } catch (IOException e) {
      return false;
    }
  }

  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String sha256Hex(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  /** The server's store is not there (its marker is missing): nothing was written. */
  public static class StoreMissingException extends IOException {
    public StoreMissingException(Path root) {
      super("content store not present (no " + MARKER + " in " + root + ")");
    }
  }

  /** More bytes than the configured limit. */
  public static class TooLargeException extends Exception {
    public final long limit;

    public TooLargeException(long limit) {
      super("too large");
      this.limit = limit;
    }
  }
}
