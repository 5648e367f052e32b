package org.gongshi.archive.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Copies a write-once content store ({@code ab/cd/abcd…}, named by SHA-256) into a backup,
 * re-hashing every file on the way: a file whose bytes no longer match its name is reported and not
 * copied, so the copy holds only good bytes. Temp files ({@code tmp/}) and anything not named like
 * a blob are left out.
 */
public final class StoreCopy {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private StoreCopy() {}

  /** One copied blob: its SHA-256, size and path relative to the copy's root. */
  public record Blob(String sha256, long size, String path) {}

  /** What a copy did: the blobs copied and the names whose bytes did not match. */
  public record Result(List<Blob> copied, List<String> corrupt) {
    public long bytes() {
      return copied.stream().mapToLong(Blob::size).sum();
    }
  }

  public static Result copy(Path store, Path target) throws IOException {
    List<Blob> copied = new ArrayList<>();
    List<String> corrupt = new ArrayList<>();
    if (!Files.isDirectory(store)) return new Result(copied, corrupt);
    List<Path> blobs;
    try (Stream<Path> files = Files.walk(store, 3)) {
      blobs = files.filter(p -> isBlob(store, p)).sorted().toList();
    }
    for (Path source : blobs) {
      String sha = source.getFileName().toString();
      String rel = sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha;
      Path dest = target.resolve(rel);
      Files.createDirectories(dest.getParent());
      MessageDigest digest = sha256();
      long size = 0;
      try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest);
          FileChannel out =
              FileChannel.open(dest, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        OutputStream os = Channels.newOutputStream(out);
        byte[] buf = new byte[64 * 1024];
        for (int n; (n = in.read(buf)) > 0; ) {
          os.write(buf, 0, n);
          size += n;
        }
        out.force(true);
      }
      if (HexFormat.of().formatHex(digest.digest()).equals(sha)) {
        copied.add(new Blob(sha, size, rel));
      } else {
        Files.delete(dest);
        corrupt.add(sha);
      }
    }
    return new Result(copied, corrupt);
  }

  /** {@code ab/cd/abcd…} under the store's root, nothing else. */
  static boolean isBlob(Path store, Path p) {
    Path rel = store.relativize(p);
    if (rel.getNameCount() != 3 || !Files.isRegularFile(p)) return false;
    String name = rel.getName(2).toString();
    return SHA256.matcher(name).matches()
        && rel.getName(0).toString().equals(name.substring(0, 2))
        && rel.getName(1).toString().equals(name.substring(2, 4));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
