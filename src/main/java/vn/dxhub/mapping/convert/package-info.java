/**
 * Converters that declarative field mappings apply to raw source values: Vietnamese numbers, dates,
 * period expressions, text forms and report statuses.
 *
 * <p>Sources write the same fact many ways ("87,5", "Quý III/2025", "Hà Nội" in NFC or NFD). These
 * converters turn them into the hub's common forms. They are plain Java with no Spring or Camel, so a
 * mapping, a route processor or a test can call them directly. They never throw on bad input. Each
 * returns a {@link vn.dxhub.mapping.convert.ConversionResult} that holds either the value or a
 * message in Vietnamese and English naming the offending value, so a whole record can be checked and
 * every problem reported at once.
 */
package vn.dxhub.mapping.convert;
