package org.gongshi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELProcessor;
import jakarta.el.PropertyNotFoundException;
import jakarta.el.PropertyNotWritableException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The record resolver in the EL implementation WildFly ships (Expressly 5). */
class RecordElResolverTest {
  public record Hit(long id, String number, String why) {}

  public static final class Bean {
    public String getName() {
      return "bean";
    }
  }

  private static ELProcessor el() {
    ELProcessor el = new ELProcessor();
    el.getELManager().addELResolver(new RecordElResolver());
    el.defineBean("h", new Hit(7, "金东综执罚决字〔2026〕第1号", null));
    el.defineBean("b", new Bean());
    el.defineBean("hits", List.of(new Hit(1, "一", "同义词"), new Hit(2, "二", null)));
    return el;
  }

  @Test
  void readsComponentsAsProperties() {
    ELProcessor el = el();
    assertThat((Object) el.eval("h.number")).isEqualTo("金东综执罚决字〔2026〕第1号");
    assertThat((Object) el.eval("h.id")).isEqualTo(7L);
    assertThat((Object) el.eval("h.why == null")).isEqualTo(true);
    assertThat((Object) el.eval("not empty hits[0].why")).isEqualTo(true);
    assertThat((Object) el.eval("hits[1].number")).isEqualTo("二");
  }

  @Test
  void withoutItARecordHasNoProperties() {
    ELProcessor plain = new ELProcessor();
    plain.defineBean("h", new Hit(7, "x", null));
    assertThatThrownBy(() -> plain.eval("h.number")).isInstanceOf(PropertyNotFoundException.class);
  }

  @Test
  void leavesMethodCallsBeansAndUnknownNamesToEl() {
    ELProcessor el = el();
    assertThat((Object) el.eval("h.number()")).isEqualTo("金东综执罚决字〔2026〕第1号");
    assertThat((Object) el.eval("b.name")).isEqualTo("bean");
    assertThatThrownBy(() -> el.eval("h.nonesuch")).isInstanceOf(PropertyNotFoundException.class);
  }

  @Test
  void componentsAreReadOnly() {
    ELProcessor el = el();
    assertThatThrownBy(() -> el.setValue("h.number", "x"))
        .isInstanceOf(PropertyNotWritableException.class);
    assertThat((Object) el.eval("h.number")).isEqualTo("金东综执罚决字〔2026〕第1号");
  }
}
