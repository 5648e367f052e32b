package org.gongshi.disclosure.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongshi.platform.id.PartyKind;

/**
 * The hand-written test set in {@code src/test/resources/redaction-corpus} (see its README):
 * decisions written after the structure and wording of real published 行政处罚决定书, with the personal
 * data put back where the real ones had it and every item marked. {@code ⟦CAT|text⟧} must be
 * masked, {@code ⟪CAT|text⟫} must stay. A block starts with {@code === id | NP|ORG|IB | party |
 * public=… | orgs=… | parties=… | src=…}; {@code public} are officers and an organisation's legal
 * representative, {@code parties} further natural persons masked as parties (co-parties, an
 * individual business's operator). Witnesses, family members, drivers and other persons are never
 * in the context: they must be found by role words and the name model.
 */
final class RedactionCorpus {

  static final List<String> FILES =
      List.of("comprehensive.txt", "market.txt", "transport.txt", "ecology.txt");

  record Item(int start, int end, String category, boolean mask, String text) {}

  record Entry(String id, String source, String text, CaseContext context, List<Item> items) {}

  private static final Pattern MARK = Pattern.compile("⟦([A-Z]+)\\|([^⟧]*)⟧|⟪([A-Z]+)\\|([^⟫]*)⟫");

  static List<Entry> load() {
    List<Entry> all = new ArrayList<>();
    for (String file : FILES) {
      if (RedactionCorpus.class.getResource("/redaction-corpus/" + file) != null)
        all.addAll(parse(read("/redaction-corpus/" + file)));
    }
    return all;
  }

  static String read(String resource) {
    try (InputStream in = RedactionCorpus.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing " + resource);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Entry> parse(String content) {
    List<Entry> out = new ArrayList<>();
    String[] blocks = content.split("(?m)^=== ");
    for (String block : blocks) {
      if (block.isBlank() || block.startsWith("#")) continue;
      int nl = block.indexOf('\n');
      String[] head = block.substring(0, nl).split("\\|");
      String body = block.substring(nl + 1).strip();
      StringBuilder text = new StringBuilder();
      List<Item> items = new ArrayList<>();
      Matcher m = MARK.matcher(body);
      int cursor = 0;
      while (m.find()) {
        text.append(body, cursor, m.start());
        boolean mask = m.group(1) != null;
        String cat = mask ? m.group(1) : m.group(3);
        String value = mask ? m.group(2) : m.group(4);
        items.add(new Item(text.length(), text.length() + value.length(), cat, mask, value));
        text.append(value);
        cursor = m.end();
      }
      text.append(body.substring(cursor));
      String id = head[0].strip();
      PartyKind kind =
          switch (head[1].strip()) {
            case "NP" -> PartyKind.NATURAL_PERSON;
            case "ORG" -> PartyKind.ORGANISATION;
            case "IB" -> PartyKind.INDIVIDUAL_BUSINESS;
            default -> throw new IllegalArgumentException(id + ": kind " + head[1]);
          };
      String party = head[2].strip();
      Set<String> publicNames = list(head, "public=");
      Set<String> orgs = list(head, "orgs=");
      Set<String> parties = list(head, "parties=");
      String source = "";
      for (String h : head) if (h.strip().startsWith("src=")) source = h.strip().substring(4);
      CaseContext ctx =
          new CaseContext(kind, party, Set.of(), orgs, publicNames).withPartyPersons(parties);
      out.add(new Entry(id, source, text.toString(), ctx, items));
    }
    return out;
  }

  private static Set<String> list(String[] head, String key) {
    for (String h : head) {
      String s = h.strip();
      if (s.startsWith(key)) {
        Set<String> out = new LinkedHashSet<>();
        Arrays.stream(s.substring(key.length()).split("[,，]"))
            .map(String::strip)
            .filter(x -> !x.isEmpty())
            .forEach(out::add);
        return out;
      }
    }
    return Set.of();
  }

  private RedactionCorpus() {}
}
