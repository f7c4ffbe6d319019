package org.ogptracker.platform.inbox;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.errors.RetriableException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * Tells a failure that passes by itself (the database or the broker away, a timeout, a lost
 * serialization race) from one that belongs to the record: the first is waited out, however long
 * it lasts; only the second may make a record a dead letter.
 */
public final class TransientFailures {
  /**
   * SQLSTATE classes and codes of a server that is away, overloaded or lost a race: connection
   * exceptions (08), insufficient resources (53), operator intervention (57: shutdown, cannot
   * connect now, statement timeout), system errors (58), transaction rollbacks (40:
   * serialization failure, deadlock) and lock_not_available (55P03).
   */
  private static final Set<String> CLASSES = Set.of("08", "53", "57", "58", "40");
  private static final Set<String> CODES = Set.of("55P03");

  private TransientFailures() {}

  public static boolean isTransient(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof JDBCConnectionException || t instanceof LockAcquisitionException
          || t instanceof LockTimeoutException || t instanceof PessimisticLockException
          || t instanceof QueryTimeoutException || t instanceof OptimisticLockException
          || t instanceof SocketException || t instanceof SocketTimeoutException
          || t instanceof TimeoutException || t instanceof RetriableException) {
        return true;
      }
      if (t instanceof SQLException s && s.getSQLState() != null
          && (CODES.contains(s.getSQLState()) || s.getSQLState().length() >= 2
              && CLASSES.contains(s.getSQLState().substring(0, 2)))) {
        return true;
      }
    }
    return false;
  }
}
