package vn.dxhub.validation;

/** What is wrong with one field of a record: the field, the value found, and a message in Vietnamese and English. */
public record Problem(String field, String value, String messageVi, String messageEn) {

    @Override
    public String toString() {
        return field + "='" + value + "': " + messageVi + " / " + messageEn;
    }
}
