package vn.dxhub.alert;

import java.time.Instant;
import java.util.List;

/** The JSON a webhook receives: the sort of notice, its kind, subject and text in both languages, and each alert. */
record NoticePayload(String type, String kind, String subject, String textVi, String textEn, List<Item> alerts) {

    record Item(String key, String titleVi, String titleEn, String detailVi, String detailEn, Instant openedAt, Instant closedAt) {}

    static NoticePayload of(Notice notice) {
        return new NoticePayload(notice.type().name().toLowerCase(java.util.Locale.ROOT), notice.kind(), NoticeText.subject(notice),
                NoticeText.vietnamese(notice), NoticeText.english(notice),
                notice.alerts().stream().map(a -> new Item(a.key(), a.titleVi(), a.titleEn(), a.detailVi(), a.detailEn(), a.openedAt(),
                        a.closedAt())).toList());
    }
}
