package org.ogptracker.notifications.feed;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.ogptracker.platform.problem.ProblemException;

/**
 * Reads the feed: the changes after a position that a query wants, and the position to go on
 * from. Plain JDBC, outside any transaction: each read is one statement, and the order in which
 * they run (the head, the changes up to it, then how far retention has gone) makes the answer
 * whole, with no transaction to hold (see {@link #read}).
 */
@ApplicationScoped
public class ChangeFeed {
  private final DataSource database;

  ChangeFeed(DataSource database) {
    this.database = database;
  }

  /**
   * Changes read, and where to go on from: the last change's position when the answer is full,
   * else the head of the feed the read saw (no change up to it is missed by going on from it).
   */
  public record Batch(List<Change> changes, long cursor) {
    public Batch {
      changes = List.copyOf(changes);
    }
  }

  /**
   * Up to {@code limit} changes after the query's position.
   *
   * <ol>
   *   <li>The head (the highest position written) first: every position up to it is committed
   *       (ChangeLog), so the changes read next up to the head are all there will ever be.
   *   <li>Then how far retention has deleted, last: a deletion the read may have missed rows to
   *       moved the horizon in the same transaction, so a query older than the horizon seen
   *       after the read is refused (410) rather than answered with a gap.
   * </ol>
   */
  public Batch read(FeedQuery query, int limit) {
    try (Connection c = database.getConnection()) {
      long head = head(c);
      if (query.after() > head) {
        throw unknown(query.after(), head);
      }
      List<Change> changes = changes(c, query, head, limit);
      // A reader without a cursor takes what is kept; one with a cursor must have missed nothing.
      long horizon = horizon(c);
      if (query.after() != FeedQuery.FROM_START && query.after() < horizon) {
        throw expired(horizon);
      }
      long cursor = changes.size() == limit ? changes.get(limit - 1).position() : head;
      return new Batch(changes, cursor);
    } catch (SQLException e) {
      throw new IllegalStateException("change feed cannot be read: " + e.getMessage(), e);
    }
  }

  /** The highest position written (or forgotten), 0 for an empty feed. */
  public long head() {
    try (Connection c = database.getConnection()) {
      return head(c);
    } catch (SQLException e) {
      throw new IllegalStateException("change feed cannot be read: " + e.getMessage(), e);
    }
  }

  private static long head(Connection c) throws SQLException {
    return single(c, """
        select greatest((select max(position) from change),
                        (select forgotten_through from change_horizon))""");
  }

  private static long horizon(Connection c) throws SQLException {
    return single(c, "select forgotten_through from change_horizon");
  }

  private static List<Change> changes(Connection c, FeedQuery q, long head, int limit)
      throws SQLException {
    StringBuilder sql = new StringBuilder("""
        select position, event_id, type, source, subject, occurred_at, data::text
        from change where position > ? and position <= ?""");
    List<Object> params = new ArrayList<>(List.of(q.after(), head));
    if (!q.types().isEmpty()) {
      sql.append(" and type = any(?)");
      params.add(c.createArrayOf("text", q.types().toArray()));
    }
    if (q.member() != null) {
      sql.append(" and member_code = ?");
      params.add(q.member());
    }
    if (q.plan() != null) {
      sql.append(" and plan_id = ?");
      params.add(q.plan());
    }
    sql.append(" order by position limit ?");
    params.add(limit);
    try (PreparedStatement s = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < params.size(); i++) {
        s.setObject(i + 1, params.get(i));
      }
      List<Change> changes = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          changes.add(new Change(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
              r.getString(5), r.getTimestamp(6).toInstant(), r.getString(7)));
        }
      }
      return changes;
    }
  }

  private static long single(Connection c, String sql) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  static ProblemException expired(long horizon) {
    return new ProblemException(410, "cursor-expired", "Cursor expired",
        "The changes after this cursor are no longer kept (the feed keeps them at least 90 "
            + "days; it now starts after " + FeedQuery.cursor(horizon) + "). Read the lists "
            + "again for the current state, then follow the feed from its head.");
  }

  private static ProblemException unknown(long after, long head) {
    return new ProblemException(410, "cursor-unknown", "Cursor unknown",
        "This cursor is ahead of the feed (it comes from another deployment, or from before a "
            + "restore of this one). Read the lists again for the current state, then follow "
            + "the feed from its head.");
  }
}
