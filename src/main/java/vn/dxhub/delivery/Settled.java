package vn.dxhub.delivery;

/**
 * What one push left in the outbox: deliveries the national system took (accepted, updated, unchanged), refused
 * (rejected), that go back to wait for another attempt (to retry: unanswered or failed), that ran out of attempts or
 * were refused with the whole batch (dead), and those this worker no longer held because its lease lapsed and another
 * worker claimed them (lease lost: their outcome is left to that worker).
 */
public record Settled(String batchId, int sent, int accepted, int updated, int unchanged, int rejected, int toRetry, int dead, int leaseLost) {

    /** The counts in one line, Vietnamese then English. */
    public String counts() {
        return "gửi " + sent + ", nhận " + accepted + ", cập nhật " + updated + ", không đổi " + unchanged + ", từ chối " + rejected
                + ", chờ gửi lại " + toRetry + ", hết lượt " + dead + ", mất quyền giữ " + leaseLost
                + " / sent " + sent + ", accepted " + accepted + ", updated " + updated + ", unchanged " + unchanged + ", rejected " + rejected
                + ", to retry " + toRetry + ", dead " + dead + ", lease lost " + leaseLost;
    }
}
