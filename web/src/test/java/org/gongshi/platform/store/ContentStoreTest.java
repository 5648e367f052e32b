package org.gongshi.platform.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentStoreTest {
  @TempDir Path root;

  @Test
  void storesBytesUnderTheirHashOnceAndDetectsAlteration() throws Exception {
    ContentStore store = new ContentStore(root);
    byte[] bytes = "行政处罚决定书".getBytes(StandardCharsets.UTF_8);

    ContentStore.Staged first = store.stage(new ByteArrayInputStream(bytes), 1000);
    assertThat(first.sha256()).isEqualTo(ContentStore.sha256Hex(bytes));
    assertThat(store.admit(first)).isTrue();
    assertThat(store.admit(store.stage(new ByteArrayInputStream(bytes), 1000))).isFalse();
    try (var files = Files.walk(root)) {
      assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(1);
    }
    assertThat(store.verify(first.sha256())).isTrue();

    Path stored = store.pathOf(first.sha256());
    stored.toFile().setWritable(true);
    Files.write(stored, "篡改".getBytes(StandardCharsets.UTF_8));
    assertThat(store.verify(first.sha256())).isFalse();
  }

  @Test
  void refusesMoreThanTheLimitAndLeavesNothingBehind() throws Exception {
    ContentStore store = new ContentStore(root);
    assertThatThrownBy(() -> store.stage(new ByteArrayInputStream(new byte[2048]), 1024))
        .isInstanceOf(ContentStore.TooLargeException.class);
    try (var files = Files.walk(root)) {
      assertThat(files.filter(Files::isRegularFile).count()).isZero();
    }
  }

  @Test
  void refusesPathsThatAreNotHashes() {
    assertThatThrownBy(() -> new ContentStore(root).pathOf("../../etc/passwd"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void forcesTheBytesBeforeTheRenameAndTheDirectoriesAfterIt() throws Exception {
    List<String> calls = new ArrayList<>();
    byte[] bytes = "送达回证".getBytes(StandardCharsets.UTF_8);
    String sha = ContentStore.sha256Hex(bytes);
    ContentStore store =
        new ContentStore(
            root,
            new ContentStore.Sync() {
              @Override
              public void file(FileChannel channel) throws IOException {
                calls.add("file size=" + channel.size() + " stored=" + Files.exists(target()));
                ContentStore.FSYNC.file(channel);
              }

              @Override
              public void directory(Path dir) throws IOException {
                calls.add("dir " + root.relativize(dir) + " stored=" + Files.exists(target()));
                ContentStore.FSYNC.directory(dir);
              }

              private Path target() {
                return root.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
              }
            });

    ContentStore.Staged staged = store.stage(new ByteArrayInputStream(bytes), 1000);
    assertThat(calls).containsExactly("file size=" + bytes.length + " stored=false");
    calls.clear();

    assertThat(store.admit(staged)).isTrue();
    // the new name first, then each directory made on the way, innermost first, up to the root
    assertThat(calls)
        .containsExactly(
            "dir " + sha.substring(0, 2) + "/" + sha.substring(2, 4) + " stored=true",
            "dir " + sha.substring(0, 2) + " stored=true",
            "dir  stored=true");
    assertThat(Files.readAllBytes(store.pathOf(sha))).isEqualTo(bytes);
    try (var tmp = Files.list(root.resolve("tmp"))) {
      assertThat(tmp.count()).isZero();
    }
  }

  @Test
  void namesListsStoredBlobsOnlyNotTempFilesOrStrays() throws Exception {
    ContentStore store = new ContentStore(root);
    byte[] bytes = "现场检查笔录".getBytes(StandardCharsets.UTF_8);
    try (ContentStore.Staged s = store.stage(new ByteArrayInputStream(bytes), 1_000)) {
      store.admit(s);
    }
    try (ContentStore.Staged pending = store.stage(new ByteArrayInputStream(new byte[] {1}), 10)) {
      Files.writeString(root.resolve("README.txt"), "not a blob");
      Files.createDirectories(root.resolve("ab/cd"));
      Files.writeString(root.resolve("ab/cd").resolve(ContentStore.sha256Hex(bytes)), "misplaced");
      assertThat(store.names()).containsExactly(ContentStore.sha256Hex(bytes));
    }
  }

  @Test
  void aNewServerStoreIsMarkedAndTakesUploads() throws Exception {
    Path dir = root.resolve("store");
    ContentStore store = ContentStore.server(dir, false);
    assertThat(dir.resolve(ContentStore.MARKER)).isRegularFile();
    assertThat(store.present()).isTrue();
    assertThat(store.isWritable()).isTrue();
    byte[] bytes = "案卷".getBytes(StandardCharsets.UTF_8);
    assertThat(store.admit(store.stage(new ByteArrayInputStream(bytes), 100))).isTrue();
  }

  @Test
  void anEmptyDirectoryWhileTheDatabaseNamesFilesIsNotTheStoreAndGetsNothingWritten()
      throws Exception {
    Path mountPoint = Files.createDirectories(root.resolve("nfs"));
    ContentStore store = ContentStore.server(mountPoint, true);
    assertThat(store.present()).isFalse();
    assertThat(store.isWritable()).as("readiness").isFalse();
    assertThatThrownBy(() -> store.stage(new ByteArrayInputStream(new byte[] {1}), 100))
        .isInstanceOf(ContentStore.StoreMissingException.class);
    try (var entries = Files.list(mountPoint)) {
      assertThat(entries).as("nothing written under the bare mount point").isEmpty();
    }
    // a missing directory is not created either
    ContentStore missing = ContentStore.server(root.resolve("gone"), true);
    assertThat(missing.isWritable()).isFalse();
    assertThat(root.resolve("gone")).doesNotExist();
  }

  @Test
  void aStoreFromBeforeTheMarkerIsAdoptedAndAMarkerThatGoesStopsWrites() throws Exception {
    Path dir = root.resolve("store");
    byte[] bytes = "旧文件".getBytes(StandardCharsets.UTF_8);
    ContentStore plain = new ContentStore(dir);
    plain.admit(plain.stage(new ByteArrayInputStream(bytes), 100));

    ContentStore store = ContentStore.server(dir, true);
    assertThat(dir.resolve(ContentStore.MARKER)).isRegularFile();
    assertThat(store.contains(ContentStore.sha256Hex(bytes))).isTrue();

    // the share goes away under a running server
    Files.delete(dir.resolve(ContentStore.MARKER));
    assertThat(store.isWritable()).isFalse();
    assertThatThrownBy(() -> store.stage(new ByteArrayInputStream(bytes), 100))
        .isInstanceOf(ContentStore.StoreMissingException.class);
  }
}
