package vn.dxhub.alert;

/** One way of telling people about alerts. A notifier that is not configured is skipped. */
interface AlertNotifier {

    /** Short name for the log: "webhook", "e-mail". */
    String name();

    boolean configured();

    /** Delivers the notice or throws; a notice that was not delivered is sent again at the next check. */
    void send(Notice notice) throws Exception;
}
