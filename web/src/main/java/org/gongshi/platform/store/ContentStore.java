package org.gongshi.platform.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.*;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Write-once, content-addressed file store: bytes live at {@code ab/cd/abcd…} named by their
 * SHA-256, so identical bytes are stored once and a stored file is never rewritten.
 */
public class ContentStore {
  private final Path root;

  public ContentStore(Path root) {
    this.root = root;
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
    Path tmp = Files.createDirectories(root.resolve("tmp"));
    Path file = Files.createTempFile(tmp, "upload-", ".part");
    MessageDigest sha = sha256();
    long size = 0;
    try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha)) {
      byte[] buf = new byte[64 * 1024];
      for (int n; (n = in.read(buf)) > 0; ) {
        size += n;
        if (size > maxBytes) throw new TooLargeException(maxBytes);
        out.write(buf, 0, n);
      }
    } catch (IOException | TooLargeException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    return new Staged(file, HexFormat.of().formatHex(sha.digest()), size);
  }

  /** Moves staged bytes to their content address; returns false when they were there already. */
  public boolean admit(Staged staged) throws IOException {
    Path target = pathOf(staged.sha256());
    if (Files.exists(target)) {
      staged.close();
      return false;
    }
    Files.createDirectories(target.getParent());
    try {
      Files.move(staged.tempFile(), target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException raced) {
      staged.close();
      return false;
    }
    target.toFile().setReadOnly();
    return true;
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

  /** Whether the store's directory exists and is writable (readiness). */
  public boolean isWritable() {
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

  /** More bytes than the configured limit. */
  public static class TooLargeException extends Exception {
    public final long limit;

    public TooLargeException(long limit) {
      super("too large");
      this.limit = limit;
    }
  }
}
