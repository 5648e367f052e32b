package org.gongshi.review.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongshi.platform.DomainException;

/** A standard as stored (and as the API takes it): one JSON document. */
public final class StandardJson {
  private StandardJson() {}

  public static String write(Standard s) {
    JsonArrayBuilder sections = Json.createArrayBuilder();
    for (Standard.Section sec : s.sections()) {
      JsonArrayBuilder items = Json.createArrayBuilder();
      for (Standard.Item i : sec.items())
        items.add(
            Json.createObjectBuilder()
                .add("code", i.code())
                .add("criterion", i.criterion())
                .add("points", i.points())
                .add("rule", i.rule() == null ? "" : i.rule()));
      sections.add(Json.createObjectBuilder().add("name", sec.name()).add("items", items));
    }
    JsonArrayBuilder vetoes = Json.createArrayBuilder();
    for (Standard.Veto v : s.vetoes())
      vetoes.add(Json.createObjectBuilder().add("code", v.code()).add("label", v.label()));
    return Json.createObjectBuilder()
        .add("name", s.name())
        .add("excellentFrom", s.excellentFrom())
        .add("passFrom", s.passFrom())
        .add("sections", sections)
        .add("vetoes", vetoes)
        .build()
        .toString();
  }

  public static Standard read(String json) {
    try (JsonReader r = Json.createReader(new StringReader(json))) {
      JsonObject o = r.readObject();
      List<Standard.Section> sections = new ArrayList<>();
      for (JsonValue sv : array(o, "sections")) {
        JsonObject so = sv.asJsonObject();
        List<Standard.Item> items = new ArrayList<>();
        for (JsonValue iv : array(so, "items")) {
          JsonObject io = iv.asJsonObject();
          items.add(
              new Standard.Item(
                  io.getString("code", null),
                  io.getString("criterion", null),
                  number(io, "points"),
                  io.getString("rule", "")));
        }
        sections.add(new Standard.Section(so.getString("name", null), List.copyOf(items)));
      }
      List<Standard.Veto> vetoes = new ArrayList<>();
      for (JsonValue vv : array(o, "vetoes")) {
        JsonObject vo = vv.asJsonObject();
        vetoes.add(new Standard.Veto(vo.getString("code", null), vo.getString("label", null)));
      }
      return new Standard(
          o.getString("name", null),
          number(o, "excellentFrom"),
          number(o, "passFrom"),
          List.copyOf(sections),
          List.copyOf(vetoes));
    } catch (JsonException | ClassCastException | IllegalStateException e) {
      throw DomainException.invalid(
          null,
          "评查标准应为 JSON：{name, excellentFrom, passFrom, sections:[{name, items:[{code, criterion, points, rule}]}], vetoes:[{code, label}]}");
    }
  }

  private static JsonArray array(JsonObject o, String key) {
    JsonValue v = o.get(key);
    return v instanceof JsonArray a ? a : JsonValue.EMPTY_JSON_ARRAY;
  }

  private static BigDecimal number(JsonObject o, String key) {
    return o.get(key) instanceof jakarta.json.JsonNumber n ? n.bigDecimalValue() : null;
  }
}
