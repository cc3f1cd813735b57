package vn.dxhub.jobs;

/** As many jobs as the hub runs at once are running and waiting already; the caller tries again later. */
public class JobsBusyException extends RuntimeException {

    JobsBusyException() {
        super("đang có quá nhiều việc dài chạy, thử lại sau / too many long jobs running, try again later");
    }
}
