package vn.dxhub.ops;

import vn.dxhub.catalog.Period;

/** Reads a period id from a request, refusing one that is not a period with 400 naming "period" and the value. */
final class Periods {

    private Periods() {}

    static Period parse(String raw) {
        return Period.parse(raw == null ? null : raw.strip()).orElseThrow(() -> new InvalidRequestException("period", raw,
                "kỳ báo cáo phải có dạng 2026Q4, 2026S2, 2026 hoặc 2026-11", "period must look like 2026Q4, 2026S2, 2026 or 2026-11"));
    }
}
