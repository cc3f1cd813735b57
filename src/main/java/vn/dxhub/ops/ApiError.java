package vn.dxhub.ops;

/** The JSON body of an error answer: the parameter and value at fault, a bilingual message, and the run that recorded a refused upload. */
public record ApiError(String field, String value, String messageVi, String messageEn, Long runId) {}
