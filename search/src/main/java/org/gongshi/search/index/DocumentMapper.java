package org.gongshi.search.index;

import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** Turns an {@link IndexDocument} into a Lucene document following its schema. */
final class DocumentMapper {

  /** Bigram text: stored, with offsets in the postings for fast highlighting. */
  private static final FieldType TEXT_STORED = new FieldType(TextField.TYPE_STORED);

  static {
    TEXT_STORED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_STORED.freeze();
  }

  private final IndexSchema schema;

  DocumentMapper(IndexSchema schema) {
    this.schema = schema;
  }

  Document toLucene(IndexDocument source) {
    Document doc = new Document();
    String idName = schema.idField().fieldName();
    doc.add(new StringField(idName, source.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(idName, new BytesRef(source.id())));
    source
        .values()
        .forEach(
            (field, values) -> {
              if (schema.contains(field) == false) {
                throw new IllegalArgumentException(
                    field.fieldName() + " is not a field of the " + schema + " index");
              }
              if (field != schema.idField()) {
                add(doc, field, values);
              }
            });
    addDerivedYear(doc, source);
    return doc;
  }

  private void add(Document doc, SchemaField field, List<Object> values) {
    String name = field.fieldName();
    switch (field.kind()) {
      case ID, KEYWORD -> {
        for (Object v : values) {
          doc.add(new StringField(name, (String) v, Field.Store.YES));
          if (field.facet()) {
            doc.add(new SortedSetDocValuesField(name, new BytesRef((String) v)));
          }
        }
      }
      case IDENTIFIER -> {
        for (Object v : values) {
          doc.add(
              new StringField(
                  name, ChineseAnalysis.normalizeIdentifier((String) v), Field.Store.NO));
          doc.add(new StoredField(name, (String) v));
        }
      }
      case TEXT -> {
        for (Object v : values) {
          doc.add(new Field(name, (String) v, TEXT_STORED));
          doc.add(new TextField(SchemaField.smartName(name), (String) v, Field.Store.NO));
        }
      }
      case DATE -> {
        boolean first = true;
        for (Object v : values) {
          LocalDate date = (LocalDate) v;
          doc.add(new LongPoint(name, date.toEpochDay()));
          doc.add(new StoredField(name, date.toString()));
          if (first) {
            doc.add(new NumericDocValuesField(name, date.toEpochDay()));
            first = false;
          }
        }
      }
    }
  }

  private void addDerivedYear(Document doc, IndexDocument source) {
    SchemaField year = schema.yearField();
    List<Object> dates = source.get(schema.dateField());
    if (year != null && source.get(year).isEmpty() && dates.isEmpty() == false) {
      add(doc, year, List.of(String.valueOf(((LocalDate) dates.get(0)).getYear())));
    }
  }
}
