package vn.dxhub.sandbox;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import vn.dxhub.catalog.Period;
import vn.dxhub.catalog.PeriodWindow;
import vn.dxhub.catalog.ReportingCalendar;
import vn.dxhub.catalog.ReportingUnit;
import vn.dxhub.catalog.ReportingUnits;

/**
 * The dossiers of the DVC portal, generated from (province, quarter, index) so that any page of millions
 * of dossiers costs nothing to keep. About 70% are filed online (60% of those fully online), 90% are
 * resolved and 93% of the resolved on time; only about 85% of the province's online services ever get any.
 */
final class DvcDossiers {

    static final String ONLINE = "TRUC_TUYEN";
    static final String IN_PERSON = "TRUC_TIEP";
    static final String BY_POST = "BUU_CHINH";
    static final String UNKNOWN_CHANNEL = "KHONG_RO";
    static final String RESOLVED = "DA_TRA_KET_QUA";
    static final String IN_PROGRESS = "DANG_XU_LY";
    static final double ACTIVE_SERVICE_SHARE = 0.85;

    private final ReportingUnits units;
    private final ReportingCalendar calendar;
    private final int onlineServices;

    DvcDossiers(ReportingUnits units, ReportingCalendar calendar, int onlineServices) {
        this.units = units;
        this.calendar = calendar;
        this.onlineServices = onlineServices;
    }

    /** The 34 current provinces, in catalog order. */
    List<ReportingUnit> provinces() {
        return units.all().stream()
                .filter(u -> u.kind() == ReportingUnit.Kind.PROVINCE && u.validTo() == null && u.successor() == null)
                .toList();
    }

    Optional<ReportingUnit> province(String id) {
        return provinces().stream().filter(u -> u.id().equals(id)).findFirst();
    }

    int onlineServices() {
        return onlineServices;
    }

    Batch batch(ReportingUnit province, Period quarter) {
        List<ReportingUnit> all = provinces();
        ReportingUnit other = all.get((all.indexOf(province) + 1) % all.size());
        return new Batch(province, other.id(), quarter, calendar.windowOf(quarter));
    }

    /** Everything shared by the dossiers of one province and quarter, computed once per request. */
    final class Batch {
        private final String provinceId;
        private final String name;
        private final String nfdName;
        private final String otherProvinceId;
        private final String idPrefix;
        private final int year;
        private final long seed;
        private final LocalDate from;
        private final int days;
        private final int[] active;
        private final String[] serviceCodes;
        private final String[] procedures;

        private Batch(ReportingUnit province, String otherProvinceId, Period quarter, PeriodWindow window) {
            this.provinceId = province.id();
            this.name = province.name();
            this.nfdName = VnFormat.nfd(province.name());
            this.otherProvinceId = otherProvinceId;
            this.idPrefix = province.id() + "-" + quarter.id() + "-";
            this.year = quarter.year();
            this.seed = Mix.of("dvc|" + province.id() + "|" + quarter.id());
            this.from = window.from();
            this.days = (int) ChronoUnit.DAYS.between(window.from(), window.to()) + 1;
            long serviceSeed = Mix.of("dvc-services|" + province.id());
            int[] activeServices = IntStream.rangeClosed(1, onlineServices)
                    .filter(s -> Mix.fraction(Mix.at(serviceSeed, s)) < ACTIVE_SERVICE_SHARE).toArray();
            this.active = activeServices.length == 0 ? new int[] {1} : activeServices;
            this.serviceCodes = new String[onlineServices + 1];
            this.procedures = new String[onlineServices + 1];
            for (int s = 1; s <= onlineServices; s++) {
                serviceCodes[s] = "DVC-" + province.id() + "-" + pad(s, 3);
                long h = Mix.salt(Mix.at(serviceSeed, s), 1);
                procedures[s] = (1 + Mix.below(h, 2)) + ".00" + pad(Mix.below(Mix.salt(h, 2), 10_000), 4);
            }
        }

        String provinceId() {
            return provinceId;
        }

        DvcDossier dossier(long index, FaultPlan plan) {
            long h = Mix.at(seed, index);
            double c = Mix.fraction(Mix.salt(h, 1));
            String channel = c < 0.70 ? ONLINE : c < 0.90 ? IN_PERSON : BY_POST;
            boolean fullyOnline = channel.equals(ONLINE) && Mix.fraction(Mix.salt(h, 2)) < 0.60;
            int service = active[Mix.below(Mix.salt(h, 3), active.length)];
            LocalDate filed = from.plusDays(Mix.below(Mix.salt(h, 4), days));
            int second = 7 * 3600 + Mix.below(Mix.salt(h, 5), 10 * 3600);
            LocalDate due = filed.plusDays(3 + Mix.below(Mix.salt(h, 6), 13));
            LocalDate returned = null;
            if (Mix.fraction(Mix.salt(h, 7)) < 0.90) {
                returned = Mix.fraction(Mix.salt(h, 8)) < 0.93
                        ? filed.plusDays(Mix.below(Mix.salt(h, 9), (int) ChronoUnit.DAYS.between(filed, due) + 1))
                        : due.plusDays(1 + Mix.below(Mix.salt(h, 10), 10));
            }
            String filedText = VnFormat.dateTime(filed, second);
            String province = provinceId;
            if (plan.badRecord(h)) {
                switch (Mix.below(Mix.salt(h, 11), 4)) {
                    case 0 -> filedText = null;
                    case 1 -> filedText = "31/02/" + year + " 09:00:00";
                    case 2 -> province = otherProvinceId;
                    default -> channel = UNKNOWN_CHANNEL;
                }
            }
            return new DvcDossier(idPrefix + pad(index + 1, 7), procedures[service], service, serviceCodes[service], province,
                    index % 3 == 2 ? nfdName : name, filedText, due, returned, channel, fullyOnline,
                    returned == null ? IN_PROGRESS : RESOLVED);
        }
    }

    static String pad(long value, int width) {
        String digits = Long.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
