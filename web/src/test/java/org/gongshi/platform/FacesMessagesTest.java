package org.gongshi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Faces' own messages come from the Chinese bundle named in faces-config.xml. */
class FacesMessagesTest {
  @Test
  void everyFacesMessageIsChineseAndNamesNoClientId() {
    ResourceBundle b = ResourceBundle.getBundle("org.gongshi.platform.FacesMessages");
    assertThat(b.keySet())
        .contains(
            "jakarta.faces.component.UIInput.REQUIRED",
            "jakarta.faces.component.UISelectOne.INVALID",
            "jakarta.faces.converter.DateTimeConverter.DATE",
            "jakarta.faces.converter.BigDecimalConverter.DECIMAL");
    for (String key : Collections.list(b.getKeys())) {
      String text = b.getString(key);
      // {1} or {2} is the field's label, which Faces fills with a client id when none is set
      assertThat(text).as(key).doesNotContain("Validation Error", "Conversion error", "{2}");
      if (!key.contains("NOT_IN_RANGE")) assertThat(text).as(key).doesNotContain("{1}");
      if (!text.equals("{0}")) assertThat(text).as(key).containsPattern("\\p{IsHan}");
    }
  }
}
