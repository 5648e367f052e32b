package org.gongshi.archive.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.gongshi.platform.store.ContentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreCopyTest {
  @TempDir Path tmp;

  @Test
  void copiesEveryBlobWithItsBytesAndLeavesTempFilesOut() throws Exception {
    Path root = tmp.resolve("store");
    ContentStore store = new ContentStore(root);
    String a = admit(store, "询问笔录");
    String b = admit(store, "现场检查笔录");
    Files.createDirectories(root.resolve("tmp"));
    Files.writeString(root.resolve("tmp/upload-1.part"), "half an upload");

    StoreCopy.Result r = StoreCopy.copy(root, tmp.resolve("backup/store"));

    assertThat(r.copied()).extracting(StoreCopy.Blob::sha256).containsExactlyInAnyOrder(a, b);
    assertThat(r.corrupt()).isEmpty();
    assertThat(r.bytes()).isEqualTo(bytes("询问笔录").length + bytes("现场检查笔录").length);
    Path copyOfA =
        tmp.resolve("backup/store/" + a.substring(0, 2) + "/" + a.substring(2, 4) + "/" + a);
    assertThat(Files.readAllBytes(copyOfA)).isEqualTo(bytes("询问笔录"));
    assertThat(new ContentStore(tmp.resolve("backup/store")).verify(b)).isTrue();
    assertThat(tmp.resolve("backup/store/tmp")).doesNotExist();
  }

  @Test
  void aBlobWhoseBytesNoLongerMatchItsNameIsReportedAndNotCopied() throws Exception {
    Path root = tmp.resolve("store");
    ContentStore store = new ContentStore(root);
    String good = admit(store, "送达回证");
    String bad = admit(store, "行政处罚决定书");
    Path file = store.pathOf(bad);
    Files.setPosixFilePermissions(
        file, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    Files.writeString(file, "行政处罚决定书（被改过）");

    StoreCopy.Result r = StoreCopy.copy(root, tmp.resolve("backup/store"));

    assertThat(r.copied()).extracting(StoreCopy.Blob::sha256).containsExactly(good);
    assertThat(r.corrupt()).containsExactly(bad);
    assertThat(new ContentStore(tmp.resolve("backup/store")).contains(bad)).isFalse();
  }

  @Test
  void anEmptyOrAbsentStoreCopiesNothing() throws Exception {
    StoreCopy.Result r = StoreCopy.copy(tmp.resolve("none"), tmp.resolve("backup/store"));
    assertThat(r.copied()).isEmpty();
    assertThat(r.bytes()).isZero();
  }

  private static String admit(ContentStore store, String text) throws Exception {
    var staged = store.stage(new java.io.ByteArrayInputStream(bytes(text)), 1 << 20);
    store.admit(staged);
    return staged.sha256();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
