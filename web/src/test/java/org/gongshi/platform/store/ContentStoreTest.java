package org.gongshi.platform.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
