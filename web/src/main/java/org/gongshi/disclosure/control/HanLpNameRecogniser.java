package org.gongshi.disclosure.control;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * HanLP 1.x (portable, bundled dictionaries) with Chinese person-name ({@code nr}) and organisation
 * ({@code nt*}) recognition. A new segmenter per call: the dictionaries are static and shared, the
 * segmenter's flags are not meant to be shared between threads.
 */
public final class HanLpNameRecogniser implements NameRecogniser {

  @Override
  public List<Mention> find(String text) {
    Segment segment =
        HanLP.newSegment()
            .enableNameRecognize(true)
            .enableOrganizationRecognize(true)
            .enablePlaceRecognize(true)
            .enableTranslatedNameRecognize(false)
            .enableJapaneseNameRecognize(false)
            .enableOffset(true);
    List<Mention> mentions = new ArrayList<>();
    for (Term term : segment.seg(text)) {
      String nature = term.nature.toString();
      Kind kind =
          nature.equals("nr")
              ? Kind.PERSON
              : nature.startsWith("nt")
                  ? Kind.ORGANISATION
                  : nature.startsWith("ns")
                      ? Kind.PLACE
                      : term.length() >= 2 && nature.startsWith("nr") == false ? Kind.WORD : null;
      if (kind != null && text.startsWith(term.word, term.offset)) {
        mentions.add(new Mention(term.offset, term.offset + term.length(), kind, term.word));
      }
    }
    return mentions;
  }
}
