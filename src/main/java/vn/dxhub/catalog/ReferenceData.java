package vn.dxhub.catalog;

/** Everything the hub reads from {@code mappings/}: the catalog, the reporting units and the calendar. */
public record ReferenceData(IndicatorCatalog catalog, ReportingUnits units, ReportingCalendar calendar) {}
