package vn.dxhub.observation;

/** Which observations a search wants; a null field does not filter. */
public record ValueFilter(String indicator, String unit, String period, String source, String status) {}
