package org.gongshi.disclosure.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Health information of a natural person (illness, injury, disability, pregnancy), found on folded
 * text. Only the condition itself is masked (患有<u>糖尿病</u>), never the cue: the sentence still says
 * that there was a condition. Words of enforcement that only look medical (病死猪, 疫病, 病害) are not
 * health information of a person and are never matched.
 */
final class HealthFinder {

  // a named condition after a cue: 患有糖尿病, 被诊断为抑郁症, 确诊为肺癌
  private static final Pattern AFTER_CUE =
      Pattern.compile(
          "(?:患有|患上|罹患|身患|诊断为|确诊为|确诊|诊断出|查出|治愈|治疗|医治|诊治)(\\p{IsHan}{1,10}?(?:病|症|癌|炎|瘤|综合征|障碍|残疾|骨折))");

  private static final Pattern TERMS =
      Pattern.compile(
          "(?<!病死|疫)(?:怀孕(?:\\d+个月)?|已孕|孕期|妊娠期?|哺乳期|产假期间|流产|"
              + "(?:肢体|视力|听力|言语|智力|精神|多重)残疾(?:[一二三四1-4]级)?|残疾(?:[一二三四1-4]级)?|伤残(?:[一二三四五六七八九十1-9]级)?|"
              + "(?:轻微伤|轻伤(?:一级|二级)?|重伤(?:一级|二级)?)|(?:[左右双]?(?:上臂|前臂|手臂|手腕|小腿|大腿|肋骨|腰椎|颈椎|胫骨|腓骨|踝|臂|腿|手|脚|指))?骨折|"
              + "精神分裂症|抑郁症|双相情感障碍|癫痫|艾滋病|HIV|乙肝|乙型肝炎|肺结核|尿毒症|白血病|脑梗(?:塞)?|脑溢血|中风|偏瘫|瘫痪|"
              + "糖尿病|高血压|心脏病|癌症|肝癌|肺癌|胃癌|乳腺癌|肿瘤|化疗|透析)");

  private HealthFinder() {}

  /** Folded-text ranges of health information. */
  static List<int[]> find(String text) {
    List<int[]> found = new ArrayList<>();
    Matcher m = AFTER_CUE.matcher(text);
    while (m.find()) {
      found.add(new int[] {m.start(1), m.end(1)});
    }
    m = TERMS.matcher(text);
    while (m.find()) {
      found.add(new int[] {m.start(), m.end()});
    }
    return found;
  }
}
