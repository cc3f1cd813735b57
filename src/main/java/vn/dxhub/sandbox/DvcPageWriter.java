package vn.dxhub.sandbox;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Streams one page of dossiers as JSON, one record at a time, so a page never sits in memory as objects. */
final class DvcPageWriter {

    static final int DEFAULT_SIZE = 500;
    static final int MAX_SIZE = 1000;

    private DvcPageWriter() {}

    static long totalPages(long total, int size) {
        return (total + size - 1) / size;
    }

    /** Page {@code page} (0-based) of {@code total} dossiers; past the end the content is empty and last is true. */
    static void write(JsonGenerator json, DvcDossiers.Batch batch, int page, int size, long total, FaultPlan plan) throws IOException {
        long pages = totalPages(total, size);
        long from = (long) page * size;
        long to = Math.min(total, from + size);
        json.writeStartObject();
        json.writeArrayFieldStart("content");
        for (long i = from; i < to; i++) {
            write(json, batch.dossier(i, plan));
        }
        json.writeEndArray();
        json.writeNumberField("page", page);
        json.writeNumberField("size", size);
        json.writeNumberField("totalElements", total);
        json.writeNumberField("totalPages", pages);
        json.writeBooleanField("last", page >= pages - 1);
        json.writeEndObject();
    }

    private static void write(JsonGenerator json, DvcDossier d) throws IOException {
        json.writeStartObject();
        json.writeStringField("maHoSo", d.maHoSo());
        json.writeStringField("maTTHC", d.maTTHC());
        json.writeStringField("maDichVu", d.maDichVu());
        json.writeStringField("maTinh", d.maTinh());
        json.writeStringField("tenTinh", d.tenTinh());
        if (d.ngayNop() != null) {
            json.writeStringField("ngayNop", d.ngayNop());
        }
        json.writeStringField("ngayHenTra", VnFormat.date(d.ngayHenTra()));
        if (d.ngayTra() != null) {
            json.writeStringField("ngayTra", VnFormat.date(d.ngayTra()));
        }
        json.writeStringField("kenhNop", d.kenhNop());
        json.writeBooleanField("toanTrinh", d.toanTrinh());
        json.writeStringField("trangThai", d.trangThai());
        json.writeEndObject();
    }
}
