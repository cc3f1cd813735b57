package vn.dxhub.sandbox;

/**
 * XML documents an attacker (or a compromised source) could send in place of a report: one whose external entity
 * points back at a simulator address, so a test can tell whether a parser fetched it, and an entity-expansion
 * bomb ("billion laughs") that would take gigabytes if expanded.
 */
final class HostileXml {

    /** The path an external entity of {@link #externalEntity} names; a call to it means a parser fetched it. */
    static final String CANARY_PATH = "/xxe-canary";

    private HostileXml() {}

    static String externalEntity(String canaryUrl) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE BaoCao [
                  <!ENTITY bimat SYSTEM "%s">
                  <!ENTITY tep SYSTEM "file:///etc/passwd">
                ]>
                <BaoCao>
                  <ThongTinChung><KyBaoCao>&bimat;</KyBaoCao><DonViBaoCao ma="01">&tep;</DonViBaoCao></ThongTinChung>
                  <DanhSachChiTieu><ChiTieu ma="CT-BC-01"><GiaTri>87,5</GiaTri></ChiTieu></DanhSachChiTieu>
                </BaoCao>
                """.formatted(canaryUrl);
    }

    static String billionLaughs() {
        StringBuilder entities = new StringBuilder("  <!ENTITY lol0 \"hahahahahahahahahaha\">\n");
        for (int i = 1; i <= 9; i++) {
            entities.append("  <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE BaoCao [
                %s]>
                <BaoCao><ThongTinChung><KyBaoCao>&lol9;</KyBaoCao></ThongTinChung></BaoCao>
                """.formatted(entities);
    }
}
