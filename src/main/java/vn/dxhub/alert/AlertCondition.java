package vn.dxhub.alert;

import java.util.List;

/**
 * One sort of trouble the hub watches for. The alert monitor asks every condition bean on each check: an alert that
 * appears is announced, one that stays open is not announced again, one that disappears is announced as recovered.
 */
public interface AlertCondition {

    /** The alerts open now; empty when all is well. Must not throw for an ordinary outage: return what can be known. */
    List<Alert> active();
}
