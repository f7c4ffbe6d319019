package org.ogptracker.notifications.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.ogptracker.platform.paging.Cursor;
import org.ogptracker.platform.web.Problem;
import org.ogptracker.platform.problem.ProblemException;
import org.ogptracker.platform.problem.Problems;

/**
 * What a reader of the feed asks for: the changes after a position, of some types, about one
 * member or plan. Checked here, so a bad filter is a 400 problem and never an empty feed.
 *
 * @param after the position the reader has read up to, or {@link #FROM_START}
 * @param types the event types wanted; empty for all
 * @param member a member code, or null
 * @param plan a plan id, or null
 */
public record FeedQuery(long after, Set<String> types, String member, String plan) {
  /** No cursor: from the oldest change the feed still keeps. */
  public static final long FROM_START = -1;
  private static final Pattern MEMBER = Pattern.compile("[A-Z]{3,4}");
  private static final Pattern PLAN = Pattern.compile("AP_[A-Z]{3,4}[0-9]{2,}");

  public FeedQuery {
    types = Set.copyOf(types);
  }

  /** Reads the query parameters (a missing cursor is the start of the feed). */
  public static FeedQuery of(String cursor, List<String> types, String member, String plan) {
    List<Problem.FieldError> errors = new ArrayList<>();
    Set<String> wanted = new TreeSet<>();
    for (String t : types == null ? List.<String>of() : types) {
      for (String one : t.split(",")) {
        if (one.isBlank()) {
          continue;
        }
        if (!PublicChanges.isPublic(one.strip())) {
          errors.add(new Problem.FieldError("type", "'" + one.strip()
              + "' is not a type of the feed; one of " + new TreeSet<>(PublicChanges.TYPES)));
        }
        wanted.add(one.strip());
      }
    }
    if (member != null && !MEMBER.matcher(member).matches()) {
      errors.add(new Problem.FieldError("member", "must be a member code (3 or 4 capitals)"));
    }
    if (plan != null && !PLAN.matcher(plan).matches()) {
      errors.add(new Problem.FieldError("plan", "must be a plan id such as AP_ALB03"));
    }
    if (!errors.isEmpty()) {
      throw Problems.invalid(errors);
    }
    return new FeedQuery(position(cursor), wanted, member, plan);
  }

  /** The position a cursor stands for; {@link #FROM_START} for none. */
  public static long position(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return FROM_START;
    }
    try {
      long position = Long.parseLong(Cursor.decode(cursor.strip(), 1).get(0));
      if (position >= 0) {
        return position;
      }
    } catch (ProblemException | NumberFormatException e) {
      // not a cursor of this feed: answered below
    }
    throw Problems.invalidField("after", "is not a cursor this feed gave out");
  }

  /** The cursor of a position: opaque to clients, as every cursor of the API. */
  public static String cursor(long position) {
    return Cursor.encode(List.of(Long.toString(position)));
  }

  /** The same query from another position. */
  public FeedQuery from(long position) {
    return new FeedQuery(position, types, member, plan);
  }
}
