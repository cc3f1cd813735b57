package vn.dxhub.jobs;

/** What a job's work tells its watchers as it goes: safe to call from the work's thread while others read the job. */
public interface Progress {

    /** How many items the work has in all, once it knows. */
    void total(int total);

    /** Items finished since the last call: done, and failed (the work goes on; a failure of the whole work is a thrown exception). */
    void advance(int done, int failed);

    /** The closing message operators read when the work has ended, in Vietnamese and English. */
    void message(String vi, String en);
}
