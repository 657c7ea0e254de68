package org.homeward.personsrecord.web;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.text.MessageFormat;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.homeward.personsrecord.api.PersonsRecordJson;

/**
 * The person's own record as a document they can read: one section per part of the record, in the
 * order of the JSON export and built from it, so that the two never say different things. Labels
 * come from the bundle ({@code record.<field>}); a field without one is named from its own name.
 */
public final class PersonsRecordDocument {

  private static final Color ACCENT = new Color(0x1f, 0x6f, 0x8b);
  private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20, ACCENT);
  private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14, ACCENT);
  private static final Font SUBHEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
  private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 11);
  private static final Font LABEL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
  private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8, Color.DARK_GRAY);

  private final ResourceBundle labels;
  private final Document document = new Document(PageSize.A4, 48, 48, 56, 56);

  private PersonsRecordDocument(ResourceBundle labels) {
    this.labels = labels;
  }

  public static byte[] render(PersonsRecordJson record, ResourceBundle labels) {
    try (Jsonb jsonb = JsonbBuilder.create()) {
      JsonObject tree = Json.createReader(new StringReader(jsonb.toJson(record))).readObject();
      return new PersonsRecordDocument(labels).write(tree);
    } catch (Exception e) {
      throw new IllegalStateException("the person's record could not be written as a PDF", e);
    }
  }

  private byte[] write(JsonObject record) {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    PdfWriter writer = PdfWriter.getInstance(document, pdf);
    JsonObject person = record.getJsonObject("person");
    String name = person.getString("givenName", "") + " " + person.getString("familyName", "");
    document.addTitle(MessageFormat.format(text("record.title"), name));
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(
        labels.getLocale() == null || labels.getLocale().getLanguage().isEmpty() ? "en" : labels.getLocale().toLanguageTag()));
    HeaderFooter footer = new HeaderFooter(new Phrase(name + " · " + text("print.page") + " ", SMALL), true);
    footer.setAlignment(Element.ALIGN_CENTER);
    footer.setBorder(0);
    document.setFooter(footer);
    document.open();
    document.add(new Paragraph(MessageFormat.format(text("record.title"), name), TITLE));
    document.add(new Paragraph(MessageFormat.format(text("record.intro"), record.getString("exportedAt", ""),
        record.getString("exportedBy", "")), BODY));
    for (Map.Entry<String, JsonValue> part : record.entrySet()) {
      if (!part.getKey().startsWith("exported")) {
        section(part.getKey(), part.getValue());
      }
    }
    document.close();
    return pdf.toByteArray();
  }

  private void section(String key, JsonValue value) {
    Paragraph heading = new Paragraph(label(key), HEADING);
    heading.setSpacingBefore(16);
    heading.setSpacingAfter(4);
    document.add(heading);
    if (value.getValueType() == JsonValue.ValueType.NULL
        || (value.getValueType() == JsonValue.ValueType.ARRAY && value.asJsonArray().isEmpty())) {
      document.add(new Paragraph(text("record.nothing"), BODY));
    } else if (value.getValueType() == JsonValue.ValueType.ARRAY) {
      JsonArray items = value.asJsonArray();
      for (int i = 0; i < items.size(); i++) {
        Paragraph number = new Paragraph((i + 1) + ".", SUBHEADING);
        number.setSpacingBefore(6);
        document.add(number);
        document.add(fields(items.get(i)));
      }
    } else {
      document.add(fields(value));
    }
  }

  /** An object's fields as a two-column table; lists inside it are written as lines in their cell. */
  private PdfPTable fields(JsonValue value) {
    PdfPTable table = new PdfPTable(new float[] {1, 2.4f});
    table.setWidthPercentage(100);
    table.setHeaderRows(0);
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      table.addCell(cell(text("record.value"), LABEL));
      table.addCell(cell(words(value), BODY));
      return table;
    }
    for (Map.Entry<String, JsonValue> field : value.asJsonObject().entrySet()) {
      if (field.getValue().getValueType() == JsonValue.ValueType.NULL || field.getKey().equals("version")) {
        continue;
      }
      table.addCell(cell(label(field.getKey()), LABEL));
      table.addCell(cell(words(field.getValue()), BODY));
    }
    return table;
  }

  private String words(JsonValue value) {
    return switch (value.getValueType()) {
      case STRING -> readable(((JsonString) value).getString());
      case TRUE -> text("record.yes");
      case FALSE -> text("record.no");
      case ARRAY -> {
        StringBuilder lines = new StringBuilder();
        for (JsonValue item : value.asJsonArray()) {
          lines.append(lines.isEmpty() ? "" : "\n").append("• ").append(words(item));
        }
        yield lines.toString();
      }
      case OBJECT -> {
        StringBuilder parts = new StringBuilder();
        for (Map.Entry<String, JsonValue> field : value.asJsonObject().entrySet()) {
          if (field.getValue().getValueType() != JsonValue.ValueType.NULL) {
            parts.append(parts.isEmpty() ? "" : "; ").append(label(field.getKey())).append(": ").append(words(field.getValue()));
          }
        }
        yield parts.toString();
      }
      default -> value.toString();
    };
  }

  /** Codes such as {@code INDEPENDENT_LIVING} read as words; everything else as it was written. */
  private static String readable(String value) {
    if (value.matches("[A-Z][A-Z_]+")) {
      String words = value.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
      return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
    return value;
  }

  private String label(String key) {
    try {
      return labels.getString("record." + key);
    } catch (MissingResourceException e) {
      String words = key.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
      return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
  }

  private String text(String key) {
    try {
      return labels.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  private static PdfPCell cell(String content, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(content, font));
    cell.setPadding(4);
    cell.setBorderColor(Color.LIGHT_GRAY);
    return cell;
  }
}
