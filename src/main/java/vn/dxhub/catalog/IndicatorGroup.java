package vn.dxhub.catalog;

/** A heading of the indicator table (1 to 5). */
public record IndicatorGroup(String code, String nameVi, String nameEn) {}
