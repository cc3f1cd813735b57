package vn.dxhub.store;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells the hub's database failing as such (unreachable, the connection lost, a transaction that could not begin, commit
 * or roll back) from a fault of the hub's own SQL. An outage is transient: the work is tried again once the database is
 * back; a fault of the SQL is the hub's own error and is reported as one.
 */
public final class DatabaseOutages {

    private DatabaseOutages() {}

    public static boolean isOutage(Throwable e) {
        return e instanceof DataAccessResourceFailureException || e instanceof TransientDataAccessException
                || e instanceof RecoverableDataAccessException || e instanceof CannotCreateTransactionException
                || e instanceof TransactionSystemException;
    }
}
